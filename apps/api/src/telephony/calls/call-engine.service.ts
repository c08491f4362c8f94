import { Injectable, Logger } from '@nestjs/common';
import { AriChannel, AriEvent, AriPort } from '../ari/ari-port';
import { ariTime } from '../ari/ari-time';
import { TelephonyCommand, TelephonyReply } from '../commands/telephony-command.bus';
import { CallActions, DIALED_LEG } from './call-actions.service';
import { CallRecorder } from './call-recorder.service';
import { LoginLineFlow } from './login-line.flow';
import { QUEUE_OFFER, QueueRuntime } from '../queues/queue-runtime.service';
import { causeText } from './hangup-causes';
import { CallSession } from './call-session';
import { CallSessionStore } from './call-session.store';
import { InboundCallFlow } from './inbound-call.flow';
import { OutboundCallFlow } from './outbound-call.flow';
import { SerialQueue } from './serial-queue';

const NORMAL_CLEARING = 16;

/** Cause written for legs that ended while no engine was connected to their server. */
const ENDED_WHILE_AWAY = { cause: 16, text: 'Normal Clearing (ended while the engine was away)' };

/** Turns the events of every Asterisk server into call flows, one call at a time. */
@Injectable()
export class CallEngine {
  private readonly logger = new Logger(CallEngine.name);
  private readonly queue = new SerialQueue();

  constructor(
    private readonly store: CallSessionStore,
    private readonly actions: CallActions,
    private readonly inbound: InboundCallFlow,
    private readonly outbound: OutboundCallFlow,
    private readonly recorder: CallRecorder,
    private readonly loginLine: LoginLineFlow,
    private readonly queues: QueueRuntime,
  ) {}

  private readonly ports = new Map<string, AriPort>();

  /** The current connection to each server, for commands that come from outside an event. */
  registerPort(port: AriPort): void {
    this.ports.set(port.url, port);
  }

  /** REC-7 and later commands from the HTTP role; null when this process does not hold the call. */
  async command(command: TelephonyCommand): Promise<TelephonyReply | null> {
    if (command.type === 'agent.pause' || command.type === 'agent.resume') {
      return this.queues.agentCommand(command);
    }
    const session = this.store.get(command.callId);
    const port = session && this.ports.get(session.server);
    if (!session || !port) {
      return null;
    }
    let reply: TelephonyReply = { ok: true };
    await this.queue.run(session.id, async () => {
      try {
        await this.recorder.pause(port, session, command.type === 'recording.pause');
      } catch (error) {
        reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    });
    return reply;
  }

  handle(port: AriPort, event: AriEvent): void {
    switch (event.type) {
      case 'StasisStart':
        return this.stasisStart(port, event as Extract<AriEvent, { type: 'StasisStart' }>);
      case 'ChannelDestroyed': {
        const { channel, cause, cause_txt, timestamp } = event as Extract<AriEvent, { type: 'ChannelDestroyed' }>;
        if (!this.store.findByChannel(channel.id)) {
          return void this.queues.channelGone(channel.id).catch(() => undefined);
        }
        return this.forCall(channel.id, (session) =>
          this.actions.legEnded(port, session, channel.id, cause, cause_txt, ariTime(timestamp)),
        );
      }
      case 'ChannelHangupRequest': {
        const { channel, cause, soft } = event as Extract<AriEvent, { type: 'ChannelHangupRequest' }>;
        const leg = this.store.findByChannel(channel.id)?.legs[channel.id];
        // A soft request (cause 32) is our own DELETE echoing back, not the far end's cause.
        if (leg && cause !== undefined && soft !== true) {
          leg.hangupCause = cause;
        }
        return;
      }
      // Asterisk sends no ChannelDestroyed for a channel that entered Stasis from the
      // dialplan (trace 10): its StasisEnd is the end of that leg.
      case 'StasisEnd': {
        const { channel, timestamp } = event as Extract<AriEvent, { type: 'StasisEnd' }>;
        return this.forCall(channel.id, (session) => {
          const cause = session.legs[channel.id]?.hangupCause ?? NORMAL_CLEARING;
          return this.actions.legEnded(port, session, channel.id, cause, causeText(cause), ariTime(timestamp));
        });
      }
      case 'RecordingFinished':
      case 'RecordingFailed': {
        const { recording, timestamp } = event as Extract<AriEvent, { type: 'RecordingFinished' | 'RecordingFailed' }>;
        const task = event.type === 'RecordingFinished' ? this.recorder.finished(port, recording, timestamp) : this.recorder.failed(recording);
        return void task.catch((error: unknown) => this.logger.error(`Recording ${recording.name}: ${String(error)}`));
      }
      case 'ChannelDtmfReceived': {
        const { channel, digit } = event as Extract<AriEvent, { type: 'ChannelDtmfReceived' }>;
        return this.forCall(channel.id, (session) => (session.login ? this.loginLine.digit(port, session, channel.id, digit) : Promise.resolve()));
      }
      case 'PlaybackFinished': {
        const { playback } = event as Extract<AriEvent, { type: 'PlaybackFinished' }>;
        const channelId = playback.target_uri.replace(/^channel:/, '');
        return this.forCall(channelId, async (session) => {
          await this.actions.playbackFinished(port, session, playback.id);
          await this.loginLine.playbackFinished(port, session, channelId, playback.id);
          await this.queues.playbackFinished(channelId, playback.id);
        });
      }
    }
  }

  private stasisStart(port: AriPort, event: Extract<AriEvent, { type: 'StasisStart' }>): void {
    const [kind, argument = ''] = event.args;
    const channel: AriChannel = event.channel;
    if (kind === QUEUE_OFFER) {
      return void this.queues.offerAnswered(port, channel.id).catch((error: unknown) => this.logger.error(`Queue offer ${channel.id}: ${String(error)}`));
    }
    if (kind === DIALED_LEG) {
      return this.forCall(channel.id, (session) => this.actions.connect(port, session, channel.id, ariTime(event.timestamp), ariTime(channel.creationtime)));
    }
    const flow = kind === 'inbound' ? this.inbound : kind === 'outbound' ? this.outbound : undefined;
    if (!flow) {
      this.logger.warn(`StasisStart with args ${JSON.stringify(event.args)} has no flow yet; hanging up ${channel.id}`);
      void port.hangup(channel.id, 'unallocated').catch(() => undefined);
      return;
    }
    const session = flow.newSession(port, channel, argument);
    session.routedAt = ariTime(event.timestamp).toISOString();
    this.run(session.id, () => flow.start(port, session, channel));
  }

  private forCall(channelId: string, task: (session: CallSession) => Promise<void>): void {
    const session = this.store.findByChannel(channelId);
    if (session) {
      this.run(session.id, () => task(session));
    }
  }

  private run(sessionId: string, task: () => Promise<void>): void {
    this.queue.run(sessionId, task).catch((error: unknown) => {
      this.logger.error(`Call ${sessionId}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /**
   * After a (re)connection: take over the calls some process was handling on this server;
   * legs that ended meanwhile are closed as if their ChannelDestroyed had arrived.
   */
  async adopt(port: AriPort): Promise<number> {
    const sessions = await this.store.loadServer(port.url);
    if (sessions.length > 0) {
      const alive = await port.channelIds();
      const at = new Date();
      await Promise.all(
        sessions.map((session) =>
          this.queue.run(session.id, async () => {
            for (const channelId of Object.keys(session.legs).filter((id) => !alive.has(id))) {
              await this.actions.legEnded(port, session, channelId, ENDED_WHILE_AWAY.cause, ENDED_WHILE_AWAY.text, at);
            }
          }),
        ),
      );
    }
    // After the sessions: a waiting caller rejoins only if its session is still alive.
    await this.queues.adopt(port);
    return sessions.length;
  }

}
