import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { NumberTargetType, PhoneAccount, PhoneNumber } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { PhoneAccountsService } from '../phone-accounts/phone-accounts.service';
import { NumbersService } from './numbers.service';
import { PhoneNumberFormatPipe } from './phone-number-format.pipe';

/** Points a number at a phone account; other targets come with their services (ACC-3). */
@Component({
  selector: 'pbx-assign-number-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule, ReactiveFormsModule, TranslatePipe, PhoneNumberFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assign-number-dialog.component.html',
})
export class AssignNumberDialogComponent implements OnInit {
  private readonly numbers = inject(NumbersService);
  private readonly phoneAccounts = inject(PhoneAccountsService);
  private readonly dialogRef = inject<MatDialogRef<AssignNumberDialogComponent, PhoneNumber>>(MatDialogRef);
  protected readonly phoneNumber = inject<PhoneNumber>(MAT_DIALOG_DATA);

  protected readonly targets = signal<PhoneAccount[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly target = new FormControl<string | null>(
    this.phoneNumber.targetType === NumberTargetType.PhoneAccount ? this.phoneNumber.targetId : null,
    Validators.required,
  );

  ngOnInit(): void {
    this.phoneAccounts.list().subscribe({
      next: (accounts) => this.targets.set(accounts),
      error: (error: unknown) => this.error.set(apiErrorMessage(error) ?? 'errors.generic'),
    });
  }

  protected save(): void {
    const targetId = this.target.value;
    if (!targetId) {
      this.target.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.numbers.assign(this.phoneNumber.id, { targetType: NumberTargetType.PhoneAccount, targetId }).subscribe({
      next: (updated) => this.dialogRef.close(updated),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
