// One test per recorded Asterisk trace: the simulator must answer and emit as Asterisk did.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPbxSim } from './index';
import type { PbxSim } from './index';
import { loadTrace, replayTrace } from './test/trace-replay';
import type { ReplayOptions } from './test/trace-replay';
import { describeWithShared, HAVE_SHARED, SHARED_ARI_DIR } from './test/shared-dir';

const TIME_SCALE = 0.05;

/** What happened outside ARI in each scenario (the SIP phone of traces 11 and 12). */
const SETUP: Record<string, (sim: PbxSim) => Pick<ReplayOptions, 'actions'>> = {
  '11-sip-originate-phone-answers': (sim) => {
    sim.world.setPhone('100', { answerAfterSeconds: 0 });
    return {};
  },
  '12-sip-phone-dials-out-recorded': (sim) => {
    sim.world.setPhone('100', { answerAfterSeconds: 0 });
    return { actions: [{ at: 0, run: () => sim.world.phoneDials('100', '555', { hangupAfterSeconds: 3 }) }] };
  },
};

describeWithShared('ARI traces replayed against the simulator', () => {
  const traceDir = join(SHARED_ARI_DIR, 'traces');
  const files = HAVE_SHARED ? readdirSync(traceDir).filter((f) => f.endsWith('.json')).sort() : [];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pbx-sim-traces-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(files)('%s', async (file) => {
    const name = file.replace(/\.json$/, '');
    const sim = await startPbxSim({ port: 0, timeScale: TIME_SCALE, seed: 7, recordingDir: join(dir, name) });
    try {
      const extra = SETUP[name]?.(sim) ?? {};
      const result = await replayTrace(loadTrace(join(traceDir, file)), {
        ariUrl: sim.ariUrl,
        user: 'pbx',
        password: 'pbx',
        timeScale: TIME_SCALE,
        ...extra,
      });
      expect(result.problems).toEqual([]);
    } finally {
      await sim.close();
    }
  }, 30000);
});
