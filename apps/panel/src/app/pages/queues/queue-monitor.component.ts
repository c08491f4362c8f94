import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Agent, AgentState, LIVE_EVENTS, Queue, QueueMember, QueueMonitorSnapshot } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, interval } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LiveService } from '../../core/live/live.service';
import { NotificationService } from '../../core/notify/notification.service';
import { AgentStateEvent } from '../agents/agent-state-event.interface';
import { PhoneNumberFormatPipe } from '../numbers/phone-number-format.pipe';
import { QueuesService } from './queues.service';

type MonitorAgent = QueueMonitorSnapshot['agents'][number];
type MonitorStatus = MonitorAgent['status'];

/** The CC-6 status of an agent as its own state (AGD-1) tells it. */
const STATUS_OF_STATE: Record<AgentState, MonitorStatus> = {
  [AgentState.LoggedOut]: 'logged-out',
  [AgentState.Available]: 'free',
  [AgentState.Engaged]: 'busy',
  [AgentState.AfterCallWork]: 'busy',
  [AgentState.Paused]: 'pause',
};

interface KnownState {
  state: AgentState;
  reason: string | null;
  since: number;
}

/** The engine's member id of a queue member: agent id, `phone:<id>` or `number:<number>`. */
function memberKey(member: QueueMember): string {
  return member.agentId ?? (member.phoneAccountId ? `phone:${member.phoneAccountId}` : `number:${member.number ?? ''}`);
}

/**
 * CC-6 live monitoring: one GET when opened (and after a socket break), then every
 * `queue.monitor` snapshot of this queue as the engine sends it. No polling; the wait
 * times of callers still waiting tick on the local clock between snapshots.
 */
@Component({
  selector: 'pbx-queue-monitor',
  imports: [MatTableModule, MatIconModule, MatProgressBarModule, DatePipe, DecimalPipe, PercentPipe, TranslatePipe, PhoneNumberFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-monitor.component.html',
  styleUrl: './queue-monitor.component.scss',
})
export class QueueMonitorComponent {
  private readonly queues = inject(QueuesService);
  private readonly live = inject(LiveService);
  private readonly notifications = inject(NotificationService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);
  protected readonly liveState = this.live.state;

  readonly queue = input.required<Queue>();

  protected readonly snapshot = signal<QueueMonitorSnapshot | null>(null);
  /** When the snapshot arrived, by this browser's clock. */
  private readonly receivedAt = signal(Date.now());
  private readonly now = signal(Date.now());
  protected readonly agentColumns = ['member', 'level', 'status', 'answered', 'lastCall', 'since'];
  protected readonly waitingColumns = ['position', 'number', 'wait'];

  /** The account's agents, for states the engine has not counted yet. */
  readonly agentList = input<Agent[]>([]);
  private readonly agentEvents = signal(new Map<string, KnownState>());
  private readonly knownStates = computed(() => {
    const known = new Map<string, KnownState>(
      this.agentList().map((agent) => [agent.id, { state: agent.state, reason: agent.stateReason, since: Date.parse(agent.stateSince) }]),
    );
    for (const [id, state] of this.agentEvents()) {
      if (state.since >= (known.get(id)?.since ?? 0)) {
        known.set(id, state);
      }
    }
    return known;
  });

  /**
   * Every member: the engine's figures where it has them; the status from the agent's own state
   * when that is newer (the engine reports only after its first call, and a login between calls
   * reaches the panel as `agent.state`).
   */
  protected readonly agents = computed(() => {
    const figures = new Map((this.snapshot()?.agents ?? []).map((agent: MonitorAgent) => [agent.agentId, agent]));
    const rows = this.queue().members.map((member) => {
      const key = memberKey(member);
      const figure = figures.get(key);
      figures.delete(key);
      const known = member.agentId ? this.knownStates().get(member.agentId) : undefined;
      const fresher = known && (!figure || known.since > figure.stateSince);
      return {
        agentId: key,
        label: member.label,
        level: figure?.level ?? member.level,
        status: fresher ? STATUS_OF_STATE[known.state] : (figure?.status ?? (member.agentId ? 'logged-out' : 'free')),
        stateSince: fresher ? known.since : (figure?.stateSince ?? null),
        pauseReason: fresher ? (known.state === AgentState.Paused ? known.reason : null) : (figure?.pauseReason ?? null),
        answered: figure?.answered ?? 0,
        lastCallAt: figure?.lastCallAt ?? null,
      };
    });
    // Figures of members removed since: still counted by the engine.
    for (const figure of figures.values()) {
      rows.push({ ...figure, label: figure.agentId.replace(/^(phone|number):/, '') });
    }
    return rows;
  });
  protected readonly waiting = computed(() => {
    const elapsed = Math.max(0, Math.floor((this.now() - this.receivedAt()) / 1000));
    return (this.snapshot()?.waiting ?? []).map((caller, index) => ({ ...caller, position: index + 1, seconds: caller.waitSeconds + elapsed }));
  });
  protected readonly slaMet = computed(() => {
    const share = this.snapshot()?.slaShare;
    return share === null || share === undefined ? null : share >= 0.8;
  });

  constructor() {
    let loadedId: string | null = null;
    effect(() => {
      const id = this.queue().id;
      if (id !== loadedId) {
        loadedId = id;
        untracked(() => this.load());
      }
    });
    this.live
      .on<QueueMonitorSnapshot>(LIVE_EVENTS.queueMonitor)
      .pipe(
        filter((snapshot) => snapshot.queueId === this.queue().id),
        takeUntilDestroyed(),
      )
      .subscribe((snapshot) => this.show(snapshot));
    this.live
      .on<AgentStateEvent>(LIVE_EVENTS.agentState)
      .pipe(takeUntilDestroyed())
      .subscribe((event) =>
        this.agentEvents.update((events) => new Map(events).set(event.agentId, { state: event.state, reason: event.reason, since: Date.parse(event.since) })),
      );
    this.live.reconnected.pipe(takeUntilDestroyed()).subscribe(() => this.load());
    // Only the local clock: the waiting times grow between two snapshots.
    interval(1000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if ((this.snapshot()?.waiting.length ?? 0) > 0) {
          this.now.set(Date.now());
        }
      });
  }

  private load(): void {
    this.queues
      .monitor(this.queue().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (snapshot) => {
          // A live snapshot may have overtaken the GET.
          const current = this.snapshot();
          if (!current || current.queueId !== snapshot.queueId || current.updatedAt <= snapshot.updatedAt) {
            this.show(snapshot);
          }
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private show(snapshot: QueueMonitorSnapshot): void {
    this.snapshot.set(snapshot);
    this.receivedAt.set(Date.now());
    this.now.set(Date.now());
  }
}
