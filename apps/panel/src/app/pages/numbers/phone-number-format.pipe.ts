import { Pipe, PipeTransform } from '@angular/core';

/** "48221234567" → "+48 22 123 45 67": Polish grouping, other numbers just get the plus. */
@Pipe({ name: 'phoneNumberFormat' })
export class PhoneNumberFormatPipe implements PipeTransform {
  transform(digits: string | null | undefined): string {
    if (!digits) {
      return '';
    }
    const polish = /^48(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(digits);
    return polish ? `+48 ${polish[1]} ${polish[2]} ${polish[3]} ${polish[4]}` : `+${digits}`;
  }
}
