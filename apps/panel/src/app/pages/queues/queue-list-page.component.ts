import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PhoneNumber, Queue, QueueKind } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, filter, forkJoin, of } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { NumbersService } from '../numbers/numbers.service';
import { PhoneNumberFormatPipe } from '../numbers/phone-number-format.pipe';
import { CreateQueueDialogComponent } from './create-queue-dialog.component';
import { KIND_I18N, KIND_LINK, KIND_TARGET, routeKind } from './queue-kind';
import { QueuesService } from './queues.service';

/** The waiting queues (QUE-1) or the Call Center campaigns (CC-1) of the account, by the route's kind. */
@Component({
  selector: 'pbx-queue-list-page',
  imports: [MatTableModule, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslatePipe, PhoneNumberFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-list-page.component.html',
})
export class QueueListPageComponent implements OnInit {
  private readonly queues = inject(QueuesService);
  private readonly numbers = inject(NumbersService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);

  protected readonly kind: QueueKind = routeKind(inject(ActivatedRoute).snapshot);
  protected readonly i18n = KIND_I18N[this.kind];
  protected readonly link = KIND_LINK[this.kind];
  private readonly all = signal<Queue[]>([]);
  private readonly ownNumbers = signal<PhoneNumber[]>([]);
  protected readonly rows = computed(() => this.all().filter((queue) => queue.kind === this.kind));
  protected readonly numbersOf = computed(() => {
    const byQueue = new Map<string, PhoneNumber[]>();
    for (const number of this.ownNumbers()) {
      if (number.targetType === KIND_TARGET[this.kind] && number.targetId) {
        byQueue.set(number.targetId, [...(byQueue.get(number.targetId) ?? []), number]);
      }
    }
    return byQueue;
  });
  protected readonly loading = signal(true);
  protected readonly columns = ['name', 'numbers', 'members', 'strategy'];

  ngOnInit(): void {
    forkJoin([this.queues.list(), this.numbers.list().pipe(catchError(() => of([] as PhoneNumber[])))]).subscribe({
      next: ([queues, numbers]) => {
        this.all.set(queues);
        this.ownNumbers.set(numbers);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifications.error(error);
      },
    });
  }

  protected add(): void {
    this.dialog
      .open<CreateQueueDialogComponent, QueueKind, Queue>(CreateQueueDialogComponent, { data: this.kind, width: '420px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((created): created is Queue => created !== undefined))
      .subscribe((created) => {
        this.notifications.success(`${this.i18n}.added`, { name: created.name });
        void this.router.navigate([this.link, created.id]);
      });
  }
}
