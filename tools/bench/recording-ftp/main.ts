import { ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { printReport, round } from '../bench-report';

/**
 * Issue 4, item 8: the nightly upload's FTP transfer (the same FtpUploader the worker
 * uses: one connection, files one after another, each verified by SIZE) against curl
 * uploading the same files over one connection, to the same loopback ftp-srv. Ours runs
 * in its own process (apps/api's ftp-upload.cli.ts) so its peak RSS is its own.
 */
const ROOT = resolve(__dirname, '../../..');
const FILES = Number(process.env['BENCH_FILES'] ?? 2000);
const FILE_BYTES = Number(process.env['BENCH_FILE_BYTES'] ?? 500_000);
const MB = 1024 * 1024;

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'pbx-bench-ftp-'));
  let server: ChildProcess | null = null;
  try {
    const local = join(work, 'local');
    const remote = join(work, 'remote');
    await mkdir(local);
    await mkdir(remote);
    const files = await generate(local);
    const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
    log(`generated ${files.length} files, ${round(totalBytes / MB)} MB`);

    const port = await freePort();
    server = await startServer(remote, port);

    const ours = await uploadWithOurs(work, files, port);
    // Most of that process's RSS is the TypeScript loader; logged so the uploader's own share shows.
    log(`ours: ${round(ours.seconds)} s, peak RSS ${round(ours.peakRss / MB)} MB (${round(ours.rssBefore / MB)} MB before the upload)`);
    await assertUploaded(join(remote, 'ours'), files);

    const curlSeconds = await uploadWithCurl(work, files, port);
    log(`curl: ${round(curlSeconds)} s`);
    await assertUploaded(join(remote, 'curl'), files);

    const oursMBps = totalBytes / MB / ours.seconds;
    const curlMBps = totalBytes / MB / curlSeconds;
    const share = (100 * oursMBps) / curlMBps;
    const peakRssMB = ours.peakRss / MB;
    printReport(
      'recording-ftp',
      [
        { uploader: 'ours (FtpUploader, verified by SIZE)', files: files.length, megabytes: round(totalBytes / MB), seconds: round(ours.seconds), mbPerSecond: round(oursMBps), peakRssMB: round(peakRssMB), rssBeforeUploadMB: round(ours.rssBefore / MB) },
        { uploader: 'curl -T (one connection)', files: files.length, megabytes: round(totalBytes / MB), seconds: round(curlSeconds), mbPerSecond: round(curlMBps) },
      ],
      [
        { metric: 'throughput, % of curl', value: round(share, 1), target: '>= 80', met: share >= 80 },
        { metric: 'peak RSS during upload, MB', value: round(peakRssMB, 1), target: '<= 200', met: peakRssMB <= 200 },
      ],
    );
  } finally {
    server?.kill('SIGTERM');
    await rm(work, { recursive: true, force: true });
  }
}

interface BenchFile {
  path: string;
  name: string;
  bytes: number;
}

/** WAV-sized files of ~500 KB, sizes varying a little so a truncated upload would show. */
async function generate(dir: string): Promise<BenchFile[]> {
  const block = Buffer.alloc(FILE_BYTES + 10_000);
  for (let i = 0; i < block.length; i++) {
    block[i] = (i * 31 + (i >> 8)) & 0xff;
  }
  const files: BenchFile[] = [];
  for (let i = 0; i < FILES; i++) {
    const name = `${String(i).padStart(5, '0')}_inbound_48221234567_48500600700.wav`;
    const bytes = FILE_BYTES + ((i * 97) % 10_000) - 5_000;
    const path = join(dir, name);
    await writeFile(path, block.subarray(i % 1000, (i % 1000) + bytes));
    files.push({ path, name, bytes });
  }
  return files;
}

interface OurResult {
  seconds: number;
  bytes: number;
  peakRss: number;
  rssBefore: number;
}

async function uploadWithOurs(work: string, files: BenchFile[], port: number): Promise<OurResult> {
  const job = join(work, 'ours.json');
  const server = { host: '127.0.0.1', port, username: 'bench', password: 'bench', explicitTls: false };
  await writeFile(job, JSON.stringify({ server, files: files.map((f) => ({ path: f.path, remotePath: `/ours/${f.name}` })) }));
  const output = await run(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/modules/recording-upload/ftp-upload.cli.ts'), job], {
    SWC_NODE_PROJECT: 'apps/api/tsconfig.runtime.json',
  });
  return JSON.parse(output) as OurResult;
}

/** One curl process, one connection, the files one after another (a config file, not 2,000 arguments). */
async function uploadWithCurl(work: string, files: BenchFile[], port: number): Promise<number> {
  const config = join(work, 'curl.conf');
  await writeFile(config, files.map((f) => `upload-file = "${f.path}"\nurl = "ftp://127.0.0.1:${port}/curl/${f.name}"\n`).join(''));
  const started = process.hrtime.bigint();
  await run('curl', ['--silent', '--show-error', '--fail', '--ftp-create-dirs', '--user', 'bench:bench', '--config', config]);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function assertUploaded(dir: string, files: BenchFile[]): Promise<void> {
  const names = new Set(await readdir(dir));
  for (const file of files) {
    if (!names.has(file.name) || (await stat(join(dir, file.name))).size !== file.bytes) {
      throw new Error(`${dir}/${file.name} missing or of the wrong size`);
    }
  }
}

function startServer(root: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'ftp-server.ts'), root, String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`ftp server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolveStart(child));
  });
}

/** Runs a command from the workspace root; resolves with its stdout. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun(output) : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') {
    throw new Error('no free port');
  }
  return address.port;
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
