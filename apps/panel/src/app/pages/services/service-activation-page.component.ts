import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AccountServiceState, ServiceKind } from '@pbx/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, switchMap } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { NotificationService } from '../../core/notify/notification.service';
import { AccountServicesStore } from '../../core/service-catalog/account-services.store';
import { serviceCatalogEntry } from '../../core/service-catalog/service-catalog';
import { ServiceChangeService } from '../../shared/service-change-dialog/service-change.service';
import { ServiceTileComponent } from './service-tile.component';

/** ACC-2: the customer switches services on and off, after a confirmation (REC-1). */
@Component({
  selector: 'pbx-service-activation-page',
  imports: [MatProgressBarModule, TranslatePipe, ServiceTileComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-activation-page.component.html',
  styleUrl: './service-activation-page.component.scss',
})
export class ServiceActivationPageComponent implements OnInit {
  private readonly serviceChange = inject(ServiceChangeService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  protected readonly store = inject(AccountServicesStore);
  protected readonly session = inject(SessionService);
  protected readonly busyKind = signal<ServiceKind | null>(null);

  ngOnInit(): void {
    this.store.load().subscribe({ error: (error: unknown) => this.notifications.error(error) });
  }

  protected change(service: AccountServiceState, activate: boolean): void {
    const kind = service.kind;
    this.serviceChange
      .ask(kind, activate)
      .pipe(
        switchMap((decision) => {
          this.busyKind.set(kind);
          return activate ? this.store.activate(kind, decision.options) : this.store.deactivate(kind);
        }),
        finalize(() => this.busyKind.set(null)),
      )
      .subscribe({
        next: () =>
          this.notifications.success(activate ? 'services.activated' : 'services.deactivated', {
            name: this.translate.instant(`${serviceCatalogEntry(kind)?.i18n}.name`),
          }),
        error: (error: unknown) => this.notifications.error(error),
      });
  }
}
