import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionService } from '../../core/auth/session.service';
import { LanguageService } from '../../core/i18n/language.service';
import { NotificationService } from '../../core/notify/notification.service';
import { AccountServicesStore } from '../../core/service-catalog/account-services.store';
import { serviceCatalogEntry } from '../../core/service-catalog/service-catalog';
import { ServiceOptionsSummaryPipe } from '../../shared/service-options-summary/service-options-summary.pipe';
import { RecordingServiceComponent } from './recording/recording-service.component';

/**
 * `/services/<kind>`: the service's state and options, and for an active recording service its
 * own settings (storage, FTP, uploads); other services get theirs with their issues.
 */
@Component({
  selector: 'pbx-service-detail-page',
  imports: [MatCardModule, MatButtonModule, MatIconModule, RouterLink, DatePipe, TranslatePipe, ServiceOptionsSummaryPipe, RecordingServiceComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-detail-page.component.html',
})
export class ServiceDetailPageComponent implements OnInit {
  private readonly store = inject(AccountServicesStore);
  private readonly notifications = inject(NotificationService);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionService);

  /** Route parameter. */
  readonly kind = input.required<string>();

  protected readonly entry = computed(() => serviceCatalogEntry(this.kind()));
  protected readonly service = computed(() => this.store.services().find((candidate) => candidate.kind === this.kind()));

  ngOnInit(): void {
    if (!this.store.loaded()) {
      this.store.load().subscribe({ error: (error: unknown) => this.notifications.error(error) });
    }
  }
}
