import { IsBoolean, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class CreatePhoneAccountDto {
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name!: string;

  /** Internal extension dialled by colleagues; generated (100, 101 …) when absent. */
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: 'extension must be 2 to 6 digits' })
  extension?: string;

  /** REC-2: off by default. */
  @IsOptional()
  @IsBoolean()
  recordingEnabled?: boolean;

  /** Trunk for outbound calls; the account's first trunk when absent. */
  @IsOptional()
  @IsUUID()
  trunkId?: string;
}
