import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CreatePhoneAccountDto, PhoneAccount } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { PhoneAccountsService } from './phone-accounts.service';

/** Same rule as CreatePhoneAccountDto: 2 to 6 digits. */
const EXTENSION_PATTERN = /^\d{2,6}$/;

@Component({
  selector: 'pbx-add-phone-account-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-phone-account-dialog.component.html',
})
export class AddPhoneAccountDialogComponent {
  private readonly phoneAccounts = inject(PhoneAccountsService);
  private readonly dialogRef = inject<MatDialogRef<AddPhoneAccountDialogComponent, PhoneAccount>>(MatDialogRef);

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(80)]],
    extension: ['', Validators.pattern(EXTENSION_PATTERN)],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, extension } = this.form.getRawValue();
    const dto: CreatePhoneAccountDto = { name: name.trim(), ...(extension ? { extension } : {}) };
    this.saving.set(true);
    this.phoneAccounts.create(dto).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
