import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ServiceKind } from '@pbx/contracts';
import { filter, Observable } from 'rxjs';
import { ServiceChangeDialogComponent } from './service-change-dialog.component';
import { ServiceChangeDecision, ServiceChangeDialogData } from './service-change-dialog-data.interface';

/** Asks before a service changes; emits the decision only when the user confirmed. */
@Injectable({ providedIn: 'root' })
export class ServiceChangeService {
  private readonly dialog = inject(MatDialog);

  ask(kind: ServiceKind, activate: boolean): Observable<ServiceChangeDecision> {
    return this.dialog
      .open<ServiceChangeDialogComponent, ServiceChangeDialogData, ServiceChangeDecision>(ServiceChangeDialogComponent, {
        data: { kind, activate },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((decision): decision is ServiceChangeDecision => decision !== undefined));
  }
}
