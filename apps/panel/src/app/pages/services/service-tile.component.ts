import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { AccountServiceState } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { serviceCatalogEntry } from '../../core/service-catalog/service-catalog';
import { ServiceOptionsSummaryPipe } from '../../shared/service-options-summary/service-options-summary.pipe';

/** One service of the catalogue: green when on (ACC-2), with its switch. */
@Component({
  selector: 'pbx-service-tile',
  imports: [MatCardModule, MatButtonModule, MatIconModule, DatePipe, TranslatePipe, ServiceOptionsSummaryPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-tile.component.html',
  styleUrl: './service-tile.component.scss',
})
export class ServiceTileComponent {
  readonly service = input.required<AccountServiceState>();
  /** False for read-only users: no buttons. */
  readonly canEdit = input(false);
  readonly busy = input(false);
  readonly activate = output<void>();
  readonly deactivate = output<void>();

  protected readonly language = inject(LanguageService);
  protected readonly entry = computed(() => serviceCatalogEntry(this.service().kind));
}
