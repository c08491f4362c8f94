import { readFile } from 'node:fs/promises';
import { FtpServer } from './ftp-server';
import { FtpUploader } from './ftp-uploader';

/**
 * Runs FtpUploader outside Nest for tools/bench/recording-ftp (which may not import app
 * code): `node ftp-upload.cli.ts <job.json>` with `{ server, files: [{ path, remotePath }] }`;
 * prints `{ seconds, bytes, peakRss }` as JSON.
 */
interface UploadJobFile {
  server: FtpServer;
  files: { path: string; remotePath: string }[];
}

const RSS_SAMPLE_MS = 20;

async function main(): Promise<void> {
  const job = JSON.parse(await readFile(process.argv[2], 'utf8')) as UploadJobFile;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), RSS_SAMPLE_MS);
  const rssBefore = peakRss;
  const uploader = new FtpUploader(job.server);
  const started = process.hrtime.bigint();
  let bytes = 0;
  try {
    await uploader.connect();
    for (const file of job.files) {
      bytes += (await uploader.upload(file.path, file.remotePath)).bytes;
    }
  } finally {
    uploader.close();
    clearInterval(sampler);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // maxRSS (KiB) catches peaks between samples.
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  process.stdout.write(`${JSON.stringify({ seconds, bytes, peakRss, rssBefore })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
