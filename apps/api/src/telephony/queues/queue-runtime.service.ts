import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AcdAction, AcdEngine, AgentProfile, AgentState as AcdAgentState, createSeededRandom, resolveQueueSettings } from '@pbx/acd-engine';
import { AgentLoginMode, AgentState, LIVE_EVENTS, QueueMemberType, QueueMonitorSnapshot } from '@pbx/contracts';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { REDIS } from '../../common/redis/redis.module';
import { AgentPresence } from '../../modules/agents/agent-presence.service';
import { AgentEntity } from '../../modules/agents/agent.entity';
import { LiveEvents } from '../../modules/live/live-events.service';
import { QUEUE_MONITOR } from '../../modules/queues/queue-monitor.key';
import { PhoneAccountEntity } from '../../modules/phone-accounts/phone-account.entity';
import { QueueMemberEntity } from '../../modules/queues/queue-member.entity';
import { QueueEntity } from '../../modules/queues/queue.entity';
import { AccountEntity } from '../../modules/accounts/account.entity';
import { trunkEndpointId } from '../../modules/pjsip/pjsip-ids';
import { TrunkEntity } from '../../modules/trunks/trunk.entity';
import { AriPort } from '../ari/ari-port';
import { CallActions, STASIS_APP } from '../calls/call-actions.service';
import { CallSession } from '../calls/call-session';
import { CallSessionStore } from '../calls/call-session.store';
import { TelephonyReply } from '../commands/telephony-command.bus';
import { PARKED_AGENT } from '../calls/login-line.flow';
import { SerialQueue } from '../calls/serial-queue';
import { announcementMedia } from './announcement-media';
import { OfferLatency } from './offer-latency';

/** First appArgs of a leg that offers a queued call to a member. */
export const QUEUE_OFFER = 'queue-offer';
const MONITOR_EVERY_MS = 500;

/** Asterisk core sound for a queue that sends the caller away. */
const NOBODY_AVAILABLE = 'sound:vm-nobodyavail';

/** Waiting callers per server, so a restarted process puts them back in their places. */
const WAITING = (server: string) => `tel:queue-waiting:${server}`;

interface WaitingEntry {
  sessionId: string;
  queueId: string;
  accountId: string;
  number: string;
  enqueuedAt: number;
}

interface WaitingCall {
  port: AriPort;
  session: CallSession;
  queueId: string;
  enqueuedAt: number;
  /** The member's channel once answered, and the login-line call's holding bridge to return it to. */
  agentChannelId?: string;
  agentHoldingBridgeId?: string;
  /** The member talking with the caller. */
  agentId?: string;
  /** The music resumes when this playback (the end of an announcement) finishes. */
  announcementPlaybackId?: string;
}

interface ParkedAgent {
  server: string;
  callId: string;
  channelId: string;
  bridgeId: string;
}

/** The ACD engine's member id for members that are not agents. */
const memberId = (m: QueueMemberEntity) => m.agentId ?? (m.phoneAccountId ? `phone:${m.phoneAccountId}` : `number:${m.number}`);

/**
 * Drives the pure ACD engine (@pbx/acd-engine) over ARI: callers wait on music, offers ring
 * members' phones or go straight to agents parked on the login line, answers are bridged.
 */
@Injectable()
export class QueueRuntime implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(QueueRuntime.name);
  private readonly acd = new AcdEngine({ random: createSeededRandom(Date.now()) });
  private readonly loadedQueues = new Set<string>();
  private readonly loadedMembers = new Set<string>();
  private readonly loading = new Map<string, Promise<void>>();
  /** The queues each member serves, so an agent's change refreshes their monitoring. */
  private readonly queuesOfMember = new Map<string, Set<string>>();
  /** By caller channel id. */
  private readonly calls = new Map<string, WaitingCall>();
  /** A session's caller, for when its caller leg has already been removed from the session. */
  private readonly callerBySession = new Map<string, string>();
  /** Ringing offer legs: channel id → caller and agent. */
  private readonly offers = new Map<string, { callerId: string; agentId: string }>();
  private timer?: NodeJS.Timeout;
  private readonly stateWrites = new SerialQueue();
  /** CC-6: queues whose figures changed since the last snapshot, and their accounts. */
  private readonly changedQueues = new Set<string>();
  private readonly accountOfQueue = new Map<string, string>();
  private monitorTimer?: NodeJS.Timeout;
  /** Outside numbers dial through their account's first trunk. */
  private readonly externalEndpoints = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly presence: AgentPresence,
    private readonly actions: CallActions,
    private readonly store: CallSessionStore,
    private readonly live: LiveEvents,
    private readonly latency: OfferLatency,
  ) {}

  onModuleInit(): void {
    this.presence.onStateChange((agentId, state) => {
      if (!this.loadedMembers.has(agentId)) {
        return;
      }
      const now = Date.now();
      const status = this.acd.agentStatus(agentId).state;
      const acted =
        state === AgentState.Available && status === 'logged-out' ? this.acd.login(agentId, now) : state === AgentState.LoggedOut && status !== 'logged-out' ? this.acd.logout(agentId, now) : [];
      void this.execute(acted);
    });
    this.actions.onCallerLeft(async (session) => {
      const callerId = this.callerOf(session);
      if (callerId) {
        await this.callerLeft(callerId);
      }
    });
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    clearTimeout(this.monitorTimer);
  }

  /** A number pointing at a queue or campaign: the caller joins it. */
  async enqueue(port: AriPort, session: CallSession, callerChannelId: string, queueId: string): Promise<void> {
    await this.join(port, session, callerChannelId, queueId, Date.now());
  }

  private async join(port: AriPort, session: CallSession, callerId: string, queueId: string, enqueuedAt: number): Promise<void> {
    await this.load(session.accountId as string, queueId);
    this.calls.set(callerId, { port, session, queueId, enqueuedAt });
    this.callerBySession.set(session.id, callerId);
    await this.execute(this.acd.enqueue(queueId, { callerId, number: session.from, enqueuedAt }, Date.now()));
  }

  /**
   * After a restart (issue 5, item 5): callers who were waiting on this server join their
   * queues again with their first join time, so they keep their places; offers continue.
   */
  async adopt(port: AriPort): Promise<number> {
    const raw = await this.redis.hgetall(WAITING(port.url));
    const entries = Object.entries(raw)
      .map(([callerId, json]) => ({ callerId, ...(JSON.parse(json) as WaitingEntry) }))
      .sort((a, b) => a.enqueuedAt - b.enqueuedAt);
    let adopted = 0;
    for (const entry of entries) {
      const session = this.store.get(entry.sessionId);
      if (!session?.legs[entry.callerId] || this.calls.has(entry.callerId)) {
        await this.redis.hdel(WAITING(port.url), entry.callerId);
        continue;
      }
      await this.join(port, session, entry.callerId, entry.queueId, entry.enqueuedAt);
      adopted += 1;
    }
    return adopted;
  }

  private async stopWaiting(call: WaitingCall, callerId: string): Promise<void> {
    await this.redis.hdel(WAITING(call.port.url), callerId);
  }

  /**
   * An agent pauses (with a reason) or comes back (AGD-1): the engine decides, and refuses
   * a pause mid-call.
   */
  async agentCommand(command: { type: 'agent.pause'; agentId: string; reason: string } | { type: 'agent.resume'; agentId: string }): Promise<TelephonyReply | null> {
    const now = Date.now();
    // Only the process whose queues hold the agent answers; the asker handles silence.
    if (!this.loadedMembers.has(command.agentId)) {
      return null;
    }
    try {
      await this.execute(command.type === 'agent.pause' ? this.acd.pause(command.agentId, command.reason, now) : this.acd.resume(command.agentId, now));
      // The caller reads the agent back right away: let its state reach the database first.
      await this.stateWrites.run(command.agentId, async () => undefined);
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** StasisStart of an offer leg: the member answered. */
  async offerAnswered(port: AriPort, channelId: string): Promise<void> {
    const offer = this.offers.get(channelId);
    if (!offer) {
      await port.hangup(channelId);
      return;
    }
    this.offers.delete(channelId);
    const call = this.calls.get(offer.callerId);
    if (call) {
      call.agentChannelId = channelId;
      call.session.legs[channelId] = { channelId, role: 'callee', to: offer.agentId, startedAt: new Date().toISOString(), answeredAt: new Date().toISOString() };
      this.store.indexChannel(channelId, call.session.id);
      await this.store.save(call.session);
    }
    await this.execute(this.acd.offerAnswered(offer.callerId, offer.agentId, Date.now()));
  }

  /** An offer leg that ended before it answered (busy, no answer, unreachable). */
  async channelGone(channelId: string): Promise<void> {
    const offer = this.offers.get(channelId);
    if (offer) {
      this.offers.delete(channelId);
      await this.execute(this.acd.offerFailed(offer.callerId, offer.agentId, Date.now()));
    }
  }

  private callerOf(session: CallSession): string | undefined {
    // The caller's leg is the session's caller; a map lookup, not a scan of every waiting call.
    const caller = Object.values(session.legs).find((leg) => leg.role === 'caller')?.channelId;
    return caller && this.calls.has(caller) ? caller : this.callerBySession.get(session.id);
  }

  private async callerLeft(callerId: string): Promise<void> {
    const call = this.calls.get(callerId);
    this.calls.delete(callerId);
    if (call) {
      this.callerBySession.delete(call.session.id);
      // An abandon makes no engine action, but it changes the figures.
      this.changedQueues.add(call.queueId);
      await this.stopWaiting(call, callerId);
    }
    // The clock of the agent's next offer starts as soon as the caller has gone.
    if (call?.agentId) {
      this.latency.agentFreed(call.agentId);
    }
    // A login-line agent goes back to its music, ready for the next caller (DIA-7).
    if (call?.agentHoldingBridgeId && call.agentChannelId && call.session.bridgeId) {
      await call.port.removeFromBridge(call.session.bridgeId, [call.agentChannelId]);
      await call.port.addToBridge(call.agentHoldingBridgeId, [call.agentChannelId]);
    }
    await this.execute(this.acd.hangUp(callerId, Date.now()));
  }

  /** Two first calls at once must not load a queue twice: the second waits for the first. */
  private load(accountId: string, queueId: string): Promise<void> {
    if (this.loadedQueues.has(queueId)) {
      return Promise.resolve();
    }
    let loading = this.loading.get(queueId);
    if (!loading) {
      loading = this.loadOnce(accountId, queueId).finally(() => this.loading.delete(queueId));
      this.loading.set(queueId, loading);
    }
    return loading;
  }

  private async loadOnce(accountId: string, queueId: string): Promise<void> {
    const queue = await this.dataSource.getRepository(QueueEntity).findOneOrFail({ where: { id: queueId, accountId } });
    const now = Date.now();
    await this.execute(this.acd.upsertQueue(queueId, resolveQueueSettings(queue.settings), now));
    const members = await this.dataSource.getRepository(QueueMemberEntity).find({ where: { queueId, accountId } });
    const agents = await this.dataSource.getRepository(AgentEntity).find({ where: { accountId, id: In(members.map((m) => m.agentId).filter(Boolean) as string[]) } });
    const phoneIds = [...members.map((m) => m.phoneAccountId), ...agents.map((a) => a.phoneAccountId)].filter(Boolean) as string[];
    const phones = await this.dataSource.getRepository(PhoneAccountEntity).find({ where: { accountId, id: In(phoneIds) } });
    const sipLogin = (id: string | null) => phones.find((p) => p.id === id)?.sipLogin;
    const trunk = await this.dataSource.getRepository(TrunkEntity).findOne({ where: { accountId }, order: { createdAt: 'ASC' } });
    const { code } = await this.dataSource.getRepository(AccountEntity).findOneOrFail({ where: { id: accountId }, select: { code: true } });
    for (const member of members.filter((m) => m.number)) {
      this.externalEndpoints.set(memberId(member), trunk ? `PJSIP/${member.number}@${trunkEndpointId(code, trunk.id)}` : '');
    }
    for (const member of members) {
      const id = memberId(member);
      if (!this.loadedMembers.has(id)) {
        const agent = agents.find((a) => a.id === member.agentId);
        const profile: AgentProfile = agent
          ? agent.loginMode === AgentLoginMode.Line
            ? { agentId: id, loginMode: 'manual', loginLine: true }
            : { agentId: id, loginMode: agent.loginMode === AgentLoginMode.Permanent ? 'permanent' : 'manual', phoneAccount: sipLogin(agent.phoneAccountId) }
          : member.type === QueueMemberType.PhoneAccount
            ? { agentId: id, loginMode: 'permanent', phoneAccount: sipLogin(member.phoneAccountId) }
            : { agentId: id, loginMode: 'permanent', externalNumber: member.number as string };
        await this.execute(this.acd.addAgent(profile, now));
        this.loadedMembers.add(id);
        if (agent && agent.loginMode !== AgentLoginMode.Permanent && agent.state !== AgentState.LoggedOut) {
          await this.execute(this.acd.login(id, now));
        }
      }
      await this.execute(this.acd.setMember(queueId, id, member.level, now));
      this.queuesOfMember.set(id, new Set([...(this.queuesOfMember.get(id) ?? []), queueId]));
    }
    this.loadedQueues.add(queueId);
    this.accountOfQueue.set(queueId, accountId);
  }

  private async execute(actions: AcdAction[]): Promise<void> {
    for (const action of actions) {
      if ('queueId' in action && action.queueId) {
        this.changedQueues.add(action.queueId);
      } else if (action.type === 'agent-state') {
        this.queuesOfMember.get(action.agentId)?.forEach((queueId) => this.changedQueues.add(queueId));
      }
      try {
        await this.perform(action);
      } catch (error) {
        this.logger.error(`${action.type}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.rearm();
  }

  /** At most one snapshot per queue per half second, however busy it is. */
  private scheduleMonitor(): void {
    this.monitorTimer ??= setTimeout(() => {
      this.monitorTimer = undefined;
      void this.publishMonitors();
    }, MONITOR_EVERY_MS);
  }

  private async publishMonitors(): Promise<void> {
    const queues = [...this.changedQueues];
    this.changedQueues.clear();
    for (const queueId of queues) {
      const accountId = this.accountOfQueue.get(queueId);
      if (!accountId) {
        continue;
      }
      const snapshot: QueueMonitorSnapshot = { ...this.acd.monitor(queueId, Date.now()), updatedAt: new Date().toISOString() };
      await this.redis.set(QUEUE_MONITOR(queueId), JSON.stringify(snapshot), 'EX', 86400);
      await this.live.publish(accountId, LIVE_EVENTS.queueMonitor, snapshot);
    }
  }

  private rearm(): void {
    if (this.changedQueues.size > 0) {
      this.scheduleMonitor();
    }
    clearTimeout(this.timer);
    const at = this.acd.nextWakeAt();
    if (at !== null) {
      this.timer = setTimeout(() => void this.execute(this.acd.tick(Date.now())), Math.max(0, at - Date.now()));
    }
  }

  private async perform(action: AcdAction): Promise<void> {
    switch (action.type) {
      case 'hold-with-music': {
        const call = this.calls.get(action.callerId);
        if (call) {
          // The queue answers the call: from here the caller is billed, waiting or talking.
          const leg = call.session.legs[action.callerId];
          if (leg && !leg.answeredAt) {
            leg.answeredAt = new Date().toISOString();
            await call.port.answer(action.callerId);
          }
          await call.port.startChannelMoh(action.callerId);
          await this.store.save(call.session);
          const entry: WaitingEntry = { sessionId: call.session.id, queueId: call.queueId, accountId: call.session.accountId as string, number: call.session.from, enqueuedAt: call.enqueuedAt };
          await this.redis.hset(WAITING(call.port.url), action.callerId, JSON.stringify(entry));
        }
        return;
      }
      case 'ring-agent':
        this.latency.offered(action.agentId);
        return this.ring(action);
      case 'stop-ringing': {
        const entry = [...this.offers.entries()].find(([, o]) => o.callerId === action.callerId && o.agentId === action.agentId);
        const call = this.calls.get(action.callerId);
        if (entry && call) {
          this.offers.delete(entry[0]);
          await call.port.hangup(entry[0], 'normal');
        }
        return;
      }
      case 'play-agent-message': {
        const call = this.calls.get(action.callerId);
        if (call?.agentChannelId) {
          await call.port.play(call.agentChannelId, 'sound:beep', randomUUID());
        }
        return;
      }
      case 'bridge': {
        const call = this.calls.get(action.callerId);
        if (call) {
          call.agentId = action.agentId;
        }
        return this.bridge(action.callerId);
      }
      case 'exit': {
        const call = this.calls.get(action.callerId);
        if (call) {
          await this.actions.announceAndHangUp(call.port, call.session, action.callerId, NOBODY_AVAILABLE);
        }
        return;
      }
      case 'agent-state':
        // Stored in order per agent, but off the call path: offers must not wait for the database.
        void this.stateWrites.run(action.agentId, () => this.agentState(action.agentId, action.state, action.pauseReason)).catch((error: unknown) => {
          this.logger.error(`Agent ${action.agentId} state not stored: ${String(error)}`);
        });
        return;
      case 'announce':
        return this.announce(action.callerId, announcementMedia(action.announcement));
    }
  }

  /**
   * The music stops for the announcement and comes back after it: Asterisk queues the
   * playbacks on the channel, and the last one's PlaybackFinished restarts the music.
   */
  private async announce(callerId: string, media: string[]): Promise<void> {
    const call = this.calls.get(callerId);
    if (!call || call.agentChannelId) {
      return;
    }
    await call.port.stopChannelMoh(callerId);
    let last = '';
    for (const item of media) {
      last = randomUUID();
      await call.port.play(callerId, item, last);
    }
    call.announcementPlaybackId = last;
  }

  /** PlaybackFinished on a waiting caller: the music resumes after the last announcement. */
  async playbackFinished(channelId: string, playbackId: string): Promise<void> {
    const call = this.calls.get(channelId);
    if (call && call.announcementPlaybackId === playbackId && !call.agentChannelId) {
      call.announcementPlaybackId = undefined;
      await call.port.startChannelMoh(channelId);
    }
  }

  private async ring(action: Extract<AcdAction, { type: 'ring-agent' }>): Promise<void> {
    const call = this.calls.get(action.callerId);
    if (!call) {
      return;
    }
    const now = Date.now();
    if (action.target.kind === 'login-line') {
      const raw = await this.redis.get(PARKED_AGENT(action.agentId));
      const parked = raw ? (JSON.parse(raw) as ParkedAgent) : null;
      if (!parked || parked.server !== call.port.url) {
        return void (await this.execute(this.acd.offerFailed(action.callerId, action.agentId, now)));
      }
      call.agentChannelId = parked.channelId;
      call.agentHoldingBridgeId = parked.bridgeId;
      return void (await this.execute(this.acd.offerAnswered(action.callerId, action.agentId, now)));
    }
    const channelId = randomUUID();
    this.offers.set(channelId, { callerId: action.callerId, agentId: action.agentId });
    const endpoint = action.target.kind === 'phone-account' ? `PJSIP/${action.target.sipLogin}` : (this.externalEndpoints.get(action.agentId) ?? '');
    try {
      await call.port.originate({
        endpoint,
        channelId,
        app: STASIS_APP,
        appArgs: `${QUEUE_OFFER},${call.session.id},${action.agentId}`,
        callerId: call.session.from,
        timeout: Math.max(1, Math.ceil((action.ringUntil - now) / 1000)),
      });
    } catch {
      this.offers.delete(channelId);
      await this.execute(this.acd.offerFailed(action.callerId, action.agentId, Date.now()));
    }
  }

  private async bridge(callerId: string): Promise<void> {
    const call = this.calls.get(callerId);
    if (!call?.agentChannelId) {
      return;
    }
    const { port, session } = call;
    await this.stopWaiting(call, callerId);
    await port.stopChannelMoh(callerId);
    if (call.agentHoldingBridgeId) {
      await port.removeFromBridge(call.agentHoldingBridgeId, [call.agentChannelId]);
      await port.play(call.agentChannelId, 'sound:beep', randomUUID());
    }
    session.bridgeId = randomUUID();
    await port.createBridge(session.bridgeId, 'mixing');
    await port.addToBridge(session.bridgeId, [callerId, call.agentChannelId]);
    await this.store.save(session);
  }

  /** The engine's view of an agent, stored and shown (monitoring, login-time reports). */
  private async agentState(memberIdOrAgent: string, state: AcdAgentState, reason: string | null): Promise<void> {
    if (memberIdOrAgent.includes(':')) {
      return;
    }
    const mapped: Partial<Record<AcdAgentState, AgentState>> = {
      available: AgentState.Available,
      engaged: AgentState.Engaged,
      'after-call-work': AgentState.AfterCallWork,
      paused: AgentState.Paused,
      rona: AgentState.Paused,
      'logged-out': AgentState.LoggedOut,
    };
    const target = mapped[state];
    const agent = target ? await this.dataSource.getRepository(AgentEntity).findOne({ where: { id: memberIdOrAgent }, select: { id: true, accountId: true, state: true } }) : null;
    if (agent && target && agent.state !== target) {
      await this.presence.setState(agent, target, state === 'rona' ? 'RONA' : reason, false);
    }
  }
}
