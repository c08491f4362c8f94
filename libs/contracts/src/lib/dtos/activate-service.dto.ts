import { IsEnum, IsIn, IsOptional, ValidateIf } from 'class-validator';
import { RECORDING_QUOTAS_GB, RecordingStorage, RecordingWhenFull } from '../enums/recording-storage.enum';

/**
 * Options a service takes when it is switched on. Only recording has any so far (REC-1);
 * without options recording means 1 GB of platform storage.
 */
export class ActivateServiceDto {
  @IsOptional()
  @IsEnum(RecordingStorage)
  storage?: RecordingStorage;

  @ValidateIf((dto: ActivateServiceDto) => dto.storage !== RecordingStorage.Ftp && dto.quotaGb !== undefined)
  @IsIn(RECORDING_QUOTAS_GB)
  quotaGb?: number;

  /** REC-5: delete the oldest recordings (default) or stop recording when the quota is full. */
  @IsOptional()
  @IsEnum(RecordingWhenFull)
  whenFull?: RecordingWhenFull;
}
