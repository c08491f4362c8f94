import { BreakpointObserver } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CallDirection, CallRecord } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { CallDurationPipe } from './call-duration.pipe';
import { groupLegs } from './call-groups';
import { CallPartyPipe } from './call-party.pipe';
import { CallRecordingCellComponent } from './call-recording-cell.component';

/** Below this width the less important columns (DID, billable) are left out. */
const COMPACT_QUERY = '(max-width: 599.98px)';
/** Below this width the start date goes above the time, so the recording buttons fit next to the menu. */
const STACKED_START_QUERY = '(max-width: 1439.98px)';
const ALL_COLUMNS = ['startedAt', 'direction', 'from', 'to', 'did', 'duration', 'billable', 'result', 'recording'];
const COMPACT_COLUMNS = ['startedAt', 'direction', 'from', 'to', 'duration', 'result', 'recording'];

const DIRECTION_ICONS: Record<CallDirection, string> = {
  [CallDirection.Inbound]: 'call_received',
  [CallDirection.Outbound]: 'call_made',
  [CallDirection.Internal]: 'swap_horiz',
};

/**
 * CDRs as a table, one row per leg, legs of a call together, each with its recording (REC-6).
 * The call list and a generated call list's view both show calls this way; content (the
 * paginator) goes below the table.
 */
@Component({
  selector: 'pbx-calls-table',
  imports: [DatePipe, MatIconModule, MatProgressBarModule, MatTableModule, MatTooltipModule, TranslatePipe, CallDurationPipe, CallPartyPipe, CallRecordingCellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calls-table.component.html',
  styleUrl: './calls-table.component.scss',
})
export class CallsTableComponent {
  protected readonly language = inject(LanguageService);

  readonly records = input.required<readonly CallRecord[]>();
  readonly loading = input(false);
  readonly failed = input(false);
  /** What the table says when there are no calls. */
  readonly emptyKey = input('calls.empty');

  protected readonly directionIcons: Readonly<Record<string, string>> = DIRECTION_ICONS;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly stackedStart = toSignal(
    inject(BreakpointObserver)
      .observe(STACKED_START_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.compact() ? COMPACT_COLUMNS : ALL_COLUMNS));
  protected readonly rows = computed(() => groupLegs(this.records()));
}
