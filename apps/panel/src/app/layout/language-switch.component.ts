import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../core/i18n/language.service';
import { PanelLanguage } from '../core/i18n/panel-language';

/** EN/PL switch; the choice is remembered (see LanguageService). */
@Component({
  selector: 'pbx-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      class="language-switch"
      [matMenuTriggerFor]="languageMenu"
      [attr.aria-label]="'toolbar.language' | translate"
      data-testid="lang-switch"
    >
      <mat-icon>translate</mat-icon>
      {{ language.current().toUpperCase() }}
    </button>
    <mat-menu #languageMenu="matMenu">
      @for (option of language.languages; track option) {
        <button mat-menu-item (click)="choose(option)" [attr.data-testid]="'lang-option-' + option">
          {{ 'languages.' + option | translate }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .language-switch {
      color: inherit;
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);

  protected choose(option: PanelLanguage): void {
    void this.language.use(option);
  }
}
