// Playbacks and recordings on channels and bridges: timed by the scheduler, recordings
// written as WAV files whose length is the recorded (unpaused) simulated time.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AriError } from '../ari/errors';
import type { Bridge } from '../model/bridge';
import type { Channel } from '../model/channel';
import { Playback } from '../model/playback';
import type { PlaybackState } from '../model/playback';
import { LiveRecording } from '../model/recording';
import { wavDurationMs, writeWav } from '../wav/wav-writer';
import type { Pbx } from './pbx';

export const RECORDING_FORMATS = ['wav'];
const SKIP_MS = 3000;

type Target = { kind: 'channel'; ch: Channel } | { kind: 'bridge'; b: Bridge };

export class Media {
  readonly playbacks = new Map<string, { pb: Playback; target: Target }>();
  readonly live = new Map<string, { rec: LiveRecording; target: Target }>();

  constructor(
    private readonly pbx: Pbx,
    readonly recordingDir: string,
    private readonly soundDurations: Record<string, number>,
    private readonly defaultSoundMs: number,
  ) {
    mkdirSync(recordingDir, { recursive: true });
  }

  private audience(t: Target): Iterable<string> {
    return t.kind === 'channel' ? t.ch.subscribers() : t.b.subscribers();
  }

  private queueOf(t: Target): Playback[] {
    return t.kind === 'channel' ? t.ch.playbacks : t.b.playbacks;
  }

  private durationOf(media: string): number | null {
    const [scheme, ...rest] = media.split(':');
    const what = rest.join(':');
    switch (scheme) {
      case 'sound':
        return this.soundDurations[what] ?? this.defaultSoundMs;
      case 'recording': {
        const file = this.filePath(what, 'wav');
        return existsSync(file) ? wavDurationMs(readFileSync(file)) : 0;
      }
      case 'digits':
      case 'number':
      case 'characters':
        return 600 * what.length;
      case 'tone':
        return null;
      default:
        throw new AriError(400, `Invalid media URI '${media}'`);
    }
  }

  // ---------------------------------------------------------------- playbacks

  play(t: Target, media: string, lang: string | undefined, id: string | undefined): Playback {
    if (id && this.playbacks.has(id)) throw new AriError(409, 'Playback with the same id already exists');
    const duration = this.durationOf(media);
    const uri = t.kind === 'channel' ? `channel:${t.ch.id}` : `bridge:${t.b.id}`;
    const pb = new Playback(id || this.pbx.ids.uuid(() => this.pbx.prng.next()), media, uri, lang || 'en', duration);
    this.playbacks.set(pb.id, { pb, target: t });
    const queue = this.queueOf(t);
    queue.push(pb);
    const snapshot = Object.assign(Object.create(Playback.prototype), pb) as Playback;
    if (queue.length === 1) this.start(pb, t);
    return snapshot;
  }

  private start(pb: Playback, t: Target): void {
    pb.state = 'playing';
    pb.startedAt = this.pbx.sched.elapsed();
    this.pbx.bus.publish('PlaybackStarted', { playback: pb.toJson() }, this.audience(t));
    if (pb.remainingMs !== null) pb.timer = this.pbx.sched.after(pb.remainingMs, () => this.finish(pb, 'done'));
  }

  finish(pb: Playback, state: PlaybackState, startNext = true): void {
    const entry = this.playbacks.get(pb.id);
    if (!entry) return;
    pb.timer?.cancel();
    pb.state = state;
    this.playbacks.delete(pb.id);
    const queue = this.queueOf(entry.target);
    const i = queue.indexOf(pb);
    if (i >= 0) queue.splice(i, 1);
    this.pbx.bus.publish('PlaybackFinished', { playback: pb.toJson() }, this.audience(entry.target));
    if (startNext && queue.length && queue[0].state === 'queued') this.start(queue[0], entry.target);
  }

  get(id: string): Playback {
    const e = this.playbacks.get(id);
    if (!e) throw new AriError(404, 'Playback not found');
    return e.pb;
  }

  stop(id: string): void {
    this.finish(this.get(id), 'done');
  }

  control(id: string, op: string): void {
    const pb = this.get(id);
    if (!['restart', 'pause', 'unpause', 'reverse', 'forward'].includes(op)) throw new AriError(400, `Invalid operation ${op}`);
    if (pb.state !== 'playing' && pb.state !== 'paused') throw new AriError(409, 'Playback not in a controllable state');
    const entry = this.playbacks.get(id) as { pb: Playback; target: Target };
    const sched = this.pbx.sched;
    if (pb.state === 'playing' && pb.remainingMs !== null) {
      pb.remainingMs = Math.max(0, pb.remainingMs - (sched.elapsed() - pb.startedAt));
    }
    pb.timer?.cancel();
    pb.timer = null;
    const total = this.durationOf(pb.mediaUri);
    if (op === 'pause') pb.state = 'paused';
    if (op === 'unpause') pb.state = 'playing';
    if (op === 'restart') pb.remainingMs = total;
    if (op === 'forward' && pb.remainingMs !== null) pb.remainingMs = Math.max(0, pb.remainingMs - SKIP_MS);
    if (op === 'reverse' && pb.remainingMs !== null && total !== null) pb.remainingMs = Math.min(total, pb.remainingMs + SKIP_MS);
    if (pb.state === 'playing') {
      pb.startedAt = sched.elapsed();
      if (pb.remainingMs !== null) pb.timer = sched.after(pb.remainingMs, () => this.finish(pb, 'done'));
    }
    void entry;
  }

  // ---------------------------------------------------------------- recordings

  filePath(name: string, format: string): string {
    if (name.includes('..')) throw new AriError(400, 'Invalid recording name');
    return join(this.recordingDir, `${name}.${format}`);
  }

  record(
    t: Target,
    p: { name: string; format: string; maxDurationSeconds?: number; ifExists?: string },
  ): LiveRecording {
    if (!RECORDING_FORMATS.includes(p.format)) throw new AriError(422, `Unknown format '${p.format}'`);
    const ifExists = p.ifExists || 'fail';
    if (!['fail', 'overwrite', 'append'].includes(ifExists)) throw new AriError(400, `ifExists invalid: ${ifExists}`);
    if (this.live.has(p.name)) throw new AriError(409, `Recording '${p.name}' already in progress`);
    if (ifExists === 'fail' && existsSync(this.filePath(p.name, p.format))) {
      throw new AriError(409, 'A recording with the same name already exists on the system');
    }
    const uri = t.kind === 'channel' ? `channel:${t.ch.id}` : `bridge:${t.b.id}`;
    const rec = new LiveRecording(p.name, p.format, uri, (p.maxDurationSeconds ?? 0) * 1000);
    this.live.set(rec.name, { rec, target: t });
    if (t.kind === 'channel') t.ch.recordings.add(rec);
    else {
      t.b.recordings.add(rec);
      const recorder = `Recorder/ARI-${this.pbx.ids.nameSuffix()};2`;
      recorderNames.set(rec, recorder);
      t.b.recorders.push(recorder);
      this.pbx.updatePeers(t.b);
    }
    const snapshot = rec.toJson();
    this.pbx.sched.after(0, () => {
      if (rec.state !== 'queued') return;
      rec.state = 'recording';
      rec.segmentStart = this.pbx.sched.elapsed();
      this.armMax(rec);
      this.pbx.bus.publish('RecordingStarted', { recording: rec.toJson() }, this.audience(t));
    });
    return Object.assign(Object.create(LiveRecording.prototype), rec, { toJson: () => snapshot }) as LiveRecording;
  }

  private armMax(rec: LiveRecording): void {
    if (rec.maxDurationMs <= 0) return;
    rec.maxTimer = this.pbx.sched.after(rec.maxDurationMs - rec.recordedMs, () => this.stopRecording(rec.name));
  }

  liveRecording(name: string): LiveRecording {
    const e = this.live.get(name);
    if (!e) throw new AriError(404, 'Recording not found');
    return e.rec;
  }

  private close(rec: LiveRecording, state: 'done' | 'canceled'): void {
    const entry = this.live.get(rec.name);
    if (!entry) return;
    rec.maxTimer?.cancel();
    if (rec.state === 'recording') rec.recordedMs += this.pbx.sched.elapsed() - rec.segmentStart;
    rec.state = state;
    this.live.delete(rec.name);
    const t = entry.target;
    if (state === 'done') {
      rec.duration = Math.floor(rec.recordedMs / 1000);
      writeWav(this.filePath(rec.name, rec.format), rec.recordedMs);
    }
    this.pbx.bus.publish('RecordingFinished', { recording: rec.toJson() }, this.audience(t));
    if (t.kind === 'channel') t.ch.recordings.delete(rec);
    else {
      t.b.recordings.delete(rec);
      const recorder = recorderNames.get(rec);
      const i = recorder ? t.b.recorders.indexOf(recorder) : -1;
      if (i >= 0) t.b.recorders.splice(i, 1);
      if (t.b.members.length >= 2) this.pbx.updatePeers(t.b);
    }
  }

  stopRecording(name: string): void {
    this.close(this.liveRecording(name), 'done');
  }

  cancelRecording(name: string): void {
    this.close(this.liveRecording(name), 'canceled');
  }

  pause(name: string, on: boolean): void {
    const rec = this.liveRecording(name);
    const now = this.pbx.sched.elapsed();
    if (on) {
      if (rec.state !== 'recording') throw new AriError(409, 'Recording not in session');
      rec.recordedMs += now - rec.segmentStart;
      rec.state = 'paused';
      rec.maxTimer?.cancel();
    } else {
      if (rec.state !== 'paused') throw new AriError(409, 'Recording not in session');
      rec.state = 'recording';
      rec.segmentStart = now;
      this.armMax(rec);
    }
  }

  mute(name: string, on: boolean): void {
    const rec = this.liveRecording(name);
    if (rec.state !== 'recording' && rec.state !== 'paused') throw new AriError(409, 'Recording not in session');
    rec.muted = on;
  }

  // ---------------------------------------------------------------- teardown

  stopChannelMedia(ch: Channel): void {
    for (const pb of [...ch.playbacks]) this.finish(pb, pb.state === 'queued' ? 'failed' : 'failed', false);
    ch.playbacks = [];
    for (const rec of [...ch.recordings]) this.close(rec, 'done');
  }

  stopBridgeMedia(b: Bridge): void {
    for (const pb of [...b.playbacks]) this.finish(pb, 'failed', false);
    b.playbacks = [];
    for (const rec of [...b.recordings]) this.close(rec, 'done');
  }
}

const recorderNames = new WeakMap<LiveRecording, string>();
