import { FtpConnectionTestResult } from '@pbx/contracts';
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { FTP_TIMEOUT_MS, FtpServer } from './ftp-server';
import { FtpStepError } from './ftp-step.error';
import { FtpUploader } from './ftp-uploader';

export const FTP_TEST_SUCCESS = 'Configuration correct. Connection established';

/**
 * REC-3 "Test connection": everything the nightly upload needs, in its order — log in,
 * create a folder under the base folder, write a file, then delete both again.
 */
export async function testFtpConnection(server: FtpServer, baseFolder: string, timeoutMs = FTP_TIMEOUT_MS): Promise<FtpConnectionTestResult> {
  const uploader = new FtpUploader(server, timeoutMs);
  const folder = posix.join('/', baseFolder, `pbx-connection-test-${randomBytes(4).toString('hex')}`);
  const file = 'pbx-connection-test.txt';
  let folderCreated = false;
  try {
    await uploader.connect();
    await uploader.enterFolder(folder);
    folderCreated = true;
    try {
      await uploader.ftp.uploadFrom(Readable.from([Buffer.from('PBX recording upload test\n')]), file);
    } catch (error) {
      throw FtpStepError.from('upload', error);
    }
    try {
      await uploader.ftp.remove(file);
      await uploader.ftp.cd('/');
      await uploader.ftp.removeEmptyDir(folder);
    } catch (error) {
      throw FtpStepError.from('delete', error);
    }
    return { ok: true, message: FTP_TEST_SUCCESS };
  } catch (error) {
    const failure = FtpStepError.from('connect', error);
    if (folderCreated && !uploader.ftp.closed) {
      await removeQuietly(uploader, folder, file);
    }
    return { ok: false, step: failure.step, message: failure.message, serverMessage: failure.serverMessage };
  } finally {
    uploader.close();
  }
}

/** After a failed upload, leave the customer's server as it was if it still lets us. */
async function removeQuietly(uploader: FtpUploader, folder: string, file: string): Promise<void> {
  await uploader.ftp.remove(posix.join(folder, file), true).catch(() => undefined);
  await uploader.ftp.removeEmptyDir(folder).catch(() => undefined);
}
