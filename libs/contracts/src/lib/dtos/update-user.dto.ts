import { IsIn, IsOptional } from 'class-validator';
import { UserRole } from '../enums/user-role.enum';
import { CUSTOMER_ROLES } from './create-user.dto';

export class UpdateUserDto {
  @IsOptional()
  @IsIn(CUSTOMER_ROLES)
  role?: UserRole;
}
