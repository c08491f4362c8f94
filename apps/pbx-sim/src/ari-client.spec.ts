// Compatibility with the real ari-client: spec loading, auth, events, originate, bridges, recordings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPbxSim } from './index';
import type { PbxSim } from './index';
import { wavDurationMs } from './wav/wav-writer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ariClient = require('ari-client') as { connect(url: string, user: string, pass: string): Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const TIME_SCALE = 0.02;

describe('ari-client against the simulator', () => {
  let sim: PbxSim;
  let dir: string;
  let client: any; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pbx-sim-ari-'));
    sim = await startPbxSim({ port: 0, timeScale: TIME_SCALE, recordingDir: dir });
    // swagger-client logs a deprecation line for Swagger 1.1 (which is what Asterisk serves too).
    const log = console.log;
    console.log = () => undefined;
    try {
      client = await ariClient.connect(sim.url, 'pbx', 'pbx');
    } finally {
      console.log = log;
    }
    await client.start('pbx');
  });

  afterAll(async () => {
    client.stop();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects wrong credentials', async () => {
    // Not through ari-client: swagger-client keeps one global authorization for every client.
    const basic = await fetch(`${sim.ariUrl}/channels`, { headers: { Authorization: `Basic ${Buffer.from('pbx:wrong').toString('base64')}` } });
    expect(basic.status).toBe(401);
    const r = await fetch(`${sim.ariUrl}/channels?api_key=pbx:nope`);
    expect(r.status).toBe(401);
    const ok = await fetch(`${sim.ariUrl}/channels?api_key=pbx:pbx`);
    expect(ok.status).toBe(200);
  });

  it('originates into the app, receives StasisStart, DTMF and the remote hangup', async () => {
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      client.on('ChannelDtmfReceived', (e: { digit: string }) => seen.push(e.digit));
      client.on('StasisEnd', (_e: unknown, ch: { id: string }) => ch.id === 'cli-1' && resolve());
    });
    const started = new Promise<{ args: string[]; vars: string }>((resolve) => {
      client.once('StasisStart', async (e: { args: string[] }, ch: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
        const v = await ch.getChannelVar({ variable: 'CAMPAIGN' });
        resolve({ args: e.args, vars: v.value });
      });
    });
    const ch = await client.channels.originate({ endpoint: 'Local/answer@far', app: 'pbx', appArgs: 'outbound,c-9', channelId: 'cli-1', variables: { CAMPAIGN: '9' } });
    expect(ch.name).toMatch(/^Local\/answer@far-[0-9a-f]{8};1$/);
    await expect(started).resolves.toEqual({ args: ['outbound', 'c-9'], vars: '9' });
    await done;
    expect(seen.join('')).toBe('12#');
  });

  it('bridges two legs and records the bridge into a WAV file of the recorded length', async () => {
    const legs = ['br-a', 'br-b'];
    const inStasis = Promise.all(legs.map((id) => new Promise((r) => client.on('StasisStart', (_e: unknown, ch: { id: string }) => ch.id === id && r(ch)))));
    for (const id of legs) await client.channels.originate({ endpoint: 'Local/answer-long@far', app: 'pbx', channelId: id });
    await inStasis;
    const bridge = await client.bridges.create({ type: 'mixing', name: 'cli' });
    await bridge.addChannel({ channel: legs.join(',') });
    const got = await client.bridges.get({ bridgeId: bridge.id });
    expect(got.channels.sort()).toEqual(legs);
    const finished = new Promise<{ recording: { duration: number } }>((r) => client.once('RecordingFinished', r));
    await bridge.record({ name: 'cli-rec', format: 'wav' });
    await new Promise((r) => setTimeout(r, 3000 * TIME_SCALE));
    await client.recordings.stop({ recordingName: 'cli-rec' });
    const ev = await finished;
    expect(ev.recording.duration).toBeGreaterThanOrEqual(2);
    const stored = await client.recordings.listStored();
    expect(stored.map((s: { name: string }) => s.name)).toContain('cli-rec');
    const wav = readFileSync(join(dir, 'cli-rec.wav'));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wavDurationMs(wav)).toBeGreaterThan(2900);
    const file = await fetch(`${sim.ariUrl}/recordings/stored/cli-rec/file?api_key=pbx:pbx`);
    expect(Buffer.from(await file.arrayBuffer()).equals(wav)).toBe(true);
    await bridge.destroy();
    for (const id of legs) await client.channels.hangup({ channelId: id });
    await expect(client.channels.get({ channelId: 'br-a' })).rejects.toBeTruthy();
  });

  it('plays a sound whose PlaybackFinished arrives after its duration', async () => {
    const inStasis = new Promise<any>((r) => client.on('StasisStart', (_e: unknown, ch: { id: string }) => ch.id === 'pb-ch' && r(ch))); // eslint-disable-line @typescript-eslint/no-explicit-any
    await client.channels.originate({ endpoint: 'Local/answer-long@far', app: 'pbx', channelId: 'pb-ch' });
    const ch = await inStasis;
    const t0 = Date.now();
    const finished = new Promise<{ playback: { state: string } }>((r) => client.once('PlaybackFinished', r));
    const pb = await ch.play({ media: 'sound:hello-world' });
    expect(pb.media_uri).toBe('sound:hello-world');
    const ev = await finished;
    expect(ev.playback.state).toBe('done');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1400 * TIME_SCALE - 5);
    await ch.hangup();
  });
});
