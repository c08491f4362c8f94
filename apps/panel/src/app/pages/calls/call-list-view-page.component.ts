import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { CallList, CallRecord, LIVE_EVENTS, Page } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, filter, finalize, of, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { LiveService } from '../../core/live/live.service';
import { NotificationService } from '../../core/notify/notification.service';
import { CallListPeriodPipe } from './call-list-period.pipe';
import { CallListsService } from './call-lists.service';
import { CallsPaginatorIntl } from './calls-paginator-intl';
import { CallsTableComponent } from './calls-table.component';

/**
 * `/calls/lists/:id` — "Show" of a generated call list (REC-6): its calls as they are now,
 * with the same Play, Download and Delete as the call list, and its HTML file.
 */
@Component({
  selector: 'pbx-call-list-view-page',
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, TranslatePipe, CallListPeriodPipe, CallsTableComponent],
  providers: [{ provide: MatPaginatorIntl, useClass: CallsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-list-view-page.component.html',
})
export class CallListViewPageComponent {
  private readonly callLists = inject(CallListsService);
  private readonly notifications = inject(NotificationService);
  private readonly live = inject(LiveService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly list = signal<CallList | null>(null);
  protected readonly missing = signal(false);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  protected readonly pageSizes = [25, 50, 100];
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly downloading = signal(false);
  private readonly result = signal<Page<CallRecord> | null>(null);
  protected readonly records = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);

  constructor() {
    effect(() => {
      const id = this.id();
      this.missing.set(false);
      this.callLists.get(id).subscribe({
        next: (list) => this.list.set(list),
        error: (error: unknown) => {
          this.missing.set(true);
          this.notifications.error(error);
        },
      });
    });

    // The list's state (running → ready) comes live, like in the table it was opened from.
    this.live
      .on<CallList>(LIVE_EVENTS.callListUpdated)
      .pipe(
        filter((list) => list.id === this.id()),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.list.set(list));

    const request = computed(() => ({ id: this.id(), page: this.pageIndex() + 1, pageSize: this.pageSize() }));
    toObservable(request)
      .pipe(
        switchMap(({ id, page, pageSize }) => {
          this.loading.set(true);
          return this.callLists.calls(id, page, pageSize).pipe(
            catchError((error: unknown) => {
              this.notifications.error(error);
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        this.failed.set(page === null);
        if (page) {
          this.result.set(page);
        }
      });
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected download(list: CallList): void {
    this.downloading.set(true);
    this.callLists
      .download(list)
      .pipe(
        finalize(() => this.downloading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({ error: (error: unknown) => this.notifications.error(error) });
  }
}
