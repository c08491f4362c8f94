import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';

export class RecordingAudioQueryDto {
  @IsUUID()
  account!: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  expires!: number;

  @IsString()
  signature!: string;

  @IsOptional()
  @Transform(({ value }) => value === '1' || value === 'true')
  @IsBoolean()
  download?: boolean;
}
