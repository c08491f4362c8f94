import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Queue, QueueSettingsDto } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { SETTING_GROUPS, SettingField } from './queue-settings-fields';
import { QueuesService } from './queues.service';

type SettingValue = number | boolean | string | null;

/** CC-4: the name and every inbound setting of one queue or campaign. */
@Component({
  selector: 'pbx-queue-settings-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatSlideToggleModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-settings-form.component.html',
  styleUrl: './queue-settings-form.component.scss',
})
export class QueueSettingsFormComponent {
  private readonly queues = inject(QueuesService);

  readonly queue = input.required<Queue>();
  readonly canEdit = input(false);
  readonly saved = output<Queue>();

  protected readonly groups = SETTING_GROUPS;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(80)] });
  protected readonly form = new FormGroup<Record<string, FormControl<SettingValue>>>(
    Object.fromEntries(SETTING_GROUPS.flatMap((group) => group.fields).map((field) => [field.key, new FormControl<SettingValue>(null, validatorsOf(field))])),
  );

  constructor() {
    effect(() => {
      const queue = this.queue();
      this.name.setValue(queue.name);
      this.form.setValue({ ...queue.settings });
      this.form.markAsPristine();
      this.name.markAsPristine();
    });
    effect(() => {
      if (this.canEdit()) {
        this.form.enable();
        this.name.enable();
      } else {
        this.form.disable();
        this.name.disable();
      }
    });
  }

  protected control(field: SettingField): FormControl<SettingValue> {
    return this.form.controls[field.key] as FormControl<SettingValue>;
  }

  protected save(): void {
    if (this.form.invalid || this.name.invalid) {
      this.form.markAllAsTouched();
      this.name.markAsTouched();
      return;
    }
    const settings = this.form.getRawValue() as unknown as QueueSettingsDto;
    this.saving.set(true);
    this.error.set(null);
    this.queues.update(this.queue().id, { name: this.name.value.trim(), settings }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.saved.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }
}

function validatorsOf(field: SettingField): ValidatorFn[] {
  return field.type === 'number' ? [Validators.required, Validators.min(field.min), Validators.max(field.max), Validators.pattern(/^\d+$/)] : [];
}
