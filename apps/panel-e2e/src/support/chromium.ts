import { Browser, chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './e2e-config';

/** Debian's Chromium, headless, with every background fetch off (no internet here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
