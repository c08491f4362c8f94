import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { Account } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, finalize } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { SERVICE_CATALOG } from '../../core/service-catalog/service-catalog';
import { CreateAccountDialogComponent } from './create-account-dialog.component';
import { SupportAccountsService } from './support-accounts.service';

/** Support area home: every customer account with its active services. */
@Component({
  selector: 'pbx-support-accounts-page',
  imports: [MatTableModule, MatButtonModule, MatChipsModule, MatIconModule, MatProgressBarModule, RouterLink, DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './support-accounts-page.component.html',
})
export class SupportAccountsPageComponent implements OnInit {
  private readonly accounts = inject(SupportAccountsService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  protected readonly language = inject(LanguageService);

  protected readonly rows = signal<Account[]>([]);
  protected readonly loading = signal(true);
  protected readonly catalog = SERVICE_CATALOG;
  protected readonly columns = ['name', 'timeZone', 'services', 'createdAt'];

  ngOnInit(): void {
    this.accounts
      .list()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (rows) => this.rows.set(rows),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected create(): void {
    this.dialog
      .open<CreateAccountDialogComponent, void, Account>(CreateAccountDialogComponent, { width: '460px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((created): created is Account => created !== undefined))
      .subscribe((created) => {
        this.notifications.success('support.created', { name: created.name });
        void this.router.navigate(['/support', 'accounts', created.id]);
      });
  }
}
