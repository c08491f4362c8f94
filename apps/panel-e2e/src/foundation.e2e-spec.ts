import { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { assertStackUp, DEMO_ACCOUNT_NAME, DEMO_ADMIN, DESKTOP_VIEWPORT, PHONE_VIEWPORT, SUPPORT_USER } from './support/e2e-config';
import { PanelSession } from './support/panel-session';

/** The green of an active tile (styles.scss, --pbx-active-border). */
const ACTIVE_GREEN = 'rgb(46, 125, 50)';

// Steps share one browser and run in order; each leaves the seeded demo data re-runnable.
describe('panel foundation (ACC-1, ACC-2, REC-1)', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let panel: PanelSession;

  beforeAll(async () => {
    await assertStackUp();
    browser = await launchChromium();
    desktop = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'en-US' });
    panel = new PanelSession(await desktop.newPage());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('logs the demo admin in and shows the service tiles', async () => {
    await panel.step('demo-login', async () => {
      await panel.open('/');
      await panel.page.waitForURL(/\/login/);
      await panel.login(DEMO_ADMIN);
      await panel.page.waitForURL(/\/services$/);
      await panel.byTestId('service-tile-recording').waitFor();
      expect(await panel.byTestId('service-grid').locator('mat-card').count()).toBe(6);
    });
  });

  it('activates call recording with 1 GB through the confirmation dialog (REC-1)', async () => {
    await panel.step('activate-recording', async () => {
      // Re-runnable: a previous run may have left recording on.
      if ((await panel.byTestId('service-tile-recording').getAttribute('data-active')) === 'true') {
        await panel.byTestId('deactivate-recording').click();
        await panel.confirmDialog();
        await panel.waitForAttribute('service-tile-recording', 'data-active', 'false');
        await panel.byTestId('menu-recording').waitFor({ state: 'detached' });
      }
      expect(await panel.byTestId('menu-recording').count()).toBe(0);

      await panel.byTestId('activate-recording').click();
      await panel.byTestId('recording-storage-quota-1').click();
      await panel.byTestId('recording-storage-ftp').waitFor();
      await panel.screenshot('01-recording-dialog-1280');
      await panel.confirmDialog();

      await panel.waitForAttribute('service-tile-recording', 'data-active', 'true');
      const tile = panel.byTestId('service-tile-recording');
      expect(await tile.getAttribute('class')).toContain('service-tile--active');
      await panel.page.waitForFunction(
        (green) => getComputedStyle(document.querySelector('[data-testid="service-tile-recording"]') as Element).borderTopColor === green,
        ACTIVE_GREEN,
      );
      expect(await panel.byTestId('service-options-recording').textContent()).toContain('1 GB');
      await panel.byTestId('menu-recording').waitFor();
      expect(await panel.byTestId('menu-recording').textContent()).toContain('Recording');
      await panel.screenshot('02-recording-active-1280');
    });
  });

  it('offers the dialer only through support', async () => {
    await panel.step('dialer-tile', async () => {
      await panel.byTestId('request-activation-dialer').waitFor();
      expect(await panel.byTestId('activate-dialer').count()).toBe(0);
    });
  });

  it('switches to Polish', async () => {
    await panel.step('polish', async () => {
      await panel.chooseLanguage('pl');
      await panel.page.getByRole('heading', { name: 'Aktywacja usług' }).waitFor();
      expect(await panel.byTestId('service-tile-recording').textContent()).toContain('Nagrywanie rozmów');
      expect(await panel.byTestId('activate-ivr').textContent()).toContain('Aktywuj');
      expect(await panel.byTestId('menu-calls').textContent()).toContain('Lista połączeń');
      expect(await panel.byTestId('menu-phone-accounts').textContent()).toContain('Konta telefoniczne');
      await panel.screenshot('03-polish-1280');
      await panel.chooseLanguage('en');
      await panel.page.getByRole('heading', { name: 'Service activation' }).waitFor();
    });
  });

  it('logs out', async () => {
    await panel.step('logout', async () => {
      await panel.logout();
      await panel.byTestId('login-email').waitFor();
    });
  });

  it('lets support activate the dialer of the demo account (ACC-2)', async () => {
    await panel.step('support-dialer', async () => {
      await panel.login(SUPPORT_USER);
      await panel.page.waitForURL(/\/support$/);
      await panel.byTestId(`support-account-${DEMO_ACCOUNT_NAME}`).waitFor();
      await panel.screenshot('04-support-accounts-1280');
      await panel.byTestId(`support-account-link-${DEMO_ACCOUNT_NAME}`).click();
      await panel.byTestId('support-service-dialer').waitFor();

      if ((await panel.byTestId('support-service-dialer').getAttribute('data-active')) === 'true') {
        await panel.byTestId('support-deactivate-dialer').click();
        await panel.confirmDialog();
        await panel.waitForAttribute('support-service-dialer', 'data-active', 'false');
      }
      await panel.byTestId('support-activate-dialer').click();
      await panel.confirmDialog();
      await panel.waitForAttribute('support-service-dialer', 'data-active', 'true');
      await panel.byTestId('support-deactivate-dialer').waitFor();
      await panel.screenshot('05-support-account-1280');
      await panel.logout();
    });
  });

  it('shows the demo admin the dialer as active', async () => {
    await panel.step('demo-dialer-active', async () => {
      await panel.login(DEMO_ADMIN);
      await panel.waitForAttribute('service-tile-dialer', 'data-active', 'true');
      expect(await panel.byTestId('service-tile-dialer').getAttribute('class')).toContain('service-tile--active');
      await panel.byTestId('menu-dialer').waitFor();
      await panel.screenshot('06-dialer-active-1280');
    });
  });

  it('renders the menu button and overlay menu at phone width', async () => {
    // Same session as the desktop page: the token sits in localStorage.
    const phone = await browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
      isMobile: true,
      hasTouch: true,
      storageState: await desktop.storageState(),
    });
    const mobile = new PanelSession(await phone.newPage());
    try {
      await mobile.step('phone-width', async () => {
        await mobile.open('/services');
        await mobile.byTestId('service-tile-recording').waitFor();
        await mobile.byTestId('menu-toggle').waitFor();
        expect(await mobile.byTestId('menu-recording').isVisible()).toBe(false);
        await mobile.screenshot('07-services-390');
        await mobile.byTestId('menu-toggle').click();
        await mobile.byTestId('menu-recording').waitFor({ state: 'visible' });
        // The overlay slides in; wait until it rests at the left edge.
        await mobile.page.waitForFunction(() => document.querySelector('[data-testid="sidenav"]')?.getBoundingClientRect().left === 0);
        await mobile.screenshot('08-menu-open-390');
        await mobile.byTestId('menu-phone-accounts').click();
        await mobile.page.waitForURL(/\/phone-accounts$/);
        await mobile.byTestId('menu-recording').waitFor({ state: 'hidden' });
        await mobile.screenshot('09-phone-accounts-390');
      });
    } finally {
      await phone.close();
    }
  });
});
