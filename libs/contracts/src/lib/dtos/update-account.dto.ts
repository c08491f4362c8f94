import { IsOptional, IsString, IsTimeZone, MaxLength, MinLength } from 'class-validator';

export class UpdateAccountDto {
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
