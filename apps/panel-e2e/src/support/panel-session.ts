import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Locator, Page } from 'playwright-core';
import { PANEL_URL, SCREENSHOT_DIR } from './e2e-config';

/** A browser page of the panel, driven through the data-testid attributes listed in README.md. */
export class PanelSession {
  constructor(readonly page: Page) {}

  byTestId(testId: string): Locator {
    return this.page.locator(`[data-testid="${testId}"]`);
  }

  async open(route = '/'): Promise<void> {
    await this.page.goto(`${PANEL_URL}${route}`);
  }

  async login(credentials: { email: string; password: string }): Promise<void> {
    if (!this.page.url().includes('/login')) {
      await this.open('/login');
    }
    await this.byTestId('login-email').fill(credentials.email);
    await this.byTestId('login-password').fill(credentials.password);
    await this.byTestId('login-submit').click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async logout(): Promise<void> {
    await this.byTestId('user-menu').click();
    await this.byTestId('user-menu-logout').click();
    await this.page.waitForURL((url) => url.pathname.startsWith('/login'));
  }

  async chooseLanguage(language: 'en' | 'pl'): Promise<void> {
    await this.byTestId('lang-switch').click();
    await this.byTestId(`lang-option-${language}`).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  /** Confirms the open confirmation dialog and waits until it is gone. */
  async confirmDialog(): Promise<void> {
    const confirm = this.byTestId('confirm-dialog-confirm');
    await confirm.click();
    await confirm.waitFor({ state: 'detached' });
  }

  /** Waits until the element's attribute has the value (Angular re-renders after the API answers). */
  async waitForAttribute(testId: string, attribute: string, value: string, timeout = 15000): Promise<void> {
    await this.page.waitForFunction(
      ([selector, name, expected]) => document.querySelector(selector)?.getAttribute(name) === expected,
      [`[data-testid="${testId}"]`, attribute, value] as const,
      { timeout },
    );
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  /** Runs a step; on failure keeps a screenshot of the page as it was. */
  async step(name: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      await this.screenshot(`FAILED-${name}`).catch(() => undefined);
      throw error;
    }
  }
}
