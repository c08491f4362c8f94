import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { CallDirection } from '../enums/call.enum';

export class ListCallsQueryDto {
  /** Start of the period (inclusive), ISO 8601. */
  @IsOptional()
  @IsISO8601()
  from?: string;

  /** End of the period (exclusive), ISO 8601. */
  @IsOptional()
  @IsISO8601()
  to?: string;

  @IsOptional()
  @IsEnum(CallDirection)
  direction?: CallDirection;

  /** Digits that the caller's or the called number contains. */
  @IsOptional()
  @Matches(/^\+?[\d*#]{1,20}$/, { message: 'number must be digits' })
  number?: string;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  page?: number;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
