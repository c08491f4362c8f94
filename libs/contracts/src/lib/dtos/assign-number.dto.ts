import { IsEnum, IsUUID } from 'class-validator';
import { NumberTargetType } from '../enums/number-status.enum';

export class AssignNumberDto {
  @IsEnum(NumberTargetType)
  targetType!: NumberTargetType;

  @IsUUID()
  targetId!: string;
}
