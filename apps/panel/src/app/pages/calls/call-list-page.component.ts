import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { DateAdapter, MAT_DATE_FORMATS, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CallDirection, CallRecord, CreateCallListDto, ListCallsQueryDto, Page } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { CallDateAdapter } from './call-date-adapter';
import { CallListsTableComponent } from './call-lists-table.component';
import { DEFAULT_PERIOD, PERIOD_PRESETS, PeriodPreset, periodBounds, presetAsDates, startOfDay } from './call-period';
import { CallsPaginatorIntl } from './calls-paginator-intl';
import { CallsService } from './calls.service';
import { CallsTableComponent } from './calls-table.component';

type DirectionFilter = CallDirection | 'all';

/** What the list is filtered by; the period becomes instants only when a request is made. */
interface CallCriteria {
  period: PeriodPreset;
  start: Date | null;
  end: Date | null;
  direction: DirectionFilter;
  number: string;
}

/** What ListCallsQueryDto accepts as a number: digits, * and #, an optional leading plus. */
const NUMBER_PATTERN = /^\+?[\d*#]{1,20}$/;
/** Spaces, dashes, dots, slashes and brackets people type into phone numbers. */
const NUMBER_SEPARATORS = /[\s\-./()]/g;

/** Changes to the filters wait this long, so typing a number sends one request. */
const FILTER_DEBOUNCE_MS = 300;

function normalizeNumber(value: string): string {
  return value.replace(NUMBER_SEPARATORS, '');
}

function numberFilterValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = normalizeNumber(control.value ?? '');
  return value === '' || NUMBER_PATTERN.test(value) ? null : { digits: true };
}

function sameCriteria(a: CallCriteria, b: CallCriteria): boolean {
  return (
    a.period === b.period &&
    a.start?.getTime() === b.start?.getTime() &&
    a.end?.getTime() === b.end?.getTime() &&
    a.direction === b.direction &&
    a.number === b.number
  );
}

/**
 * "Calls and mail" → call list (REC-6): the account's CDRs, one row per leg, legs of a call
 * together, with Play/Download/Delete of their recordings; "Add to queue" generates an HTML
 * list of the period and direction, listed below under "Call lists to download".
 */
@Component({
  selector: 'pbx-call-list-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTooltipModule,
    TranslatePipe,
    CallsTableComponent,
    CallListsTableComponent,
  ],
  providers: [
    { provide: DateAdapter, useClass: CallDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatPaginatorIntl, useClass: CallsPaginatorIntl },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './call-list-page.component.html',
  styleUrl: './call-list-page.component.scss',
})
export class CallListPageComponent {
  private readonly calls = inject(CallsService);
  private readonly notifications = inject(NotificationService);
  private readonly dateAdapter = inject<DateAdapter<Date>>(DateAdapter);
  protected readonly language = inject(LanguageService);

  protected readonly presets = PERIOD_PRESETS;
  protected readonly directions: readonly DirectionFilter[] = ['all', CallDirection.Inbound, CallDirection.Outbound, CallDirection.Internal];
  protected readonly pageSizes = [25, 50, 100];
  /** Calls cannot start in the future. */
  protected readonly today = startOfDay(new Date());

  protected readonly filters = inject(NonNullableFormBuilder).group({
    period: DEFAULT_PERIOD as PeriodPreset,
    range: new FormGroup({
      start: new FormControl<Date | null>(null),
      end: new FormControl<Date | null>(null),
    }),
    direction: 'all' as DirectionFilter,
    number: ['', numberFilterValidator],
  });

  protected readonly period = toSignal(this.filters.controls.period.valueChanges, { initialValue: DEFAULT_PERIOD });
  protected readonly direction = toSignal(this.filters.controls.direction.valueChanges, { initialValue: 'all' as DirectionFilter });
  private readonly callListsTable = viewChild(CallListsTableComponent);
  protected readonly queueing = computed(() => this.callListsTable()?.queueing() ?? false);

  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  private readonly refreshCount = signal(0);
  private readonly criteria = toSignal(
    this.filters.valueChanges.pipe(
      debounceTime(FILTER_DEBOUNCE_MS),
      filter(() => this.filters.valid),
      map(() => this.readCriteria()),
      distinctUntilChanged(sameCriteria),
      // New filters start at the first page.
      tap(() => this.pageIndex.set(0)),
    ),
    { initialValue: this.readCriteria(), equal: sameCriteria },
  );

  private readonly result = signal<Page<CallRecord> | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly records = computed(() => this.result()?.items ?? []);
  protected readonly total = computed(() => this.result()?.total ?? 0);

  constructor() {
    effect(() => this.dateAdapter.setLocale(this.language.current() === 'pl' ? 'pl-PL' : 'en-US'));

    // Switching to custom dates starts from the period that was shown.
    let lastPreset: Exclude<PeriodPreset, 'custom'> = DEFAULT_PERIOD as Exclude<PeriodPreset, 'custom'>;
    this.filters.controls.period.valueChanges.pipe(takeUntilDestroyed()).subscribe((period) => {
      if (period !== 'custom') {
        lastPreset = period;
      } else if (!this.filters.controls.range.value.start) {
        this.filters.controls.range.setValue(presetAsDates(lastPreset, new Date()));
      }
    });

    const request = computed(() => ({
      criteria: this.criteria(),
      pageIndex: this.pageIndex(),
      pageSize: this.pageSize(),
      refresh: this.refreshCount(),
    }));
    toObservable(request)
      .pipe(
        switchMap(({ criteria, pageIndex, pageSize }) => {
          this.loading.set(true);
          // "Today" is worked out per request: a refresh after midnight moves the period on.
          return this.calls.list(this.toQuery(criteria, pageIndex, pageSize, new Date())).pipe(
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

  protected refresh(): void {
    this.refreshCount.update((count) => count + 1);
  }

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  /**
   * REC-6 "Add to queue": a call list of the period and direction the filters show (the
   * number filter is not part of a call list). A period without an end runs up to now.
   */
  protected addToQueue(): void {
    if (this.filters.invalid) {
      this.filters.markAllAsTouched();
      return;
    }
    const now = new Date();
    const criteria = this.readCriteria();
    const { start, end } = periodBounds(criteria.period, now, criteria);
    if (!start) {
      this.notifications.error(null, 'calls.lists.choosePeriod');
      return;
    }
    const dto: CreateCallListDto = {
      from: start.toISOString(),
      to: (end ?? now).toISOString(),
      ...(criteria.direction === 'all' ? {} : { direction: criteria.direction }),
    };
    this.callListsTable()?.queue(dto);
  }

  protected clearNumber(): void {
    this.filters.controls.number.setValue('');
  }

  private readCriteria(): CallCriteria {
    const { period, range, direction, number } = this.filters.getRawValue();
    const custom = period === 'custom';
    return { period, start: custom ? range.start : null, end: custom ? range.end : null, direction, number: normalizeNumber(number) };
  }

  private toQuery(criteria: CallCriteria, pageIndex: number, pageSize: number, now: Date): ListCallsQueryDto {
    const { start, end } = periodBounds(criteria.period, now, criteria);
    return {
      from: start?.toISOString(),
      to: end?.toISOString(),
      direction: criteria.direction === 'all' ? undefined : criteria.direction,
      number: criteria.number || undefined,
      page: pageIndex + 1,
      pageSize,
    };
  }
}
