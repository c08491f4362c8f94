import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Clock } from '../../common/time/clock';
import { Environment } from '../../config/environment';

/** REC-6: links to audio work without a token (an <audio> element sends none) but expire. */
export const LINK_LIFETIME_SECONDS = 15 * 60;

@Injectable()
export class RecordingLinkSigner {
  private readonly key: Buffer;

  constructor(
    env: Environment,
    private readonly clock: Clock,
  ) {
    // Derived, so a leaked link key is not the token key.
    this.key = createHmac('sha256', env.JWT_SECRET).update('recording-links').digest();
  }

  sign(accountId: string, recordingId: string): { expires: number; signature: string } {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + LINK_LIFETIME_SECONDS;
    return { expires, signature: this.mac(accountId, recordingId, expires) };
  }

  /** The link names the account; a link of account A can never open a recording of B. */
  verify(accountId: string, recordingId: string, expires: number, signature: string): boolean {
    if (!Number.isInteger(expires) || expires < this.clock.now().getTime() / 1000) {
      return false;
    }
    const expected = Buffer.from(this.mac(accountId, recordingId, expires));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(accountId: string, recordingId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${accountId}:${recordingId}:${expires}`).digest('base64url');
  }
}
