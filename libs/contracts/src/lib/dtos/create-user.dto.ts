import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { UserRole } from '../enums/user-role.enum';

/** Customer admins create users of their own account only. */
export const CUSTOMER_ROLES = [UserRole.CustomerAdmin, UserRole.CustomerUser] as const;

export class CreateUserDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @IsIn(CUSTOMER_ROLES)
  role!: UserRole;
}
