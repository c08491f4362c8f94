import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { NumberingZone, NumberStatus, PhoneNumber, Queue } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, switchMap } from 'rxjs';
import { NotificationService } from '../../core/notify/notification.service';
import { NumbersService } from '../numbers/numbers.service';
import { PhoneNumberFormatPipe } from '../numbers/phone-number-format.pipe';
import { KIND_TARGET } from './queue-kind';

/** CC-1, QUE-1: the numbers that ring this queue; take one from a zone's offer or from the reserve pool. */
@Component({
  selector: 'pbx-queue-number',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, TranslatePipe, PhoneNumberFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queue-number.component.html',
  styleUrl: './queue-number.component.scss',
})
export class QueueNumberComponent implements OnInit {
  private readonly numbers = inject(NumbersService);
  private readonly notifications = inject(NotificationService);

  readonly queue = input.required<Queue>();
  readonly canEdit = input(false);

  private readonly own = signal<PhoneNumber[]>([]);
  protected readonly pointing = computed(() => this.own().filter((n) => n.targetType === KIND_TARGET[this.queue().kind] && n.targetId === this.queue().id));
  /** Taken by the account and pointing nowhere: reserve pool and numbers given back earlier (CC-1). */
  protected readonly reserved = computed(() => this.own().filter((n) => n.status === NumberStatus.Reserved || (n.status === NumberStatus.Released && !n.targetType)));
  protected readonly zones = signal<NumberingZone[]>([]);
  protected readonly areaCode = signal<string | null>(null);
  protected readonly golden = signal(false);
  protected readonly offer = signal<PhoneNumber[] | null>(null);
  protected readonly offering = signal(false);
  protected readonly busy = signal(false);
  protected readonly reservedChoice = signal<string | null>(null);

  ngOnInit(): void {
    this.reload();
    this.numbers.zones().subscribe({ next: (zones) => this.zones.set(zones), error: (error: unknown) => this.notifications.error(error) });
  }

  protected chooseZone(areaCode: string): void {
    this.areaCode.set(areaCode);
    this.offer.set(null);
  }

  protected showOffer(): void {
    const areaCode = this.areaCode();
    if (!areaCode) {
      return;
    }
    this.offering.set(true);
    this.numbers
      .offer(areaCode, this.golden())
      .pipe(finalize(() => this.offering.set(false)))
      .subscribe({ next: (offer) => this.offer.set(offer), error: (error: unknown) => this.notifications.error(error) });
  }

  /** Claims the offered number and points it here in one go. */
  protected take(candidate: PhoneNumber): void {
    this.busy.set(true);
    this.numbers
      .claim({ number: candidate.number })
      .pipe(
        switchMap((claimed) => this.numbers.assign(claimed.id, { targetType: KIND_TARGET[this.queue().kind], targetId: this.queue().id })),
        finalize(() => this.busy.set(false)),
      )
      .subscribe({
        next: (assigned) => this.assigned(assigned),
        error: (error: unknown) => {
          this.notifications.error(error);
          this.reload();
        },
      });
  }

  protected assignReserved(): void {
    const id = this.reservedChoice();
    if (!id) {
      return;
    }
    this.busy.set(true);
    this.numbers
      .assign(id, { targetType: KIND_TARGET[this.queue().kind], targetId: this.queue().id })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({ next: (assigned) => this.assigned(assigned), error: (error: unknown) => this.notifications.error(error) });
  }

  protected unassign(number: PhoneNumber): void {
    this.numbers.unassign(number.id).subscribe({
      next: (updated) => this.own.update((own) => own.map((n) => (n.id === updated.id ? updated : n))),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private assigned(assigned: PhoneNumber): void {
    this.offer.set(null);
    this.reservedChoice.set(null);
    this.own.update((own) => [assigned, ...own.filter((n) => n.id !== assigned.id)]);
    this.notifications.success('queues.numberAssigned', { number: assigned.number });
  }

  private reload(): void {
    this.numbers.list().subscribe({ next: (own) => this.own.set(own), error: (error: unknown) => this.notifications.error(error) });
  }
}
