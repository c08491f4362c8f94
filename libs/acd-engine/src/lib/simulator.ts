import { AcdAction } from './acd-action';
import { AcdEngine, QueueMonitor } from './acd-engine';
import { QueueExitReason } from './distributor';
import { EventHeap } from './event-heap';
import { QueueSettings } from './queue-settings';
import { createSeededRandom, RandomSource, sampleExponential } from './random-source';

/** How a simulated member behaves when rung. */
export interface SimulatedAgent {
  agentId: string;
  level: number;
  /** Chance of answering an offer at all (default 1). */
  answerProbability?: number;
  /** Mean seconds from ring to answer (default 2, drawn uniformly from half to 1.5 times it); answers after the ring time never happen. */
  answerDelaySeconds?: number;
  ronaOnMissedOffer?: boolean;
}

export interface SimulationConfig {
  seed: number;
  settings: QueueSettings;
  agents: readonly SimulatedAgent[];
  calls: number;
  /** Poisson arrivals. */
  meanInterArrivalSeconds: number;
  /** Exponential talk times. */
  meanTalkSeconds: number;
  /** Exponential caller patience; undefined = callers never hang up while waiting. */
  meanPatienceSeconds?: number;
  /** Safety stop for settings that keep callers forever (ms of simulated time). */
  horizonMs?: number;
}

export interface SimulationResult {
  figures: QueueMonitor;
  answeredByAgent: Record<string, number>;
  offersByAgent: Record<string, number>;
  exits: Partial<Record<QueueExitReason, number>>;
  abandoned: number;
  endedAt: number;
}

const QUEUE_ID = 'simulated-queue';

/**
 * Discrete-event simulation of one queue around the real AcdEngine: the only randomness outside
 * the engine is the callers' and members' behaviour, from a second stream of the same seed.
 */
export function simulateQueue(config: SimulationConfig): SimulationResult {
  const world: RandomSource = createSeededRandom(config.seed ^ 0x5bd1e995);
  const engine = new AcdEngine({ random: createSeededRandom(config.seed) });
  const events = new EventHeap<() => AcdAction[]>();
  const offerTokens = new Map<string, number>();
  const answeredByAgent: Record<string, number> = {};
  const offersByAgent: Record<string, number> = {};
  const exits: Partial<Record<QueueExitReason, number>> = {};
  const horizon = config.horizonMs ?? Number.MAX_SAFE_INTEGER;
  let abandoned = 0;
  let token = 0;
  let now = 0;

  const handle = (actions: AcdAction[]) => {
    for (const action of actions) {
      if (action.type === 'ring-agent') {
        const agent = config.agents.find((a) => a.agentId === action.agentId) as SimulatedAgent;
        offersByAgent[action.agentId] = (offersByAgent[action.agentId] ?? 0) + 1;
        const key = `${action.callerId}|${action.agentId}`;
        const mine = ++token;
        offerTokens.set(key, mine);
        // Jitter, so that in ring-all the first member rung does not always answer first.
        const answerAt = now + (agent.answerDelaySeconds ?? 2) * 1000 * (0.5 + world.next());
        if (world.next() < (agent.answerProbability ?? 1) && answerAt < action.ringUntil) {
          // A stale answer (offer withdrawn or re-made since) is dropped, as a hung-up leg would be.
          events.push(answerAt, () => (offerTokens.get(key) === mine ? engine.offerAnswered(action.callerId, action.agentId, answerAt) : []));
        }
      } else if (action.type === 'stop-ringing') {
        offerTokens.delete(`${action.callerId}|${action.agentId}`);
      } else if (action.type === 'bridge') {
        answeredByAgent[action.agentId] = (answeredByAgent[action.agentId] ?? 0) + 1;
        const endAt = now + sampleExponential(world, config.meanTalkSeconds * 1000);
        events.push(endAt, () => engine.hangUp(action.callerId, endAt));
      } else if (action.type === 'exit') {
        exits[action.reason] = (exits[action.reason] ?? 0) + 1;
      }
    }
  };

  handle(engine.upsertQueue(QUEUE_ID, config.settings, 0));
  for (const agent of config.agents) {
    handle(engine.addAgent({ agentId: agent.agentId, phoneAccount: `sip-${agent.agentId}`, loginMode: 'permanent', ronaOnMissedOffer: agent.ronaOnMissedOffer }, 0));
    handle(engine.setMember(QUEUE_ID, agent.agentId, agent.level, 0));
  }
  let arrival = 0;
  for (let i = 0; i < config.calls; i++) {
    arrival += sampleExponential(world, config.meanInterArrivalSeconds * 1000);
    const callerId = `caller-${i}`;
    const at = arrival;
    events.push(at, () => engine.enqueue(QUEUE_ID, { callerId, number: `+4860000${i}` }, at));
    if (config.meanPatienceSeconds !== undefined) {
      const leaveAt = at + sampleExponential(world, config.meanPatienceSeconds * 1000);
      events.push(leaveAt, () => {
        if (engine.positionOf(callerId) === null) return [];
        abandoned++;
        return engine.hangUp(callerId, leaveAt);
      });
    }
  }

  for (;;) {
    const eventAt = events.peekTime();
    const wakeAt = engine.nextWakeAt();
    if (eventAt === null && wakeAt === null) break;
    const next = Math.min(eventAt ?? Number.POSITIVE_INFINITY, wakeAt ?? Number.POSITIVE_INFINITY);
    if (next > horizon) break;
    now = next;
    if (eventAt !== null && eventAt <= next) {
      handle((events.pop() as { value: () => AcdAction[] }).value());
    } else {
      handle(engine.tick(next));
    }
  }
  return { figures: engine.monitor(QUEUE_ID, now), answeredByAgent, offersByAgent, exits, abandoned, endedAt: now };
}
