import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { QueueKind } from '../enums/queue.enum';
import { QueueSettingsDto } from './queue-settings.dto';

export class CreateQueueDto {
  @IsEnum(QueueKind)
  kind!: QueueKind;

  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => QueueSettingsDto)
  settings?: QueueSettingsDto;
}
