import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { AuditLogEntry } from '@pbx/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';

/** Who changed what and when, newest first as the API sends it. */
@Component({
  selector: 'pbx-audit-log-table',
  imports: [MatTableModule, DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log-table.component.html',
  styleUrl: './audit-log-table.component.scss',
})
export class AuditLogTableComponent {
  readonly entries = input.required<AuditLogEntry[]>();

  protected readonly language = inject(LanguageService);
  protected readonly columns = ['at', 'actor', 'action', 'details'];

  protected describe(details: Record<string, unknown>): string {
    return Object.entries(details ?? {})
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join(', ');
  }
}
