import { IsString, MaxLength, MinLength } from 'class-validator';

/** AGD-1: an agent pauses with a reason (break, training, paperwork …). */
export class PauseAgentDto {
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  reason!: string;
}
