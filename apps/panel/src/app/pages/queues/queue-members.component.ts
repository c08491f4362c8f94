import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Agent, PhoneAccount, Queue, QueueKind, QueueMember, QueueMemberType } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { QueuesService } from './queues.service';

/** Same rule as QueueMemberDto.number. */
const NUMBER_PATTERN = /^\+?\d{3,15}$/;
const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** QUE-1, CC-3: who answers the calls, each with a competence level (1 gets calls first). Save replaces the whole list. */
@Component({
  selector: 'pbx-queue-members',
  imports: [ReactiveFormsModule, MatTableModule, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-members.component.html',
  styleUrl: './queue-members.component.scss',
})
export class QueueMembersComponent {
  private readonly queues = inject(QueuesService);

  readonly queue = input.required<Queue>();
  readonly agents = input<Agent[]>([]);
  readonly phoneAccounts = input<PhoneAccount[]>([]);
  readonly canEdit = input(false);
  readonly saved = output<Queue>();

  protected readonly levels = LEVELS;
  protected readonly types = computed(() =>
    // Agents are a Call Center notion first; waiting queues ring phones and mobiles (QUE-1) but may use agents too.
    this.queue().kind === QueueKind.CallCenterCampaign
      ? [QueueMemberType.Agent, QueueMemberType.PhoneAccount, QueueMemberType.ExternalNumber]
      : [QueueMemberType.PhoneAccount, QueueMemberType.ExternalNumber, QueueMemberType.Agent],
  );
  protected readonly members = signal<QueueMember[]>([]);
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly columns = computed(() => (this.canEdit() ? ['label', 'type', 'level', 'actions'] : ['label', 'type', 'level']));

  protected readonly newType = new FormControl<QueueMemberType>(QueueMemberType.Agent, { nonNullable: true });
  protected readonly newTarget = new FormControl<string>('', { nonNullable: true, validators: Validators.required });
  protected readonly newLevel = new FormControl<number>(1, { nonNullable: true });

  /** Agents and phones not in the list yet. */
  protected readonly freeAgents = computed(() => this.agents().filter((agent) => !this.members().some((m) => m.agentId === agent.id)));
  protected readonly freePhones = computed(() => this.phoneAccounts().filter((account) => !this.members().some((m) => m.phoneAccountId === account.id)));

  constructor() {
    effect(() => {
      const queue = this.queue();
      this.members.set(queue.members.map((member) => ({ ...member })));
      this.dirty.set(false);
      this.newType.setValue(this.types()[0]);
    });
    this.newType.valueChanges.subscribe(() => this.newTarget.reset(''));
  }

  protected add(): void {
    const target = this.newTarget.value.trim();
    const type = this.newType.value;
    if (!target || (type === QueueMemberType.ExternalNumber && !NUMBER_PATTERN.test(target))) {
      this.newTarget.setErrors(target ? { pattern: true } : { required: true });
      this.newTarget.markAsTouched();
      return;
    }
    const level = this.newLevel.value;
    let member: QueueMember;
    if (type === QueueMemberType.Agent) {
      const agent = this.agents().find((candidate) => candidate.id === target);
      member = { type, agentId: target, phoneAccountId: null, number: null, level, label: agent?.description ?? target };
    } else if (type === QueueMemberType.PhoneAccount) {
      const account = this.phoneAccounts().find((candidate) => candidate.id === target);
      member = { type, agentId: null, phoneAccountId: target, number: null, level, label: account?.name ?? target };
    } else {
      if (this.members().some((m) => m.number === target)) {
        return;
      }
      member = { type, agentId: null, phoneAccountId: null, number: target, level, label: target };
    }
    this.members.update((members) => [...members, member]);
    this.newTarget.reset('');
    this.dirty.set(true);
  }

  protected setLevel(member: QueueMember, level: number): void {
    this.members.update((members) => members.map((m) => (m === member ? { ...m, level } : m)));
    this.dirty.set(true);
  }

  protected remove(member: QueueMember): void {
    this.members.update((members) => members.filter((m) => m !== member));
    this.dirty.set(true);
  }

  protected save(): void {
    const members = this.members().map((m) => ({
      type: m.type,
      level: m.level,
      ...(m.agentId ? { agentId: m.agentId } : {}),
      ...(m.phoneAccountId ? { phoneAccountId: m.phoneAccountId } : {}),
      ...(m.number ? { number: m.number } : {}),
    }));
    this.saving.set(true);
    this.error.set(null);
    this.queues.setMembers(this.queue().id, { members }).subscribe({
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
