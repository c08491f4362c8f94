import { IsBoolean, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { rules } from './property-rules';

/** The validation of each phone-account field, shared by create and update. */
export const PhoneAccountRules = {
  name: rules(IsString(), MinLength(1), MaxLength(80)),
  /** Internal extension dialled by colleagues. */
  extension: rules(Matches(/^\d{2,6}$/, { message: 'extension must be 2 to 6 digits' })),
  /** REC-2: off by default. */
  recordingEnabled: rules(IsBoolean()),
  /** Trunk for outbound calls; the account's first trunk when absent. */
  trunkId: rules(IsUUID()),
};
