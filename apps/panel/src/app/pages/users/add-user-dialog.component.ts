import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CUSTOMER_ROLES, User, UserRole } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { UsersService } from './users.service';

/** As CreateUserDto checks it. */
const MIN_PASSWORD_LENGTH = 8;

@Component({
  selector: 'pbx-add-user-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-user-dialog.component.html',
})
export class AddUserDialogComponent {
  private readonly users = inject(UsersService);
  private readonly dialogRef = inject<MatDialogRef<AddUserDialogComponent, User>>(MatDialogRef);

  protected readonly roles = CUSTOMER_ROLES;
  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    role: [UserRole.CustomerUser as UserRole, Validators.required],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.users.create(this.form.getRawValue()).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
