import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Account } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { TimeZoneFieldComponent } from '../../shared/time-zone/time-zone-field.component';
import { DEFAULT_TIME_ZONE, knownTimeZone } from '../../shared/time-zone/time-zones';
import { SupportAccountsService } from './support-accounts.service';

/** As CreateAccountDto checks it. */
const MIN_PASSWORD_LENGTH = 8;

/** A new customer account with its first customer-admin; all services start off (ACC-2). */
@Component({
  selector: 'pbx-create-account-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe, TimeZoneFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-account-dialog.component.html',
})
export class CreateAccountDialogComponent {
  private readonly accounts = inject(SupportAccountsService);
  private readonly dialogRef = inject<MatDialogRef<CreateAccountDialogComponent, Account>>(MatDialogRef);

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    timeZone: [DEFAULT_TIME_ZONE, [Validators.required, knownTimeZone]],
    adminEmail: ['', [Validators.required, Validators.email]],
    adminPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.accounts.create({ ...value, name: value.name.trim() }).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
