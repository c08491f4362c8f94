import { FileSystem, FtpConnection, FtpSrv } from 'ftp-srv';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';

/** What the test server does wrong, per STOR (1-based count of uploads on this server). */
export interface FtpFaults {
  /** Closes the control and data connections after this many bytes of the given upload. */
  disconnectDuringStore?: { store: number; afterBytes: number };
  /** Refuses uploads from this one on with 552 (exceeded storage allocation). */
  diskFullFromStore?: number;
  /** Accepts data at this rate only. */
  throttleBytesPerSecond?: number;
  /** Stops reading the data connection of this upload: the client must time out. */
  stallStore?: number;
  /** Awaited when an upload starts (before any byte is accepted); lets a test act mid-run. */
  onStore?: (store: number, path: string) => Promise<void> | void;
}

const silentLog = {
  child: () => silentLog,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  fatal: () => undefined,
};

/** ftp-srv on loopback, a temporary root, one user, and switchable faults. */
export class TestFtpServer {
  readonly stores: string[] = [];
  faults: FtpFaults = {};

  private constructor(
    private readonly server: FtpSrv,
    readonly root: string,
    readonly port: number,
    readonly username: string,
    readonly password: string,
  ) {}

  static async start(username = 'recorder', password = 'secret-ftp'): Promise<TestFtpServer> {
    const root = await mkdtemp(join(tmpdir(), 'pbx-ftp-'));
    const port = await freePort();
    const server = new FtpSrv({ url: `ftp://127.0.0.1:${port}`, pasv_url: '127.0.0.1', pasv_min: 30000, pasv_max: 40000, anonymous: false, log: silentLog, greeting: 'Test FTP' });
    const ftp = new TestFtpServer(server, root, port, username, password);
    server.on('login', ({ connection, username: user, password: pass }, resolve, reject) => {
      if (user !== username || pass !== password) {
        reject(new Error('Login incorrect'));
        return;
      }
      answer552ForFullDisk(connection);
      resolve({ fs: new FaultyFileSystem(connection, root, ftp) });
    });
    await server.listen();
    return ftp;
  }

  get settings() {
    return { host: '127.0.0.1', port: this.port, username: this.username, password: this.password, explicitTls: false };
  }

  /** Files under the root, relative with a leading slash, and their sizes. */
  async files(): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          await walk(path);
        } else {
          found[`/${relative(this.root, path)}`] = (await stat(path)).size;
        }
      }
    };
    await walk(this.root);
    return found;
  }

  async close(): Promise<void> {
    await this.server.close();
    await rm(this.root, { recursive: true, force: true });
  }
}

class FaultyFileSystem extends FileSystem {
  constructor(
    connection: FtpConnection,
    root: string,
    private readonly ftp: TestFtpServer,
  ) {
    super(connection, { root, cwd: '/' });
  }

  override write(fileName: string, options?: { append?: boolean; start?: unknown }): { stream: Writable; clientPath: string } {
    const faults = this.ftp.faults;
    const store = this.ftp.stores.length + 1;
    // Refused before a file is opened, as a server that checks its quota first.
    if (faults.diskFullFromStore !== undefined && store >= faults.diskFullFromStore) {
      this.ftp.stores.push(fileName);
      throw new Error('Disk full: exceeded storage allocation');
    }
    const { stream: file, clientPath } = super.write(fileName, options) as { stream: Writable; clientPath: string };
    this.ftp.stores.push(clientPath);
    const connection = this.connection as FtpConnection & { commandSocket: Socket; connector: { socket: Socket | null } };
    let received = 0;
    let started: Promise<void> | null = null;
    return {
      clientPath,
      stream: new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          started ??= Promise.resolve(faults.onStore?.(store, clientPath));
          void started.then(() => {
            received += chunk.length;
            const cut = faults.disconnectDuringStore;
            if (cut && cut.store === store && received >= cut.afterBytes) {
              connection.connector.socket?.destroy();
              connection.commandSocket.destroy();
              done(new Error('connection cut by the test'));
              return;
            }
            if (faults.stallStore === store) {
              return;
            }
            const delay = faults.throttleBytesPerSecond ? (1000 * chunk.length) / faults.throttleBytesPerSecond : 0;
            setTimeout(() => file.write(chunk, done), delay);
          });
        },
        final: (done) => {
          file.end(() => done());
        },
      }),
    };
  }
}

/** ftp-srv answers every failed STOR with 550; a real full disk says 552. */
function answer552ForFullDisk(connection: FtpConnection): void {
  const target = connection as unknown as { reply: (options: unknown, ...letters: unknown[]) => Promise<unknown> };
  const reply = target.reply.bind(connection);
  target.reply = (options, ...letters) => reply(options === 550 && /disk full/i.test(String(letters[0])) ? 552 : options, ...letters);
}

export async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') {
    throw new Error('no port');
  }
  return address.port;
}

/** Accepts TCP connections and never says a word: a hung FTP server. */
export async function startSilentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') {
    throw new Error('no port');
  }
  return {
    port: address.port,
    close: () => {
      sockets.forEach((s) => s.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
