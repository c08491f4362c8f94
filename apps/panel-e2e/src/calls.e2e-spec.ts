import { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { assertStackUp, DEMO_ADMIN, DESKTOP_VIEWPORT, PHONE_VIEWPORT } from './support/e2e-config';
import { API_URL, apiLogin } from './support/demo-api';
import { PanelSession } from './support/panel-session';

/** The PBX simulator's world control; tools/e2e/run-e2e.ts starts it and sets SIM_URL. */
const SIM_URL = process.env['SIM_URL']?.replace(/\/$/, '');
/** The API directly; through the panel's proxy when unset. */

/** A mobile caller dialling the demo account's number, which rings "Reception" (ext. 100). */
const CALLER = '48601234567';
const DEMO_DID = '48223000000';
const LEGS_TIMEOUT_MS = 20_000;

interface CallLeg {
  callId: string;
  from: string;
  disposition: string;
  startedAt: string;
}

async function placeCall(simUrl: string): Promise<void> {
  const response = await fetch(`${simUrl}/sim/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: CALLER, to: DEMO_DID, behaviour: { talkSeconds: 1 } }),
  });
  if (!response.ok) {
    throw new Error(`POST ${simUrl}/sim/calls answered ${response.status}: ${await response.text()}`);
  }
}

/** Polls GET /api/calls until a call from CALLER started after `since` has both legs (caller and Reception). */
async function waitForLegs(token: string, since: Date): Promise<CallLeg[]> {
  const query = new URLSearchParams({ from: since.toISOString(), number: CALLER, pageSize: '100' });
  const deadline = Date.now() + LEGS_TIMEOUT_MS;
  let seen: CallLeg[] = [];
  while (Date.now() < deadline) {
    const response = await fetch(`${API_URL}/api/calls?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) {
      throw new Error(`GET /api/calls answered ${response.status}: ${await response.text()}`);
    }
    seen = ((await response.json()) as { items: CallLeg[] }).items;
    const byCall = new Map<string, CallLeg[]>();
    seen.forEach((leg) => byCall.set(leg.callId, [...(byCall.get(leg.callId) ?? []), leg]));
    const complete = [...byCall.values()].find((legs) => legs.length >= 2);
    if (complete) {
      return complete;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No call from ${CALLER} with 2 legs within ${LEGS_TIMEOUT_MS / 1000} s; /api/calls had ${JSON.stringify(seen)}`);
}

// One simulated call, then the demo admin looks at it in the call list (REC-6).
describe('call list (REC-6)', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let panel: PanelSession;
  let legs: CallLeg[];

  beforeAll(async () => {
    if (!SIM_URL) {
      throw new Error('SIM_URL is not set: this test places a call through the PBX simulator. Run it with tools/e2e/run-e2e.ts, which starts the simulator and sets SIM_URL.');
    }
    await assertStackUp();
    const token = await apiLogin();
    // A little earlier, so second-rounded PBX timestamps cannot hide the call; the newest complete call is ours.
    const since = new Date(Date.now() - 5000);
    await placeCall(SIM_URL);
    legs = await waitForLegs(token, since);
    browser = await launchChromium();
    desktop = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'en-US' });
    panel = new PanelSession(await desktop.newPage());
  });

  afterAll(async () => {
    await browser?.close();
  });

  const rowsOfCall = () => panel.page.locator(`[data-testid="calls-row"][data-call-id="${legs[0].callId}"]`);

  it('recorded both legs of the simulated call as answered', () => {
    expect(legs).toHaveLength(2);
    expect(legs.every((leg) => leg.from === CALLER && leg.disposition === 'answered')).toBe(true);
  });

  it('shows the call with both legs in the call list', async () => {
    await panel.step('calls-list', async () => {
      await panel.login(DEMO_ADMIN);
      await panel.byTestId('menu-calls').click();
      await panel.page.waitForURL(/\/calls$/);
      await panel.page.getByRole('heading', { name: 'Call list' }).waitFor();
      await rowsOfCall().first().waitFor();
      expect(await rowsOfCall().count()).toBe(2);
      for (const row of await rowsOfCall().all()) {
        expect((await row.locator('.mat-column-from').textContent())?.replace(/\D/g, '')).toBe(CALLER);
        expect(await row.getAttribute('data-disposition')).toBe('answered');
        expect((await row.getByTestId('calls-result').textContent())?.trim()).toBe('Answered');
        expect(await row.locator('.mat-column-direction').textContent()).toContain('Inbound');
      }
      // Legs of one call are adjacent.
      const callIds = await panel.byTestId('calls-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-call-id')));
      const first = callIds.indexOf(legs[0].callId);
      expect(callIds.slice(first, first + 2)).toEqual([legs[0].callId, legs[0].callId]);
      await panel.byTestId('calls-table').locator('.mat-column-did').first().waitFor();
      await panel.screenshot('calls-01-list-1280');
    });
  });

  it('filters by direction: no outbound calls, then all again', async () => {
    await panel.step('calls-filter-direction', async () => {
      await panel.byTestId('calls-filter-direction').click({ force: true });
      await panel.byTestId('calls-filter-direction-outbound').click();
      await panel.byTestId('calls-empty').waitFor();
      expect(await panel.byTestId('calls-row').count()).toBe(0);
      await panel.screenshot('calls-02-outbound-empty-1280');

      await panel.byTestId('calls-filter-direction').click({ force: true });
      await panel.byTestId('calls-filter-direction-all').click();
      await rowsOfCall().first().waitFor();
      expect(await rowsOfCall().count()).toBe(2);
      expect(await panel.byTestId('calls-empty').count()).toBe(0);
    });
  });

  it('filters by number and refreshes', async () => {
    await panel.step('calls-filter-number', async () => {
      await panel.byTestId('calls-filter-number').fill('601 234');
      await rowsOfCall().first().waitFor();
      await panel.byTestId('calls-filter-number').fill('999999');
      await panel.byTestId('calls-empty').waitFor();
      await panel.byTestId('calls-filter-number').fill('');
      await rowsOfCall().first().waitFor();
      await panel.byTestId('calls-refresh').click();
      await rowsOfCall().nth(1).waitFor();
      expect(await rowsOfCall().count()).toBe(2);
    });
  });

  it('speaks Polish', async () => {
    await panel.step('calls-polish', async () => {
      await panel.chooseLanguage('pl');
      await panel.page.getByRole('heading', { name: 'Lista połączeń' }).waitFor();
      expect((await rowsOfCall().first().getByTestId('calls-result').textContent())?.trim()).toBe('Odebrane');
      expect(await panel.byTestId('calls-refresh').textContent()).toContain('Odśwież');
      await panel.chooseLanguage('en');
      await panel.page.getByRole('heading', { name: 'Call list' }).waitFor();
    });
  });

  it('fits a phone screen', async () => {
    const phone = await browser.newContext({
      viewport: PHONE_VIEWPORT,
      locale: 'en-US',
      isMobile: true,
      hasTouch: true,
      storageState: await desktop.storageState(),
    });
    const mobile = new PanelSession(await phone.newPage());
    try {
      await mobile.step('calls-phone-width', async () => {
        await mobile.open('/calls');
        await mobile.page.locator(`[data-testid="calls-row"][data-call-id="${legs[0].callId}"]`).first().waitFor();
        // DID and billable time are left out; the rest scrolls inside the table, not the page.
        expect(await mobile.byTestId('calls-table').locator('.mat-column-did').count()).toBe(0);
        const pageWidth = await mobile.page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
        await mobile.screenshot('calls-03-list-390');
      });
    } finally {
      await phone.close();
    }
  });
});
