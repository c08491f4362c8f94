import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Account, AccountServiceState, AuditLogEntry, Recording, ServiceKind } from '@pbx/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { serviceCatalogEntry, SERVICE_CATALOG } from '../../core/service-catalog/service-catalog';
import { AuditLogTableComponent } from '../../shared/audit-log-table/audit-log-table.component';
import { ServiceChangeService } from '../../shared/service-change-dialog/service-change.service';
import { ServiceOptionsSummaryPipe } from '../../shared/service-options-summary/service-options-summary.pipe';
import { SupportAccountsService } from './support-accounts.service';

/** One customer account as support sees it: switch any service, dialer included (ACC-2), its failed recordings (REC-3) and its audit log. */
@Component({
  selector: 'pbx-support-account-page',
  imports: [
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    DatePipe,
    TranslatePipe,
    AuditLogTableComponent,
    ServiceOptionsSummaryPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './support-account-page.component.html',
  styleUrl: './support-account-page.component.scss',
})
export class SupportAccountPageComponent implements OnInit {
  private readonly accounts = inject(SupportAccountsService);
  private readonly serviceChange = inject(ServiceChangeService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly accountId = input.required<string>();

  protected readonly account = signal<Account | null>(null);
  protected readonly services = signal<AccountServiceState[]>([]);
  protected readonly auditLog = signal<AuditLogEntry[]>([]);
  protected readonly busyKind = signal<ServiceKind | null>(null);
  protected readonly failedRecordings = signal<Recording[]>([]);
  protected readonly failedRecordingsLoading = signal(true);
  protected readonly failedRecordingColumns = ['startedAt', 'direction', 'from', 'to', 'reason'];
  protected readonly rows = computed(() =>
    SERVICE_CATALOG.map((entry) => ({ entry, state: this.services().find((service) => service.kind === entry.kind) })).filter(
      (row): row is { entry: (typeof SERVICE_CATALOG)[number]; state: AccountServiceState } => row.state !== undefined,
    ),
  );

  ngOnInit(): void {
    this.accounts.get(this.accountId()).subscribe({
      next: (account) => this.account.set(account),
      error: (error: unknown) => this.notifications.error(error),
    });
    this.reloadServices();
    this.reloadAuditLog();
    this.accounts
      .failedRecordings(this.accountId())
      .pipe(finalize(() => this.failedRecordingsLoading.set(false)))
      .subscribe({
        next: (recordings) => this.failedRecordings.set(recordings),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected change(kind: ServiceKind, activate: boolean): void {
    const id = this.accountId();
    this.serviceChange
      .ask(kind, activate)
      .pipe(
        switchMap((decision) => {
          this.busyKind.set(kind);
          return activate ? this.accounts.activate(id, kind, decision.options) : this.accounts.deactivate(id, kind);
        }),
        finalize(() => this.busyKind.set(null)),
      )
      .subscribe({
        next: () => {
          this.notifications.success(activate ? 'services.activated' : 'services.deactivated', {
            name: this.translate.instant(`${serviceCatalogEntry(kind)?.i18n}.name`),
          });
          this.reloadServices();
          this.reloadAuditLog();
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private reloadServices(): void {
    this.accounts.services(this.accountId()).subscribe({
      next: (services) => this.services.set(services),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private reloadAuditLog(): void {
    this.accounts.auditLog(this.accountId()).subscribe({
      next: (entries) => this.auditLog.set(entries),
      error: (error: unknown) => this.notifications.error(error),
    });
  }
}
