import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionService } from '../core/auth/session.service';
import { ChangePasswordDialogComponent } from '../shared/change-password-dialog/change-password-dialog.component';
import { LanguageSwitchComponent } from './language-switch.component';

@Component({
  selector: 'pbx-toolbar',
  imports: [MatToolbarModule, MatButtonModule, MatIconModule, MatMenuModule, MatDividerModule, MatTooltipModule, TranslatePipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './toolbar.component.html',
  styleUrl: './toolbar.component.scss',
})
export class ToolbarComponent {
  private readonly dialog = inject(MatDialog);
  protected readonly session = inject(SessionService);

  readonly showMenuButton = input(false);
  readonly menuToggle = output<void>();

  protected changePassword(): void {
    this.dialog.open(ChangePasswordDialogComponent, { width: '420px', maxWidth: '95vw' });
  }

  protected logout(): void {
    this.session.logout();
  }
}
