import { Matches } from 'class-validator';

export class ClaimNumberDto {
  /** E.164 without "+", as offered by GET /api/numbers/offer. */
  @Matches(/^\d{9,15}$/, { message: 'number must be 9 to 15 digits' })
  number!: string;
}
