// Where the shared Asterisk reference material lives (../shared from the repo root), if present.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_ARI_DIR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'asterisk-ari');
export const HAVE_SHARED = existsSync(SHARED_ARI_DIR);

/** `describe` that skips, saying why, when the reference material is absent. */
export function describeWithShared(name: string, fn: () => void): void {
  if (HAVE_SHARED) {
    describe(name, fn);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${SHARED_ARI_DIR} does not exist (Asterisk reference traces and spec)`, () => undefined);
  });
  console.warn(`[pbx-sim] ${name}: skipped, ${SHARED_ARI_DIR} does not exist`);
}
