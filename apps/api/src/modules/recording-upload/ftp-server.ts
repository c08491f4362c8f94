import type { FtpTestStep } from '@pbx/contracts';
/** Where and how to reach a customer's FTP server; the password already opened. */
export interface FtpServer {
  host: string;
  port: number;
  username: string;
  password: string;
  /** FTPS with AUTH TLS on the normal port (REC-3). */
  explicitTls: boolean;
}

/** A silent server fails a step after this long without a byte (REC-3: ≤ 10 s). */
export const FTP_TIMEOUT_MS = 8_000;

export type FtpStep = FtpTestStep;
