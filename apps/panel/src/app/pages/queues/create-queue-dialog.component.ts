import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Queue, QueueKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { KIND_I18N } from './queue-kind';
import { QueuesService } from './queues.service';

/** A new queue or campaign needs only a name; settings start at the defaults, the number comes later. */
@Component({
  selector: 'pbx-create-queue-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-queue-dialog.component.html',
})
export class CreateQueueDialogComponent {
  private readonly queues = inject(QueuesService);
  private readonly dialogRef = inject<MatDialogRef<CreateQueueDialogComponent, Queue>>(MatDialogRef);
  protected readonly kind = inject<QueueKind>(MAT_DIALOG_DATA);
  protected readonly i18n = KIND_I18N[this.kind];

  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(80)]],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.queues.create({ kind: this.kind, name: this.form.getRawValue().name.trim() }).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}
