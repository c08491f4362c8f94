import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** Support adds a block of consecutive numbers of one zone to the operator's pool. */
export class AddNumberBlockDto {
  @Matches(/^\d{2}$/, { message: 'areaCode must be a zone trunk code such as 22' })
  areaCode!: string;

  /** First number of the block, E.164 digits without "+". */
  @Matches(/^\d{9,15}$/, { message: 'first must be 9 to 15 digits' })
  first!: string;

  @IsInt()
  @Min(1)
  @Max(10000)
  count!: number;

  @IsOptional()
  @IsBoolean()
  golden?: boolean;
}
