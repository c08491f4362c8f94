import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../../core/http/api-error.util';
import { NotificationService } from '../../../core/notify/notification.service';
import { ConfirmService } from '../../../shared/confirm-dialog/confirm.service';
import { RecordingServiceApi } from './recording-service.api';
import { FtpConnectionTestResult, RecordingFtpSettings, SaveRecordingFtpSettings } from './recording-service.types';

const DEFAULT_FTP_PORT = 21;
/** Same rules as SaveRecordingFtpSettingsDto. */
const HOST_PATTERN = /^[a-zA-Z0-9.-]+$/;
const FOLDER_PATTERN = /^\/[^\\\0]*$/;

/**
 * REC-3: the customer's FTP server for recordings. The password is write-only: the form
 * only says that one is stored. "Test connection" tries the values in the form, saved or not.
 */
@Component({
  selector: 'pbx-recording-ftp-settings',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recording-ftp-settings.component.html',
  styleUrl: './recording-ftp-settings.component.scss',
})
export class RecordingFtpSettingsComponent implements OnInit {
  private readonly api = inject(RecordingServiceApi);
  private readonly notifications = inject(NotificationService);
  private readonly confirmService = inject(ConfirmService);

  /** False for read-only users: the form is shown disabled, without buttons. */
  readonly canEdit = input(false);

  protected readonly saved = signal<RecordingFtpSettings | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly testing = signal(false);
  protected readonly testResult = signal<FtpConnectionTestResult | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly hasPassword = computed(() => this.saved()?.hasPassword ?? false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    host: ['', [Validators.required, Validators.pattern(HOST_PATTERN), Validators.maxLength(253)]],
    port: [DEFAULT_FTP_PORT, [Validators.required, Validators.min(1), Validators.max(65535)]],
    username: ['', [Validators.required, Validators.maxLength(120)]],
    password: ['', Validators.maxLength(200)],
    explicitTls: [false],
    baseFolder: ['/', [Validators.pattern(FOLDER_PATTERN), Validators.maxLength(200)]],
  });

  constructor() {
    effect(() => {
      if (this.canEdit()) {
        this.form.enable({ emitEvent: false });
      } else {
        this.form.disable({ emitEvent: false });
      }
    });
    // A changed form makes the last test result stale.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.testResult.set(null);
      this.formError.set(null);
    });
  }

  ngOnInit(): void {
    this.api.ftpSettings().subscribe({
      next: (settings) => {
        this.loading.set(false);
        this.apply(settings);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(apiErrorMessage(error) ?? 'recordingService.ftp.loadFailed');
      },
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .saveFtpSettings(this.dto())
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (settings) => {
          this.apply(settings);
          this.notifications.success('recordingService.ftp.saved');
        },
        error: (error: unknown) => this.formError.set(apiErrorMessage(error) ?? 'errors.generic'),
      });
  }

  protected test(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.testing.set(true);
    this.testResult.set(null);
    this.formError.set(null);
    this.api
      .testFtpSettings(this.dto())
      .pipe(finalize(() => this.testing.set(false)))
      .subscribe({
        next: (result) => this.testResult.set(result),
        error: (error: unknown) => this.formError.set(apiErrorMessage(error) ?? 'errors.generic'),
      });
  }

  protected remove(): void {
    this.confirmService
      .confirm({ titleKey: 'recordingService.ftp.removeTitle', messageKey: 'recordingService.ftp.removeText', confirmKey: 'common.delete', destructive: true })
      .pipe(switchMap(() => this.api.removeFtpSettings()))
      .subscribe({
        next: () => {
          this.apply(null);
          this.notifications.success('recordingService.ftp.removed');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private dto(): SaveRecordingFtpSettings {
    const value = this.form.getRawValue();
    return {
      host: value.host.trim(),
      port: Number(value.port),
      username: value.username,
      explicitTls: value.explicitTls,
      baseFolder: value.baseFolder.trim() || '/',
      // An empty password field keeps the stored one.
      ...(value.password ? { password: value.password } : {}),
    };
  }

  private apply(settings: RecordingFtpSettings | null): void {
    this.saved.set(settings);
    this.form.reset(
      {
        host: settings?.host ?? '',
        port: settings?.port ?? DEFAULT_FTP_PORT,
        username: settings?.username ?? '',
        password: '',
        explicitTls: settings?.explicitTls ?? false,
        baseFolder: settings?.baseFolder ?? '/',
      },
      { emitEvent: false },
    );
  }
}
