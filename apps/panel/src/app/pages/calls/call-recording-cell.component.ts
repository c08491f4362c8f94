import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CallRecord } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, switchMap } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { ConfirmService } from '../../shared/confirm-dialog/confirm.service';
import { RecordingPlayerData, RecordingPlayerDialogComponent } from './recording-player-dialog.component';
import { RecordingsService } from './recordings.service';
import { startDownload } from './save-file.util';

/**
 * The recording of one call leg in the call list (REC-6): Play, Download and (admins) Delete
 * for a stored recording; a "recording…" marker while the call runs; paused seconds (REC-7).
 */
@Component({
  selector: 'pbx-call-recording-cell',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let state = status();
    <span class="recording-cell">
      @if (state === 'stored') {
        <button
          mat-icon-button
          type="button"
          class="recording-cell__play"
          (click)="play()"
          [matTooltip]="'calls.recording.play' | translate"
          [attr.aria-label]="'calls.recording.play' | translate"
          data-testid="call-play"
        >
          <mat-icon>play_circle</mat-icon>
        </button>
        <button
          mat-icon-button
          type="button"
          (click)="download()"
          [disabled]="busy()"
          [matTooltip]="'calls.recording.download' | translate"
          [attr.aria-label]="'calls.recording.download' | translate"
          data-testid="call-download"
        >
          <mat-icon>download</mat-icon>
        </button>
        @if (session.canEdit()) {
          <button
            mat-icon-button
            type="button"
            (click)="remove()"
            [disabled]="busy()"
            [matTooltip]="'calls.recording.delete' | translate"
            [attr.aria-label]="'calls.recording.delete' | translate"
            data-testid="call-delete-recording"
          >
            <mat-icon>delete</mat-icon>
          </button>
        }
      } @else if (state === 'recording') {
        <span class="recording-cell__live" data-testid="call-recording-live">
          <span class="recording-cell__dot" aria-hidden="true"></span>
          {{ 'calls.recording.recordingNow' | translate }}
        </span>
      } @else if (state === 'uploaded') {
        <span class="recording-cell__note" [matTooltip]="'calls.recording.uploadedHint' | translate" data-testid="call-recording-uploaded">
          <mat-icon inline>cloud_done</mat-icon>
          {{ 'calls.recording.uploaded' | translate }}
        </span>
      } @else if (state === 'failed') {
        <span class="recording-cell__note recording-cell__note--failed" data-testid="call-recording-failed">
          <mat-icon inline>error</mat-icon>
          {{ 'calls.recording.failed' | translate }}
        </span>
      }
      @if (state && state !== 'deleted' && pausedSeconds() > 0) {
        <span class="recording-cell__paused" [matTooltip]="'calls.recording.pausedHint' | translate" data-testid="call-recording-paused">
          {{ 'calls.recording.paused' | translate: { seconds: pausedSeconds() } }}
        </span>
      }
    </span>
  `,
  styleUrl: './call-recording-cell.component.scss',
})
export class CallRecordingCellComponent {
  private readonly dialog = inject(MatDialog);
  private readonly confirmService = inject(ConfirmService);
  private readonly recordings = inject(RecordingsService);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);

  readonly record = input.required<CallRecord>();

  protected readonly busy = signal(false);
  /** A recording deleted in this session (here or in the other leg's row) shows as none. */
  protected readonly status = computed(() => {
    const recording = this.record().recording;
    return recording && this.recordings.removed().has(recording.id) ? 'deleted' : (recording?.status ?? null);
  });
  protected readonly pausedSeconds = computed(() => Math.round(this.record().recording?.pausedSeconds ?? 0));

  protected play(): void {
    const recordingId = this.recordingId();
    if (!recordingId) {
      return;
    }
    this.dialog.open<RecordingPlayerDialogComponent, RecordingPlayerData>(RecordingPlayerDialogComponent, {
      data: { record: this.record(), recordingId },
      width: '520px',
      maxWidth: '95vw',
      autoFocus: 'dialog',
    });
  }

  /** A fresh link each time: links expire after 15 minutes. */
  protected download(): void {
    const recordingId = this.recordingId();
    if (!recordingId) {
      return;
    }
    this.busy.set(true);
    this.recordings
      .link(recordingId)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (link) => startDownload(link.downloadUrl),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected remove(): void {
    const recordingId = this.recordingId();
    if (!recordingId) {
      return;
    }
    this.confirmService
      .confirm({ titleKey: 'calls.recording.deleteTitle', messageKey: 'calls.recording.deleteText', confirmKey: 'common.delete', destructive: true })
      .pipe(
        switchMap(() => {
          this.busy.set(true);
          return this.recordings.remove(recordingId).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => this.notifications.success('calls.recording.deleted'),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private recordingId(): string | null {
    return this.record().recording?.id ?? null;
  }
}
