import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { CallList, CreateCallListDto, LIVE_EVENTS } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, map } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LiveService } from '../../core/live/live.service';
import { NotificationService } from '../../core/notify/notification.service';
import { mergeCallList } from './call-list-merge';
import { CallListPeriodPipe } from './call-list-period.pipe';
import { CallListsService } from './call-lists.service';

const COMPACT_QUERY = '(max-width: 599.98px)';
const ALL_COLUMNS = ['createdAt', 'period', 'direction', 'status', 'rows', 'actions'];
const COMPACT_COLUMNS = ['period', 'status', 'actions'];

/**
 * REC-6 "Call lists to download": the lists the account asked for, kept current by the live
 * socket (`call-list.updated`) — no polling. `queue()` is the page's "Add to queue".
 */
@Component({
  selector: 'pbx-call-lists-table',
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, MatTooltipModule, TranslatePipe, CallListPeriodPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-lists-table.component.html',
  styleUrl: './call-lists-table.component.scss',
})
export class CallListsTableComponent implements OnInit {
  private readonly callLists = inject(CallListsService);
  private readonly live = inject(LiveService);
  private readonly notifications = inject(NotificationService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);

  protected readonly lists = signal<CallList[]>([]);
  protected readonly loading = signal(true);
  protected readonly downloading = signal<string | null>(null);
  /** True while "Add to queue" waits for the API. */
  readonly queueing = signal(false);

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.compact() ? COMPACT_COLUMNS : ALL_COLUMNS));

  ngOnInit(): void {
    this.load();
    this.live
      .on<CallList>(LIVE_EVENTS.callListUpdated)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((list) => this.lists.update((lists) => mergeCallList(lists, list)));
    // Events sent while the socket was down are lost: read the table once more.
    this.live.reconnected.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.load());
  }

  queue(dto: CreateCallListDto): void {
    this.queueing.set(true);
    this.callLists
      .create(dto)
      .pipe(finalize(() => this.queueing.set(false)))
      .subscribe({
        next: (created) => {
          // A live event may have brought a newer state of the list already.
          this.lists.update((lists) => (lists.some((list) => list.id === created.id) ? lists : mergeCallList(lists, created)));
          this.notifications.success('calls.lists.queued');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected download(list: CallList): void {
    this.downloading.set(list.id);
    this.callLists
      .download(list)
      .pipe(finalize(() => this.downloading.set(null)))
      .subscribe({ error: (error: unknown) => this.notifications.error(error) });
  }

  private load(): void {
    this.loading.set(true);
    this.callLists.list().subscribe({
      next: (lists) => {
        this.lists.set([...lists].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifications.error(error);
      },
    });
  }
}
