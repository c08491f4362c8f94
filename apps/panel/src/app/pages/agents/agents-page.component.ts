import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Agent, LIVE_EVENTS, PhoneAccount } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, forkJoin, switchMap } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { LanguageService } from '../../core/i18n/language.service';
import { LiveService } from '../../core/live/live.service';
import { NotificationService } from '../../core/notify/notification.service';
import { ConfirmService } from '../../shared/confirm-dialog/confirm.service';
import { PhoneAccountsService } from '../phone-accounts/phone-accounts.service';
import { AgentDialogComponent } from './agent-dialog.component';
import { AgentDialogData } from './agent-dialog-data.interface';
import { AgentStateEvent } from './agent-state-event.interface';
import { AgentsService } from './agents.service';

/** CC-2, DIA-1: agents (consultants) with their live state (AGD-1). */
@Component({
  selector: 'pbx-agents-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatTooltipModule, MatProgressBarModule, DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agents-page.component.html',
  styleUrl: './agents-page.component.scss',
})
export class AgentsPageComponent implements OnInit {
  private readonly agents = inject(AgentsService);
  private readonly phoneAccounts = inject(PhoneAccountsService);
  private readonly dialog = inject(MatDialog);
  private readonly confirmService = inject(ConfirmService);
  private readonly notifications = inject(NotificationService);
  private readonly live = inject(LiveService);
  protected readonly session = inject(SessionService);
  protected readonly language = inject(LanguageService);

  protected readonly rows = signal<Agent[]>([]);
  private readonly accounts = signal<PhoneAccount[]>([]);
  protected readonly phoneNames = computed(() => new Map(this.accounts().map((account) => [account.id, `${account.name} (${account.extension})`])));
  protected readonly loading = signal(true);
  protected readonly columns = computed(() =>
    this.session.canEdit()
      ? ['agentNumber', 'description', 'pin', 'loginMode', 'phone', 'state', 'lockedUntil', 'actions']
      : ['agentNumber', 'description', 'loginMode', 'phone', 'state', 'lockedUntil'],
  );

  constructor() {
    this.live
      .on<AgentStateEvent>(LIVE_EVENTS.agentState)
      .pipe(takeUntilDestroyed())
      .subscribe((event) =>
        this.rows.update((rows) =>
          rows.map((row) => (row.id === event.agentId ? { ...row, state: event.state, stateReason: event.reason, stateSince: event.since } : row)),
        ),
      );
    // Events sent while the socket was down are lost: read the states again.
    this.live.reconnected.pipe(takeUntilDestroyed()).subscribe(() => this.reload());
  }

  ngOnInit(): void {
    this.reload();
  }

  protected add(): void {
    this.openDialog({ phoneAccounts: this.accounts() }, 'agents.added');
  }

  protected edit(agent: Agent): void {
    this.openDialog({ agent, phoneAccounts: this.accounts() }, 'agents.updated');
  }

  protected remove(row: Agent): void {
    this.confirmService
      .confirm({ titleKey: 'agents.deleteTitle', messageKey: 'agents.deleteText', confirmKey: 'common.delete', params: { name: row.description }, destructive: true })
      .pipe(switchMap(() => this.agents.remove(row.id)))
      .subscribe({
        next: () => {
          this.rows.update((rows) => rows.filter((candidate) => candidate.id !== row.id));
          this.notifications.success('agents.deleted', { name: row.description });
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private openDialog(data: AgentDialogData, successKey: string): void {
    this.dialog
      .open<AgentDialogComponent, AgentDialogData, Agent>(AgentDialogComponent, { data, width: '460px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((saved): saved is Agent => saved !== undefined))
      .subscribe((saved) => {
        this.notifications.success(successKey, { name: saved.description });
        this.rows.update((rows) => (rows.some((row) => row.id === saved.id) ? rows.map((row) => (row.id === saved.id ? saved : row)) : [...rows, saved]));
      });
  }

  private reload(): void {
    this.loading.set(true);
    forkJoin([this.agents.list(), this.phoneAccounts.list()]).subscribe({
      next: ([agents, accounts]) => {
        this.rows.set(agents);
        this.accounts.set(accounts);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifications.error(error);
      },
    });
  }
}
