import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

export class OfferQueryDto {
  @Matches(/^\d{2}$/, { message: 'areaCode must be a zone trunk code such as 22' })
  areaCode!: string;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  golden?: boolean;
}
