import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Account, AuditLogEntry } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { AuditLogTableComponent } from '../../shared/audit-log-table/audit-log-table.component';
import { ChangePasswordDialogComponent } from '../../shared/change-password-dialog/change-password-dialog.component';
import { TimeZoneFieldComponent } from '../../shared/time-zone/time-zone-field.component';
import { DEFAULT_TIME_ZONE, knownTimeZone } from '../../shared/time-zone/time-zones';
import { AccountService } from './account.service';

/** Account name and time zone, the user's password, and what changed in the account. */
@Component({
  selector: 'pbx-account-settings-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    DatePipe,
    TranslatePipe,
    TimeZoneFieldComponent,
    AuditLogTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-settings-page.component.html',
  styleUrl: './account-settings-page.component.scss',
})
export class AccountSettingsPageComponent implements OnInit {
  private readonly accounts = inject(AccountService);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);
  protected readonly language = inject(LanguageService);

  protected readonly account = signal<Account | null>(null);
  protected readonly auditLog = signal<AuditLogEntry[]>([]);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    timeZone: [DEFAULT_TIME_ZONE, [Validators.required, knownTimeZone]],
  });

  ngOnInit(): void {
    if (!this.session.canEdit()) {
      this.form.disable();
    }
    this.accounts.get().subscribe({
      next: (account) => this.show(account),
      error: (error: unknown) => this.notifications.error(error),
    });
    this.accounts.auditLog().subscribe({
      next: (entries) => this.auditLog.set(entries),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.accounts
      .update(this.form.getRawValue())
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (account) => {
          this.show(account);
          this.session.refreshUser();
          this.notifications.success('account.saved');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected changePassword(): void {
    this.dialog.open(ChangePasswordDialogComponent, { width: '420px', maxWidth: '95vw' });
  }

  private show(account: Account): void {
    this.account.set(account);
    this.form.reset({ name: account.name, timeZone: account.timeZone });
  }
}
