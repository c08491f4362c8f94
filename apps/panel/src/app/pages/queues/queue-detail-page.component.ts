import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Agent, PhoneAccount, Queue, QueueKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of, switchMap } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { ConfirmService } from '../../shared/confirm-dialog/confirm.service';
import { AgentsService } from '../agents/agents.service';
import { PhoneAccountsService } from '../phone-accounts/phone-accounts.service';
import { KIND_I18N, KIND_LINK, routeKind } from './queue-kind';
import { QueueMembersComponent } from './queue-members.component';
import { QueueMonitorComponent } from './queue-monitor.component';
import { QueueNumberComponent } from './queue-number.component';
import { QueueSettingsFormComponent } from './queue-settings-form.component';
import { QueuesService } from './queues.service';

const TABS = ['settings', 'members', 'number', 'monitor'] as const;

/** One queue or campaign: settings (CC-4), members (CC-3), number (CC-1) and live monitoring (CC-6). */
@Component({
  selector: 'pbx-queue-detail-page',
  imports: [
    MatTabsModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    QueueSettingsFormComponent,
    QueueMembersComponent,
    QueueNumberComponent,
    QueueMonitorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-detail-page.component.html',
  styleUrl: './queue-detail-page.component.scss',
})
export class QueueDetailPageComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly queues = inject(QueuesService);
  private readonly agentsService = inject(AgentsService);
  private readonly phoneAccountsService = inject(PhoneAccountsService);
  private readonly confirmService = inject(ConfirmService);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);

  protected readonly kind: QueueKind = routeKind(this.route.snapshot);
  protected readonly i18n = KIND_I18N[this.kind];
  protected readonly link = KIND_LINK[this.kind];
  protected readonly tabs = TABS;
  protected readonly queue = signal<Queue | null>(null);
  protected readonly missing = signal(false);
  protected readonly agents = signal<Agent[]>([]);
  protected readonly phoneAccounts = signal<PhoneAccount[]>([]);
  protected readonly tabIndex = signal(0);

  ngOnInit(): void {
    const tab = this.route.snapshot.queryParamMap.get('tab');
    this.tabIndex.set(Math.max(0, TABS.indexOf(tab as (typeof TABS)[number])));
    const id = this.route.snapshot.paramMap.get('id') ?? '';
    this.queues.get(id).subscribe({
      next: (queue) => this.queue.set(queue),
      error: (error: unknown) => {
        this.missing.set(true);
        this.notifications.error(error);
      },
    });
    this.agentsService
      .list()
      .pipe(catchError(() => of([] as Agent[])))
      .subscribe((agents) => this.agents.set(agents));
    this.phoneAccountsService
      .list()
      .pipe(catchError(() => of([] as PhoneAccount[])))
      .subscribe((accounts) => this.phoneAccounts.set(accounts));
  }

  protected selectTab(index: number): void {
    this.tabIndex.set(index);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: TABS[index] }, replaceUrl: true });
  }

  protected settingsSaved(queue: Queue): void {
    this.queue.set(queue);
    this.notifications.success('queues.settingsSaved', { name: queue.name });
  }

  protected membersSaved(queue: Queue): void {
    this.queue.set(queue);
    this.notifications.success('queues.membersSaved', { name: queue.name });
  }

  protected remove(queue: Queue): void {
    this.confirmService
      .confirm({ titleKey: `${this.i18n}.deleteTitle`, messageKey: `${this.i18n}.deleteText`, confirmKey: 'common.delete', params: { name: queue.name }, destructive: true })
      .pipe(switchMap(() => this.queues.remove(queue.id)))
      .subscribe({
        next: () => {
          this.notifications.success(`${this.i18n}.deleted`, { name: queue.name });
          void this.router.navigate([this.link]);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }
}
