import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** REC-3 form. To move to @pbx/contracts with the panel page. */
export class SaveRecordingFtpSettingsDto {
  @Matches(/^[a-zA-Z0-9.-]+$/, { message: 'host must be a host name or an IP address' })
  @MaxLength(253)
  host!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  port?: number;

  @IsString()
  @MinLength(1)
  @MaxLength(120)
  username!: string;

  /** Required the first time; absent later keeps the stored one. Stored encrypted, never sent back. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password?: string;

  @IsOptional()
  @IsBoolean()
  explicitTls?: boolean;

  @IsOptional()
  @Matches(/^\/[^\\\0]*$/, { message: 'baseFolder must be an absolute path starting with /' })
  @MaxLength(200)
  baseFolder?: string;
}
