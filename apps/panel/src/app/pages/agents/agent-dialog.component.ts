import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Agent, AgentLoginMode, CreateAgentDto, UpdateAgentDto } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { AgentDialogData } from './agent-dialog-data.interface';
import { AgentsService } from './agents.service';

/** Same rule as AgentRules.pin: typed on a keypad. */
const PIN_PATTERN = /^\d{4,8}$/;

/** Adds or edits an agent: description, PIN (generated when empty), login mode and the phone it rings. */
@Component({
  selector: 'pbx-agent-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agent-dialog.component.html',
})
export class AgentDialogComponent {
  private readonly agents = inject(AgentsService);
  private readonly dialogRef = inject<MatDialogRef<AgentDialogComponent, Agent>>(MatDialogRef);
  protected readonly data = inject<AgentDialogData>(MAT_DIALOG_DATA);

  protected readonly loginModes = [AgentLoginMode.Permanent, AgentLoginMode.Phone, AgentLoginMode.Line];
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    description: [this.data.agent?.description ?? '', [Validators.required, Validators.maxLength(120)]],
    pin: ['', Validators.pattern(PIN_PATTERN)],
    loginMode: [this.data.agent?.loginMode ?? AgentLoginMode.Line],
    phoneAccountId: [this.data.agent?.phoneAccountId ?? ''],
  });
  protected readonly needsPhone = signal(this.form.controls.loginMode.value !== AgentLoginMode.Line);

  constructor() {
    this.applyPhoneRule(this.form.controls.loginMode.value);
    this.form.controls.loginMode.valueChanges.pipe(takeUntilDestroyed()).subscribe((mode) => this.applyPhoneRule(mode));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { description, pin, loginMode, phoneAccountId } = this.form.getRawValue();
    const phone = loginMode === AgentLoginMode.Line ? null : phoneAccountId || null;
    const agent = this.data.agent;
    let request: Observable<Agent>;
    if (agent) {
      const dto: UpdateAgentDto = { description: description.trim(), loginMode, phoneAccountId: phone, ...(pin ? { pin } : {}) };
      request = this.agents.update(agent.id, dto);
    } else {
      const dto: CreateAgentDto = { description: description.trim(), loginMode, ...(phone ? { phoneAccountId: phone } : {}), ...(pin ? { pin } : {}) };
      request = this.agents.create(dto);
    }
    this.saving.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(apiErrorMessage(error) ?? 'errors.generic');
      },
    });
  }

  /** Permanent and *10/*11 agents are rung on their phone: it is required then. */
  private applyPhoneRule(mode: AgentLoginMode): void {
    const control = this.form.controls.phoneAccountId;
    const needed = mode !== AgentLoginMode.Line;
    this.needsPhone.set(needed);
    control.setValidators(needed ? Validators.required : null);
    control.updateValueAndValidity();
  }
}
