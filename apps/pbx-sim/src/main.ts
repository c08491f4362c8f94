// The simulator as a process: ARI on PBX_SIM_PORT (8088) under /ari, world control under /sim.
import { startPbxSim } from './index';

async function main(): Promise<void> {
  const env = process.env;
  const sim = await startPbxSim({
    port: Number(env['PBX_SIM_PORT'] ?? 8088),
    host: env['PBX_SIM_HOST'] ?? '127.0.0.1',
    timeScale: Number(env['PBX_SIM_TIME_SCALE'] ?? 1),
    seed: Number(env['PBX_SIM_SEED'] ?? 1),
    recordingDir: env['PBX_SIM_RECORDING_DIR'],
    ariUser: env['ARI_USER'],
    ariPassword: env['ARI_PASSWORD'],
  });
  console.error(`[pbx-sim] ARI on ${sim.ariUrl}, world control on ${sim.url}/sim, recordings in ${sim.recordingDir}`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
