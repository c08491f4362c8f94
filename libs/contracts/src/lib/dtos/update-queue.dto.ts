import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { QueueSettingsDto } from './queue-settings.dto';

export class UpdateQueueDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => QueueSettingsDto)
  settings?: QueueSettingsDto;
}
