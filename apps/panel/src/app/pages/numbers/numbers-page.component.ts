import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { NumberingZone, NumberStatus, PhoneNumber } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, finalize, switchMap } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { ConfirmService } from '../../shared/confirm-dialog/confirm.service';
import { AssignNumberDialogComponent } from './assign-number-dialog.component';
import { NumbersService } from './numbers.service';
import { PhoneNumberFormatPipe } from './phone-number-format.pipe';

/** ACC-3: pick numbers from a zone (6 offered), then point them at phone accounts. */
@Component({
  selector: 'pbx-numbers-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    TranslatePipe,
    PhoneNumberFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './numbers-page.component.html',
  styleUrl: './numbers-page.component.scss',
})
export class NumbersPageComponent implements OnInit {
  private readonly numbers = inject(NumbersService);
  private readonly dialog = inject(MatDialog);
  private readonly confirmService = inject(ConfirmService);
  private readonly notifications = inject(NotificationService);
  protected readonly session = inject(SessionService);

  protected readonly zones = signal<NumberingZone[]>([]);
  protected readonly areaCode = signal<string | null>(null);
  protected readonly golden = signal(false);
  protected readonly offer = signal<PhoneNumber[] | null>(null);
  protected readonly offering = signal(false);
  protected readonly claimingNumber = signal<string | null>(null);
  protected readonly ownNumbers = signal<PhoneNumber[]>([]);
  protected readonly loading = signal(true);
  protected readonly statuses = NumberStatus;
  protected readonly columns = computed(() =>
    this.session.canEdit() ? ['number', 'status', 'target', 'actions'] : ['number', 'status', 'target'],
  );

  ngOnInit(): void {
    this.numbers.zones().subscribe({
      next: (zones) => this.zones.set(zones),
      error: (error: unknown) => this.notifications.error(error),
    });
    this.reload();
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
      .subscribe({
        next: (offer) => this.offer.set(offer),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected claim(candidate: PhoneNumber): void {
    this.claimingNumber.set(candidate.number);
    this.numbers
      .claim({ number: candidate.number })
      .pipe(finalize(() => this.claimingNumber.set(null)))
      .subscribe({
        next: (claimed) => {
          this.offer.update((offer) => offer?.filter((number) => number.number !== candidate.number) ?? null);
          this.ownNumbers.update((own) => [claimed, ...own.filter((number) => number.id !== claimed.id)]);
          this.notifications.success('numbers.claimed', { number: claimed.number });
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected assign(row: PhoneNumber): void {
    this.dialog
      .open<AssignNumberDialogComponent, PhoneNumber, PhoneNumber>(AssignNumberDialogComponent, { data: row, width: '420px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(filter((updated): updated is PhoneNumber => updated !== undefined))
      .subscribe(() => {
        this.notifications.success('numbers.assigned');
        this.reload();
      });
  }

  protected unassign(row: PhoneNumber): void {
    this.numbers.unassign(row.id).subscribe({
      next: () => {
        this.notifications.success('numbers.unassigned');
        this.reload();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected release(row: PhoneNumber): void {
    this.confirmService
      .confirm({ titleKey: 'numbers.releaseTitle', messageKey: 'numbers.releaseText', confirmKey: 'numbers.release', params: { number: row.number }, destructive: true })
      .pipe(switchMap(() => this.numbers.release(row.id)))
      .subscribe({
        next: () => {
          this.notifications.success('numbers.released');
          this.reload();
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private reload(): void {
    this.loading.set(true);
    this.numbers
      .list()
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (own) => this.ownNumbers.set(own),
        error: (error: unknown) => this.notifications.error(error),
      });
  }
}
