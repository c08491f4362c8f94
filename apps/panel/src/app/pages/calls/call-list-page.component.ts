import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** "Calls and mail" → call list; the list itself and its queued exports arrive with REC-6. */
@Component({
  selector: 'pbx-call-list-page',
  imports: [MatCardModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page__header">
      <h1 class="page__title">{{ 'calls.pageTitle' | translate }}</h1>
      <p class="page__intro">{{ 'calls.pageIntro' | translate }}</p>
    </header>
    <mat-card appearance="outlined" data-testid="call-list-placeholder">
      <mat-card-content class="placeholder">
        <mat-icon>call_log</mat-icon>
        <p>{{ 'calls.placeholder' | translate }}</p>
      </mat-card-content>
    </mat-card>
  `,
})
export class CallListPageComponent {}
