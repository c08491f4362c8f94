import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ActivateServiceDto, RecordingOptions, RecordingStorage, RecordingWhenFull } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { RECORDING_STORAGE_CHOICES } from '../../../shared/service-change-dialog/recording-storage-choice';
import { ByteSizePipe } from './byte-size.pipe';
import { normalizeOptions, sameOptions, storageChangeConsequences } from './recording-storage-change';

export interface RecordingStorageDialogData {
  current: Partial<RecordingOptions> | null;
  usedBytes: number;
}

export const WHEN_FULL_POLICIES: readonly RecordingWhenFull[] = [RecordingWhenFull.DeleteOldest, RecordingWhenFull.StopRecording];

/**
 * REC-1 "Change" of an active recording service: the new storage option, and before the
 * user confirms, what happens to the recordings already stored.
 */
@Component({
  selector: 'pbx-recording-storage-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatRadioModule, MatSelectModule, TranslatePipe, ByteSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recording-storage-dialog.component.html',
  styleUrl: './recording-storage-dialog.component.scss',
})
export class RecordingStorageDialogComponent {
  protected readonly data = inject<RecordingStorageDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RecordingStorageDialogComponent, ActivateServiceDto>>(MatDialogRef);
  protected readonly language = inject(LanguageService);

  protected readonly choices = RECORDING_STORAGE_CHOICES;
  protected readonly policies = WHEN_FULL_POLICIES;
  private readonly initial = normalizeOptions(this.data.current);
  protected readonly choiceId = signal(this.initial.storage === RecordingStorage.Ftp ? 'ftp' : `quota-${this.initial.quotaGb}`);
  protected readonly whenFull = signal<RecordingWhenFull>(this.initial.storage === RecordingStorage.Quota ? this.initial.whenFull : RecordingWhenFull.DeleteOldest);

  protected readonly next = computed<ActivateServiceDto>(() => {
    const choice = this.choices.find((candidate) => candidate.id === this.choiceId()) ?? this.choices[0];
    return choice.options.storage === RecordingStorage.Ftp ? { storage: RecordingStorage.Ftp } : { ...choice.options, whenFull: this.whenFull() };
  });
  protected readonly isQuota = computed(() => this.next().storage !== RecordingStorage.Ftp);
  protected readonly unchanged = computed(() => sameOptions(this.data.current, this.next()));
  protected readonly consequences = computed(() => storageChangeConsequences(this.data.current, this.next(), this.data.usedBytes));

  protected confirm(): void {
    if (!this.unchanged()) {
      this.dialogRef.close(this.next());
    }
  }
}
