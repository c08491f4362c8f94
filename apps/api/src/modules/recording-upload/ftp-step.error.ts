import { FTPError } from 'basic-ftp';
import { FtpStep } from './ftp-server';

const STEP_TEXT: Record<FtpStep, string> = {
  connect: 'Could not connect to the FTP server',
  login: 'The FTP server refused the login',
  'create folder': 'Could not create a folder on the FTP server',
  upload: 'Could not upload a file to the FTP server',
  delete: 'Could not delete the test file or folder on the FTP server',
  verify: 'The file on the FTP server does not have the size of the recording',
};

/** An FTP failure with the step it happened in and what the server (or the network) said. */
export class FtpStepError extends Error {
  constructor(
    readonly step: FtpStep,
    readonly serverMessage: string,
  ) {
    super(`${STEP_TEXT[step]}: ${serverMessage}`);
    this.name = 'FtpStepError';
  }

  static from(step: FtpStep, error: unknown): FtpStepError {
    if (error instanceof FtpStepError) {
      return error;
    }
    return new FtpStepError(step, serverMessageOf(error));
  }
}

function serverMessageOf(error: unknown): string {
  if (error instanceof FTPError) {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  // basic-ftp reports a silent server as a bare "Timeout"; say which way it was silent.
  return /timeout/i.test(message) ? `No answer within the time limit (${message})` : message;
}
