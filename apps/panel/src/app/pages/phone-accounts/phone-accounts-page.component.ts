import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { PhoneAccount, ServiceKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { AccountServicesStore } from '../../core/service-catalog/account-services.store';
import { RowList } from '../../shared/row-list/row-list';
import { AddPhoneAccountDialogComponent } from './add-phone-account-dialog.component';
import { PhoneAccountsService } from './phone-accounts.service';
import { SipCredentialsDialogComponent } from './sip-credentials-dialog.component';

/** ACC-3 phone accounts; REC-2 recording is switched per phone account here. */
@Component({
  selector: 'pbx-phone-accounts-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatSlideToggleModule, MatTooltipModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './phone-accounts-page.component.html',
})
export class PhoneAccountsPageComponent implements OnInit {
  private readonly phoneAccounts = inject(PhoneAccountsService);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  private readonly accountServices = inject(AccountServicesStore);
  protected readonly session = inject(SessionService);

  private readonly list = new RowList<PhoneAccount>(() => this.phoneAccounts.list());
  protected readonly rows = this.list.rows;
  protected readonly loading = this.list.loading;
  protected readonly recordingActive = computed(() => this.accountServices.activeKinds().has(ServiceKind.Recording));
  protected readonly columns = computed(() =>
    this.session.canEdit() ? ['name', 'extension', 'sipLogin', 'recording', 'actions'] : ['name', 'extension', 'sipLogin', 'recording'],
  );

  ngOnInit(): void {
    this.reload();
  }

  protected add(): void {
    this.dialog
      .open<AddPhoneAccountDialogComponent, void, PhoneAccount>(AddPhoneAccountDialogComponent, { width: '420px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((created): created is PhoneAccount => created !== undefined))
      .subscribe((created) => {
        this.notifications.success('phoneAccounts.added', { name: created.name });
        this.reload();
      });
  }

  protected toggleRecording(row: PhoneAccount, change: MatSlideToggleChange): void {
    this.phoneAccounts.update(row.id, { recordingEnabled: change.checked }).subscribe({
      next: (updated) => this.replace(updated),
      error: (error: unknown) => {
        change.source.checked = row.recordingEnabled;
        this.notifications.error(error);
      },
    });
  }

  protected showSip(row: PhoneAccount): void {
    this.dialog.open(SipCredentialsDialogComponent, { data: row, width: '440px', maxWidth: '95vw' });
  }

  protected remove(row: PhoneAccount): void {
    this.list.removeAfterConfirming(
      row,
      { titleKey: 'phoneAccounts.deleteTitle', messageKey: 'phoneAccounts.deleteText', params: { name: row.name } },
      (id) => this.phoneAccounts.remove(id),
      'phoneAccounts.deleted',
    );
  }

  private reload(): void {
    this.list.reload();
  }

  private replace(updated: PhoneAccount): void {
    this.list.replace(updated);
  }
}
