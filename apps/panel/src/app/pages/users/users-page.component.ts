import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { CUSTOMER_ROLES, User, UserRole } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { RowList } from '../../shared/row-list/row-list';
import { AddUserDialogComponent } from './add-user-dialog.component';
import { UsersService } from './users.service';

/** ACC-1: the account's panel users and their roles. */
@Component({
  selector: 'pbx-users-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatSelectModule, MatFormFieldModule, MatTooltipModule, MatProgressBarModule, DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.component.html',
})
export class UsersPageComponent implements OnInit {
  private readonly users = inject(UsersService);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);
  protected readonly language = inject(LanguageService);

  private readonly list = new RowList<User>(() => this.users.list());
  protected readonly rows = this.list.rows;
  protected readonly loading = this.list.loading;
  protected readonly roles = CUSTOMER_ROLES;
  protected readonly columns = ['email', 'role', 'createdAt', 'actions'];

  ngOnInit(): void {
    this.reload();
  }

  protected add(): void {
    this.dialog
      .open<AddUserDialogComponent, void, User>(AddUserDialogComponent, { width: '420px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((created): created is User => created !== undefined))
      .subscribe((created) => {
        this.notifications.success('users.added', { email: created.email });
        this.reload();
      });
  }

  protected changeRole(row: User, role: UserRole): void {
    this.users.update(row.id, { role }).subscribe({
      next: (updated) => {
        this.rows.update((rows) => rows.map((candidate) => (candidate.id === updated.id ? updated : candidate)));
        this.notifications.success('users.roleChanged', { email: row.email });
      },
      error: (error: unknown) => {
        this.notifications.error(error);
        this.reload();
      },
    });
  }

  protected remove(row: User): void {
    this.list.removeAfterConfirming(
      row,
      { titleKey: 'users.deleteTitle', messageKey: 'users.deleteText', params: { email: row.email } },
      (id) => this.users.remove(id),
      'users.deleted',
    );
  }

  private reload(): void {
    this.list.reload();
  }
}
