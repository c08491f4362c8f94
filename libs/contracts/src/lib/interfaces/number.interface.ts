import { NumberStatus, NumberTargetType } from '../enums/number-status.enum';

export interface NumberingZone {
  id: string;
  /** Trunk code without the leading 0, e.g. "22" for Warsaw. */
  areaCode: string;
  name: string;
  freeCount?: number;
}

export interface PhoneNumber {
  id: string;
  /** E.164 digits without "+". */
  number: string;
  areaCode: string;
  golden: boolean;
  status: NumberStatus;
  targetType: NumberTargetType | null;
  targetId: string | null;
  /** The target's name, for lists. */
  targetName: string | null;
}
