import { Pipe, PipeTransform } from '@angular/core';
import { PhoneNumberFormatPipe } from '../numbers/phone-number-format.pipe';

/** Polish mobile prefixes, grouped 3-3-3 ("+48 601 234 567"); other Polish numbers as area code + rest. */
const POLISH_MOBILE = /^48((?:45|50|51|53|57|60|66|69|72|73|78|79|88)\d)(\d{3})(\d{3})$/;

/** Longest internal extension (CreatePhoneAccountDto: 2 to 6 digits). */
const EXTENSION = /^\d{1,6}$/;

/**
 * A caller or called party of a CDR: extensions and names as they are, public numbers
 * with the plus and Polish grouping.
 */
@Pipe({ name: 'callParty' })
export class CallPartyPipe implements PipeTransform {
  private readonly numberFormat = new PhoneNumberFormatPipe();

  transform(party: string | null | undefined): string {
    if (!party) {
      return '';
    }
    if (EXTENSION.test(party) || !/^\+?\d+$/.test(party)) {
      return party;
    }
    const digits = party.replace(/^\+/, '');
    const mobile = POLISH_MOBILE.exec(digits);
    return mobile ? `+48 ${mobile[1]} ${mobile[2]} ${mobile[3]}` : this.numberFormat.transform(digits);
  }
}
