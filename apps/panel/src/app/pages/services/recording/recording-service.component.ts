import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { ActivateServiceDto, AccountServiceState, RecordingOptions, RecordingStorage, RecordingStorageUsage, RecordingWhenFull, ServiceKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, finalize, Observable, switchMap } from 'rxjs';
import { SessionService } from '../../../core/auth/session.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { NotificationService } from '../../../core/notify/notification.service';
import { AccountServicesStore } from '../../../core/service-catalog/account-services.store';
import { ServiceOptionsSummaryPipe } from '../../../shared/service-options-summary/service-options-summary.pipe';
import { ByteSizePipe } from './byte-size.pipe';
import { RecordingFtpSettingsComponent } from './recording-ftp-settings.component';
import { RecordingServiceApi } from './recording-service.api';
import { RecordingUploadRun } from './recording-service.types';
import { normalizeOptions } from './recording-storage-change';
import { RecordingStorageDialogComponent, RecordingStorageDialogData, WHEN_FULL_POLICIES } from './recording-storage-dialog.component';
import { RecordingUploadsTableComponent } from './recording-uploads-table.component';

/**
 * `/services/recording` of an active service: storage use and its warning (REC-5), the
 * storage option and its change (REC-1), the when-full policy, and for FTP storage the
 * server settings (REC-3) and the nightly uploads (REC-4). Read-only users see it all.
 */
@Component({
  selector: 'pbx-recording-service',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ByteSizePipe,
    ServiceOptionsSummaryPipe,
    RecordingFtpSettingsComponent,
    RecordingUploadsTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recording-service.component.html',
  styleUrl: './recording-service.component.scss',
})
export class RecordingServiceComponent {
  private readonly api = inject(RecordingServiceApi);
  private readonly store = inject(AccountServicesStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);
  protected readonly language = inject(LanguageService);

  readonly service = input.required<AccountServiceState>();

  protected readonly policies = WHEN_FULL_POLICIES;
  protected readonly options = computed(() => normalizeOptions(this.service().options as Partial<RecordingOptions> | null));
  protected readonly isFtp = computed(() => this.options().storage === RecordingStorage.Ftp);
  protected readonly whenFull = computed(() => {
    const options = this.options();
    return options.storage === RecordingStorage.Quota ? options.whenFull : RecordingWhenFull.DeleteOldest;
  });

  protected readonly usage = signal<RecordingStorageUsage | null>(null);
  protected readonly usagePercent = computed(() => Math.min(100, Math.round((this.usage()?.usedShare ?? 0) * 1000) / 10));
  protected readonly uploads = signal<RecordingUploadRun[]>([]);
  protected readonly uploadsFailed = signal(false);
  protected readonly changing = signal(false);

  private readonly optionsKey = computed(() => JSON.stringify(this.service().options));

  constructor() {
    // Usage and history follow the options: after a change they are read again.
    effect(() => {
      this.optionsKey();
      untracked(() => {
        this.loadUsage();
        this.loadUploads();
      });
    });
  }

  protected change(): void {
    const usage = this.usage();
    this.dialog
      .open<RecordingStorageDialogComponent, RecordingStorageDialogData, ActivateServiceDto>(RecordingStorageDialogComponent, {
        data: { current: this.service().options as Partial<RecordingOptions> | null, usedBytes: usage?.usedBytes ?? 0 },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(
        filter((options): options is ActivateServiceDto => options !== undefined),
        switchMap((options) => this.apply(options)),
      )
      .subscribe({
        next: () => this.notifications.success('recordingService.changed'),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected changeWhenFull(event: MatSelectChange<RecordingWhenFull>): void {
    const options = this.options();
    if (options.storage !== RecordingStorage.Quota || event.value === options.whenFull) {
      return;
    }
    this.apply({ storage: RecordingStorage.Quota, quotaGb: options.quotaGb, whenFull: event.value }).subscribe({
      next: () => this.notifications.success('recordingService.whenFull.changed'),
      error: (error: unknown) => {
        event.source.value = options.whenFull;
        this.notifications.error(error);
      },
    });
  }

  /** POST /services/recording/activate changes the options of the active service. */
  private apply(options: ActivateServiceDto): Observable<AccountServiceState[]> {
    this.changing.set(true);
    return this.store.activate(ServiceKind.Recording, options).pipe(finalize(() => this.changing.set(false)));
  }

  private loadUsage(): void {
    this.api.usage().subscribe({
      next: (usage) => this.usage.set(usage),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private loadUploads(): void {
    this.api.uploads().subscribe({
      next: (runs) => {
        this.uploadsFailed.set(false);
        this.uploads.set(runs);
      },
      // The history is secondary: the page works without it and says so where it would be.
      error: () => this.uploadsFailed.set(true),
    });
  }
}
