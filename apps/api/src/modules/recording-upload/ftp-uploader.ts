import { Client } from 'basic-ftp';
import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { FTP_TIMEOUT_MS, FtpServer } from './ftp-server';
import { FtpStepError } from './ftp-step.error';

export interface UploadedFile {
  remotePath: string;
  bytes: number;
}

/**
 * The FTP transfer of recordings, free of Nest and the database so the benchmark runs the
 * very same code. One connection, files sent one after another, each verified by size.
 */
export class FtpUploader {
  private readonly client: Client;
  private currentFolder: string | null = null;

  constructor(
    private readonly server: FtpServer,
    timeoutMs = FTP_TIMEOUT_MS,
  ) {
    this.client = new Client(timeoutMs);
  }

  /** Connects (with AUTH TLS when asked) and logs in; the error names the failing step. */
  async connect(): Promise<void> {
    try {
      await this.client.connect(this.server.host, this.server.port);
      if (this.server.explicitTls) {
        await this.client.useTLS({ servername: this.server.host });
      }
    } catch (error) {
      throw FtpStepError.from('connect', error);
    }
    try {
      await this.client.login(this.server.username, this.server.password);
      await this.client.useDefaultSettings();
    } catch (error) {
      throw FtpStepError.from('login', error);
    }
  }

  /** Creates the folder (and its parents) and makes it the working folder. */
  async enterFolder(folder: string): Promise<void> {
    if (this.currentFolder === folder) {
      return;
    }
    try {
      await this.client.ensureDir(folder);
      this.currentFolder = folder;
    } catch (error) {
      this.currentFolder = null;
      throw FtpStepError.from('create folder', error);
    }
  }

  /**
   * Sends a local file and checks the server holds as many bytes as we have (REC-4: a
   * recording leaves the platform only after this check).
   */
  async upload(localPath: string, remotePath: string, onBytes?: (sent: number) => void): Promise<UploadedFile> {
    const folder = posix.dirname(remotePath);
    const name = posix.basename(remotePath);
    await this.enterFolder(folder);
    const { size } = await stat(localPath);
    try {
      this.client.trackProgress(onBytes ? (info) => onBytes(info.bytes) : undefined);
      await this.client.uploadFrom(localPath, name);
    } catch (error) {
      throw FtpStepError.from('upload', error);
    } finally {
      this.client.trackProgress();
    }
    let remoteSize: number;
    try {
      remoteSize = await this.client.size(name);
    } catch (error) {
      throw FtpStepError.from('verify', error);
    }
    if (remoteSize !== size) {
      throw new FtpStepError('verify', `${remotePath} has ${remoteSize} bytes on the server, ${size} expected`);
    }
    return { remotePath, bytes: size };
  }

  /** The raw client, for the connection test's extra steps. */
  get ftp(): Client {
    return this.client;
  }

  close(): void {
    this.client.close();
  }
}
