import { FtpSrv } from 'ftp-srv';

/**
 * The loopback FTP server of the benchmark, in its own process so that neither our
 * uploader nor curl shares an event loop with it. Prints its port, then serves ROOT.
 */
const root = process.argv[2];
const port = Number(process.argv[3]);
const quiet = { child: () => quiet, trace: noop, debug: noop, info: noop, warn: noop, error: noop, fatal: noop };

function noop(): void {
  return undefined;
}

async function main(): Promise<void> {
  const server = new FtpSrv({ url: `ftp://127.0.0.1:${port}`, pasv_url: '127.0.0.1', pasv_min: 41000, pasv_max: 49000, anonymous: false, log: quiet });
  server.on('login', ({ username, password }, resolve, reject) => {
    if (username === 'bench' && password === 'bench') {
      resolve({ root });
    } else {
      reject(new Error('Login incorrect'));
    }
  });
  await server.listen();
  process.stdout.write(`listening ${port}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

void main();
