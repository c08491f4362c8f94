import { inject, signal } from '@angular/core';
import { Observable, switchMap } from 'rxjs';
import { NotificationService } from '../../core/notify/notification.service';
import { ConfirmDialogData } from '../confirm-dialog/confirm-dialog-data.interface';
import { ConfirmService } from '../confirm-dialog/confirm.service';

/**
 * The rows of a list page (phone accounts, trunks, users …): loading, reloading, replacing
 * one row, and deleting one after a confirmation, done the same way on every page.
 * Create it in a field initialiser (it injects its services).
 */
export class RowList<T extends { id: string }> {
  readonly rows = signal<T[]>([]);
  readonly loading = signal(true);
  private readonly notifications = inject(NotificationService);
  private readonly confirmService = inject(ConfirmService);

  constructor(private readonly load: () => Observable<T[]>) {}

  reload(): void {
    this.loading.set(true);
    this.load().subscribe({
      next: (rows) => {
        this.rows.set(rows);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifications.error(error);
      },
    });
  }

  replace(updated: T): void {
    this.rows.update((rows) => rows.map((row) => (row.id === updated.id ? updated : row)));
  }

  /** Asks first; on success the row goes and the success message (a translation key) shows. */
  removeAfterConfirming(row: T, dialog: ConfirmDialogData, remove: (id: string) => Observable<unknown>, deletedKey: string): void {
    this.confirmService
      .confirm({ confirmKey: 'common.delete', destructive: true, ...dialog })
      .pipe(switchMap(() => remove(row.id)))
      .subscribe({
        next: () => {
          this.rows.update((rows) => rows.filter((candidate) => candidate.id !== row.id));
          this.notifications.success(deletedKey, dialog.params);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }
}
