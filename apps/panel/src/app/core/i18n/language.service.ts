import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { isPanelLanguage, PANEL_LANGUAGES, PanelLanguage } from './panel-language';

const LANGUAGE_KEY = 'pbx.language';

/** The panel language: remembered in localStorage, mirrored in `<html lang>` and the page title. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly currentState = signal<PanelLanguage>('en');

  readonly current = this.currentState.asReadonly();
  readonly languages = PANEL_LANGUAGES;

  init(): Promise<void> {
    this.translate.addLangs([...PANEL_LANGUAGES]);
    const stored = localStorage.getItem(LANGUAGE_KEY);
    const browser = this.document.defaultView?.navigator.language.slice(0, 2);
    const language: PanelLanguage = isPanelLanguage(stored) ? stored : isPanelLanguage(browser) ? browser : 'en';
    return this.use(language);
  }

  async use(language: PanelLanguage): Promise<void> {
    await firstValueFrom(this.translate.use(language));
    localStorage.setItem(LANGUAGE_KEY, language);
    this.document.documentElement.lang = language;
    this.title.setTitle(this.translate.instant('app.name'));
    this.currentState.set(language);
  }
}
