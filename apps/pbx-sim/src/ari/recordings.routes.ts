// /recordings: live recording control and stored recording files.
import { copyFileSync, existsSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { RECORDING_FORMATS } from '../engine/media';
import type { Media } from '../engine/media';
import { AriError } from './errors';
import type { HandlerTable } from './handler';
import { noContent, ok, str } from './handler';

function storedFile(media: Media, name: string): { name: string; format: string; path: string } {
  for (const format of RECORDING_FORMATS) {
    const path = media.filePath(name, format);
    if (existsSync(path)) return { name, format, path };
  }
  throw new AriError(404, 'Recording not found');
}

export const recordingHandlers: HandlerTable = {
  'recordings.listStored': (_p, { pbx }) =>
    ok(
      readdirSync(pbx.media.recordingDir)
        .map((f) => /^(.*)\.([^.]+)$/.exec(f))
        .filter((m): m is RegExpExecArray => !!m && RECORDING_FORMATS.includes(m[2]))
        .map((m) => ({ name: m[1], format: m[2] })),
    ),
  'recordings.getStored': (p, { pbx }) => {
    const f = storedFile(pbx.media, str(p['recordingName']) as string);
    return ok({ name: f.name, format: f.format });
  },
  'recordings.deleteStored': (p, { pbx }) => {
    unlinkSync(storedFile(pbx.media, str(p['recordingName']) as string).path);
    return noContent();
  },
  'recordings.getStoredFile': (p, { pbx }) => {
    const f = storedFile(pbx.media, str(p['recordingName']) as string);
    return { status: 200, file: readFileSync(f.path), contentType: 'audio/wav' };
  },
  'recordings.copyStored': (p, { pbx }) => {
    const f = storedFile(pbx.media, str(p['recordingName']) as string);
    const dest = str(p['destinationRecordingName']) as string;
    const destPath = pbx.media.filePath(dest, f.format);
    if (existsSync(destPath)) throw new AriError(409, 'A recording with the same name already exists on the system');
    copyFileSync(f.path, destPath);
    return ok({ name: dest, format: f.format });
  },
  'recordings.getLive': (p, { pbx }) => ok(pbx.media.liveRecording(str(p['recordingName']) as string).toJson()),
  'recordings.cancel': (p, { pbx }) => (pbx.media.cancelRecording(str(p['recordingName']) as string), noContent()),
  'recordings.stop': (p, { pbx }) => (pbx.media.stopRecording(str(p['recordingName']) as string), noContent()),
  'recordings.pause': (p, { pbx }) => (pbx.media.pause(str(p['recordingName']) as string, true), noContent()),
  'recordings.unpause': (p, { pbx }) => (pbx.media.pause(str(p['recordingName']) as string, false), noContent()),
  'recordings.mute': (p, { pbx }) => (pbx.media.mute(str(p['recordingName']) as string, true), noContent()),
  'recordings.unmute': (p, { pbx }) => (pbx.media.mute(str(p['recordingName']) as string, false), noContent()),
};
