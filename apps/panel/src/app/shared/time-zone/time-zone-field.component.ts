import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { filterTimeZones } from './time-zones';

/** Maximum suggestions shown while typing; the list has ~400 zones. */
const MAX_SUGGESTIONS = 60;

/** A time zone input with suggestions from the browser's IANA list. */
@Component({
  selector: 'pbx-time-zone-field',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full-width">
      <mat-label>{{ 'account.timeZone' | translate }}</mat-label>
      <input
        #zoneInput
        matInput
        [formControl]="control()"
        [matAutocomplete]="zones"
        (input)="query.set(zoneInput.value)"
        (focus)="query.set('')"
        [attr.data-testid]="testId()"
      />
      <mat-autocomplete #zones="matAutocomplete">
        @for (zone of suggestions(); track zone) {
          <mat-option [value]="zone">{{ zone }}</mat-option>
        }
      </mat-autocomplete>
      @if (control().hasError('timeZone')) {
        <mat-error>{{ 'account.timeZoneInvalid' | translate }}</mat-error>
      }
    </mat-form-field>
  `,
})
export class TimeZoneFieldComponent {
  readonly control = input.required<FormControl<string>>();
  readonly testId = input('time-zone');

  protected readonly query = signal('');
  protected readonly suggestions = computed(() => filterTimeZones(this.query()).slice(0, MAX_SUGGESTIONS));
}
