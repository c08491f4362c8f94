import { IsEmail, IsOptional, IsString, IsTimeZone, MaxLength, MinLength } from 'class-validator';

export class CreateAccountDto {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  /** IANA zone; calling windows and the upload window are in it. Default Europe/Warsaw. */
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @IsEmail()
  adminEmail!: string;

  @IsString()
  @MinLength(8)
  @MaxLength(200)
  adminPassword!: string;
}
