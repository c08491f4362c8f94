import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CallRecord, RecordingLink } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { LanguageService } from '../../core/i18n/language.service';
import { CallDurationPipe } from './call-duration.pipe';
import { CallPartyPipe } from './call-party.pipe';
import { RecordingsService } from './recordings.service';

export interface RecordingPlayerData {
  record: CallRecord;
  recordingId: string;
}

/** A link is renewed this long before it expires when the player needs the file again. */
const LINK_MARGIN_MS = 30_000;

/**
 * REC-6 "Play": an `<audio>` player on a fresh signed link. The browser streams it with range
 * requests, so seeking works; when the link has expired (a long pause), a new one is fetched
 * and playback goes on where it was.
 */
@Component({
  selector: 'pbx-recording-player-dialog',
  imports: [DatePipe, MatDialogModule, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, CallDurationPipe, CallPartyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'calls.recording.playerTitle' | translate }}</h2>
    <mat-dialog-content class="player" data-testid="recording-player">
      <p class="player__call">
        <span class="player__parties">{{ data.record.from | callParty }} → {{ data.record.to | callParty }}</span>
        <span class="hint">
          {{ data.record.startedAt | date: 'medium' : undefined : language.current() }} · {{ data.record.durationSeconds | callDuration }}
        </span>
      </p>
      @if (link(); as current) {
        <audio
          #audio
          class="player__audio"
          controls
          autoplay
          preload="auto"
          [src]="current.url"
          (error)="renewAfterError()"
          data-testid="recording-audio"
        ></audio>
      } @else if (error(); as message) {
        <p class="form-error" role="alert" data-testid="recording-player-error">{{ message | translate }}</p>
      } @else {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (data.record.recording?.pausedSeconds; as paused) {
        <p class="hint player__paused">
          <mat-icon inline>pause_circle</mat-icon>
          {{ 'calls.recording.pausedNote' | translate: { seconds: paused } }}
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (link(); as current) {
        <a mat-button [href]="current.downloadUrl" download data-testid="recording-download">
          <mat-icon>download</mat-icon>
          {{ 'calls.recording.download' | translate }}
        </a>
      }
      <button mat-flat-button mat-dialog-close data-testid="recording-player-close">{{ 'common.close' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .player {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .player__call {
      display: flex;
      flex-direction: column;
      gap: 2px;
      margin: 0;
    }
    .player__parties {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .player__audio {
      width: 100%;
      min-height: 48px;
    }
    .player__paused {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0;
    }
  `,
})
export class RecordingPlayerDialogComponent {
  protected readonly data = inject<RecordingPlayerData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService);
  private readonly recordings = inject(RecordingsService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly audio = viewChild<ElementRef<HTMLAudioElement>>('audio');

  protected readonly link = signal<RecordingLink | null>(null);
  protected readonly error = signal<string | null>(null);
  private pending: Subscription | null = null;

  constructor() {
    this.fetchLink();
  }

  /** The link expired while the player was open (or the file went): try once with a new one. */
  protected renewAfterError(): void {
    const current = this.link();
    if (!current || this.pending) {
      return;
    }
    if (Date.parse(current.expiresAt) - LINK_MARGIN_MS > Date.now()) {
      // A valid link that fails: the file is gone or broken, a new link would not help.
      this.link.set(null);
      this.error.set('calls.recording.playFailed');
      return;
    }
    this.fetchLink(this.audio()?.nativeElement.currentTime ?? 0);
  }

  private fetchLink(resumeAt = 0): void {
    this.pending = this.recordings
      .link(this.data.recordingId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (link) => {
          this.pending = null;
          this.link.set(link);
          if (resumeAt > 0) {
            // The element keeps its place when only its src changes: put it back where it was.
            queueMicrotask(() => {
              const element = this.audio()?.nativeElement;
              if (element) {
                element.currentTime = resumeAt;
              }
            });
          }
        },
        error: (error: unknown) => {
          this.pending = null;
          this.link.set(null);
          this.error.set(apiErrorMessage(error) ?? 'calls.recording.playFailed');
        },
      });
  }
}
