import { Injectable } from '@nestjs/common';
import { NumberTargetType, ServiceKind } from '@pbx/contracts';
import { AriPort } from '../ari/ari-port';
import { CallSession } from '../calls/call-session';

/** Where a number's inbound calls go: one handler per target type (ACC-3). */
export interface CallTargetHandler {
  /** The service that must be active for calls to reach this target; null for none. */
  readonly service: ServiceKind | null;
  /** Takes over the caller's channel; false when the target no longer exists. */
  connect(port: AriPort, session: CallSession, callerChannelId: string, targetId: string): Promise<boolean>;
}

/** Phone accounts register now; IVR, queues, conferences and campaigns in their issues. */
@Injectable()
export class CallTargetRegistry {
  private readonly handlers = new Map<NumberTargetType, CallTargetHandler>();

  register(type: NumberTargetType, handler: CallTargetHandler): void {
    this.handlers.set(type, handler);
  }

  get(type: NumberTargetType): CallTargetHandler | undefined {
    return this.handlers.get(type);
  }
}
