import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { ByteSizePipe } from './byte-size.pipe';
import { RecordingUploadRun } from './recording-service.types';

const STATUS_ICONS: Record<string, string> = {
  running: 'sync',
  succeeded: 'check_circle',
  failed: 'error',
  interrupted: 'pause_circle',
  'gave-up': 'cancel',
};

/** REC-4: the nightly uploads to the customer's FTP server, newest first, with their failures. */
@Component({
  selector: 'pbx-recording-uploads-table',
  imports: [DatePipe, MatIconModule, MatTableModule, MatTooltipModule, TranslatePipe, ByteSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-card">
      <div class="table-scroll">
        <table mat-table [dataSource]="rows()" class="uploads-table" data-testid="uploads-table">
          <ng-container matColumnDef="day">
            <th mat-header-cell *matHeaderCellDef>{{ 'recordingService.uploads.day' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--nowrap">{{ run.day | date: 'mediumDate' : undefined : language.current() }}</td>
          </ng-container>
          <ng-container matColumnDef="attempt">
            <th mat-header-cell *matHeaderCellDef class="cell--right">{{ 'recordingService.uploads.attempt' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--right">{{ run.attempt }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'recordingService.uploads.status' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--nowrap">
              <span class="upload-status" [class]="'upload-status--' + run.status" data-testid="upload-status">
                <mat-icon inline>{{ statusIcons[run.status] ?? 'help' }}</mat-icon>
                {{ 'recordingService.uploads.statuses.' + run.status | translate }}
              </span>
            </td>
          </ng-container>
          <ng-container matColumnDef="files">
            <th mat-header-cell *matHeaderCellDef class="cell--right">{{ 'recordingService.uploads.files' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--right cell--nowrap">{{ run.filesUploaded }} / {{ run.filesTotal }}</td>
          </ng-container>
          <ng-container matColumnDef="bytes">
            <th mat-header-cell *matHeaderCellDef class="cell--right">{{ 'recordingService.uploads.bytes' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--right cell--nowrap">{{ run.bytesUploaded | byteSize: language.current() }}</td>
          </ng-container>
          <ng-container matColumnDef="startedAt">
            <th mat-header-cell *matHeaderCellDef>{{ 'recordingService.uploads.startedAt' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--nowrap">
              {{ run.startedAt | date: 'short' : undefined : language.current() }}
              @if (run.finishedAt) {
                <span class="hint">– {{ run.finishedAt | date: 'shortTime' : undefined : language.current() }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="error">
            <th mat-header-cell *matHeaderCellDef>{{ 'recordingService.uploads.error' | translate }}</th>
            <td mat-cell *matCellDef="let run" class="cell--error">
              @if (run.error) {
                <span class="upload-error" [matTooltip]="run.error">{{ run.error }}</span>
              } @else {
                <span class="hint">–</span>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let run; columns: columns" data-testid="upload-row" [attr.data-status]="run.status"></tr>
          <tr class="mat-row" *matNoDataRow>
            <td class="mat-cell empty-state" [attr.colspan]="columns.length" data-testid="uploads-empty">
              {{ 'recordingService.uploads.empty' | translate }}
            </td>
          </tr>
        </table>
      </div>
    </div>
  `,
  styles: `
    .uploads-table {
      font-variant-numeric: tabular-nums;
    }
    .cell--right {
      text-align: right !important;
    }
    .cell--error {
      min-width: 180px;
      max-width: 320px;
    }
    .upload-error {
      display: -webkit-box;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      color: var(--mat-sys-error);
    }
    .upload-status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .upload-status--running {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .upload-status--succeeded {
      background: var(--pbx-active-surface);
      color: var(--pbx-active-text);
    }
    .upload-status--failed,
    .upload-status--gave-up {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .upload-status--interrupted {
      background: #fff8e1;
      color: #6d4c00;
    }
  `,
})
export class RecordingUploadsTableComponent {
  protected readonly language = inject(LanguageService);

  readonly runs = input.required<readonly RecordingUploadRun[]>();

  protected readonly statusIcons = STATUS_ICONS;
  protected readonly columns = ['day', 'attempt', 'status', 'files', 'bytes', 'startedAt', 'error'];
  protected readonly rows = computed(() =>
    [...this.runs()].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || b.attempt - a.attempt),
  );
}
