import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';
import { apiErrorMessage } from '../http/api-error.util';

/** Short confirmations and API errors in a snack bar. */
@Injectable({ providedIn: 'root' })
export class NotificationService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  success(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params), this.translate.instant('common.close'), {
      duration: 3000,
      panelClass: 'snack-success',
    });
  }

  /** Shows the API's message when it sent one, else the generic text. */
  error(error: unknown, fallbackKey = 'errors.generic'): void {
    const message = apiErrorMessage(error) ?? this.translate.instant(fallbackKey);
    this.snackBar.open(message, this.translate.instant('common.close'), { duration: 6000, panelClass: 'snack-error' });
  }
}
