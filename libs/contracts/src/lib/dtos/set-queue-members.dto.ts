import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { QueueMemberType } from '../enums/queue.enum';

export class QueueMemberDto {
  @IsEnum(QueueMemberType)
  type!: QueueMemberType;

  @IsOptional()
  @IsUUID()
  agentId?: string;

  @IsOptional()
  @IsUUID()
  phoneAccountId?: string;

  @IsOptional()
  @Matches(/^\+?\d{3,15}$/, { message: 'number must be a phone number' })
  number?: string;

  /** CC-3: 1 is the most competent; the higher the level, the less often calls go there. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  level?: number;
}

/** The whole member list at once: what the panel's members page saves. */
export class SetQueueMembersDto {
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => QueueMemberDto)
  members!: QueueMemberDto[];
}
