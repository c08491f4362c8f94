import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Trunk } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { RowList } from '../../shared/row-list/row-list';
import { TrunkDialogComponent } from './trunk-dialog.component';
import { TrunksService } from './trunks.service';

/** ACC-3 SIP trunks; REC-2 recording per trunk is one of its extra options. */
@Component({
  selector: 'pbx-trunks-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatSlideToggleModule, MatTooltipModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trunks-page.component.html',
})
export class TrunksPageComponent implements OnInit {
  private readonly trunks = inject(TrunksService);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);

  private readonly list = new RowList<Trunk>(() => this.trunks.list());
  protected readonly rows = this.list.rows;
  protected readonly loading = this.list.loading;
  protected readonly columns = computed(() =>
    this.session.canEdit()
      ? ['name', 'host', 'username', 'callerId', 'maxChannels', 'recording', 'actions']
      : ['name', 'host', 'username', 'callerId', 'maxChannels', 'recording'],
  );

  ngOnInit(): void {
    this.reload();
  }

  protected edit(trunk: Trunk | null): void {
    this.dialog
      .open<TrunkDialogComponent, Trunk | null, Trunk>(TrunkDialogComponent, { data: trunk, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((saved): saved is Trunk => saved !== undefined))
      .subscribe((saved) => {
        this.notifications.success('trunks.saved', { name: saved.name });
        this.reload();
      });
  }

  protected toggleRecording(row: Trunk, change: MatSlideToggleChange): void {
    this.trunks.update(row.id, { recordingEnabled: change.checked }).subscribe({
      next: (updated) => this.rows.update((rows) => rows.map((candidate) => (candidate.id === updated.id ? updated : candidate))),
      error: (error: unknown) => {
        change.source.checked = row.recordingEnabled;
        this.notifications.error(error);
      },
    });
  }

  protected remove(row: Trunk): void {
    this.list.removeAfterConfirming(
      row,
      { titleKey: 'trunks.deleteTitle', messageKey: 'trunks.deleteText', params: { name: row.name } },
      (id) => this.trunks.remove(id),
      'trunks.deleted',
    );
  }

  private reload(): void {
    this.list.reload();
  }
}
