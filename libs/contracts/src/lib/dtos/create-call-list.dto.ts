import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { CallDirection } from '../enums/call.enum';

/** REC-6: a call list for a period and direction, generated as a queued job. */
export class CreateCallListDto {
  @IsISO8601()
  from!: string;

  /** Exclusive. */
  @IsISO8601()
  to!: string;

  @IsOptional()
  @IsEnum(CallDirection)
  direction?: CallDirection;
}
