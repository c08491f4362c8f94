import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PhoneAccount, SipCredentials } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { apiErrorMessage } from '../../core/http/api-error.util';
import { PhoneAccountsService } from './phone-accounts.service';

/** Fetches the SIP password only when asked (ACC-3: admin only, shown on request). */
@Component({
  selector: 'pbx-sip-credentials-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sip-credentials-dialog.component.html',
})
export class SipCredentialsDialogComponent implements OnInit {
  private readonly phoneAccounts = inject(PhoneAccountsService);
  protected readonly phoneAccount = inject<PhoneAccount>(MAT_DIALOG_DATA);
  protected readonly credentials = signal<SipCredentials | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.phoneAccounts.sipCredentials(this.phoneAccount.id).subscribe({
      next: (credentials) => this.credentials.set(credentials),
      error: (error: unknown) => this.error.set(apiErrorMessage(error) ?? 'errors.generic'),
    });
  }
}
