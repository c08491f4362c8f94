import { AcdAction } from './acd-action';
import { AcdEngine } from './acd-engine';
import { AgentLoginMode, AgentTransitionError } from './agent';
import { QueueSettings, QueueSettingsInvalidError, resolveQueueSettings } from './queue-settings';
import { createSeededRandom } from './random-source';

interface TestAgent {
  id: string;
  level?: number;
  mode?: AgentLoginMode;
  rona?: boolean;
}

const setup = (settings: Partial<QueueSettings>, agents: TestAgent[]) => {
  const sut = new AcdEngine({ random: createSeededRandom(1) });
  sut.upsertQueue('q', resolveQueueSettings({ maxWaitSeconds: 0, ...settings }), 0);
  agents.forEach((agent, i) => {
    sut.addAgent({ agentId: agent.id, phoneAccount: `10${i}`, loginMode: agent.mode ?? 'permanent', ronaOnMissedOffer: agent.rona }, 0);
    sut.setMember('q', agent.id, agent.level ?? 1, 0);
  });
  return sut;
};

const ofType = <T extends AcdAction['type']>(actions: AcdAction[], type: T) => actions.filter((a): a is Extract<AcdAction, { type: T }> => a.type === type);
const rung = (actions: AcdAction[]) => ofType(actions, 'ring-agent').map((a) => a.agentId);
const callers = (n: number) => Array.from({ length: n }, (_, i) => ({ callerId: `c${i + 1}`, number: `+4860000000${i + 1}` }));

describe(AcdEngine.name, () => {
  it('refuses invalid settings with field-named errors', () => {
    const sut = new AcdEngine({ random: createSeededRandom(1) });
    expect(() => sut.upsertQueue('q', resolveQueueSettings({ agentRingSeconds: 0 }), 0)).toThrow(QueueSettingsInvalidError);
  });

  it('puts the caller on music and rings a member with its phone account', () => {
    const sut = setup({}, [{ id: 'a1' }]);
    const [caller] = callers(1);
    expect(sut.enqueue('q', caller, 1_000)).toEqual([
      { type: 'hold-with-music', queueId: 'q', callerId: 'c1' },
      { type: 'agent-state', agentId: 'a1', state: 'ringing', pauseReason: null, at: 1_000 },
      { type: 'ring-agent', queueId: 'q', callerId: 'c1', agentId: 'a1', target: { kind: 'phone-account', sipLogin: '100' }, ringUntil: 16_000 },
    ]);
    expect(sut.nextWakeAt()).toBe(16_000);
  });

  it('rings the next member after the ring time and the pause between agents', () => {
    const sut = setup({ agentRingSeconds: 10, pauseBetweenAgentsSeconds: 3 }, [{ id: 'a1' }, { id: 'a2' }]);
    expect(rung(sut.enqueue('q', callers(1)[0], 0))).toEqual(['a1']);
    const timeout = sut.tick(10_000);
    expect(ofType(timeout, 'stop-ringing')).toEqual([{ type: 'stop-ringing', queueId: 'q', callerId: 'c1', agentId: 'a1', reason: 'ring-timeout' }]);
    expect(rung(timeout)).toEqual([]);
    expect(sut.nextWakeAt()).toBe(13_000);
    expect(rung(sut.tick(12_999))).toEqual([]);
    expect(rung(sut.tick(13_000))).toEqual(['a2']);
    sut.tick(23_000);
    // Both tried: a new round starts with a1 again.
    expect(rung(sut.tick(26_000))).toEqual(['a1']);
  });

  it('treats a failed offer (busy, rejected) like a timeout: next member after the pause', () => {
    const sut = setup({ pauseBetweenAgentsSeconds: 2 }, [{ id: 'a1' }, { id: 'a2' }]);
    sut.enqueue('q', callers(1)[0], 0);
    expect(ofType(sut.offerFailed('c1', 'a1', 4_000), 'stop-ringing')[0].reason).toBe('offer-withdrawn');
    expect(rung(sut.tick(6_000))).toEqual(['a2']);
  });

  it('bridges after the delay after answer, with the agent message first, then after-call work blocks offers (extendable)', () => {
    const sut = setup({ delayAfterAnswerSeconds: 2, afterCallWorkSeconds: 30 }, [{ id: 'a1' }]);
    const [first, second] = callers(2);
    sut.enqueue('q', first, 0);
    const answered = sut.offerAnswered('c1', 'a1', 5_000);
    expect(answered.map((a) => a.type)).toEqual(['agent-state', 'play-agent-message']);
    expect(sut.nextWakeAt()).toBe(7_000);
    expect(sut.tick(7_000)).toEqual([{ type: 'bridge', queueId: 'q', callerId: 'c1', agentId: 'a1' }]);

    sut.enqueue('q', second, 20_000);
    const ended = sut.hangUp('c1', 65_000);
    expect(ofType(ended, 'agent-state')).toEqual([{ type: 'agent-state', agentId: 'a1', state: 'after-call-work', pauseReason: null, at: 65_000 }]);
    expect(rung(ended)).toEqual([]);
    expect(sut.nextWakeAt()).toBe(95_000);
    sut.extendAfterCallWork('a1', 20, 80_000);
    expect(rung(sut.tick(95_000))).toEqual([]);
    expect(sut.nextWakeAt()).toBe(115_000);
    expect(rung(sut.tick(115_000))).toEqual(['a1']);
  });

  it('lets the agent end after-call work early', () => {
    const sut = setup({ afterCallWorkSeconds: 60 }, [{ id: 'a1' }]);
    sut.enqueue('q', callers(1)[0], 0);
    sut.offerAnswered('c1', 'a1', 1_000);
    sut.hangUp('c1', 10_000);
    sut.enqueue('q', callers(2)[1], 11_000);
    expect(rung(sut.finishAfterCallWork('a1', 20_000))).toEqual(['a1']);
  });

  it('rings talking members only when "ring busy agents" is on', () => {
    for (const ringBusyAgents of [false, true]) {
      const sut = setup({ ringBusyAgents }, [{ id: 'a1' }]);
      sut.enqueue('q', callers(1)[0], 0);
      sut.offerAnswered('c1', 'a1', 1_000);
      expect(rung(sut.enqueue('q', callers(2)[1], 2_000))).toEqual(ringBusyAgents ? ['a1'] : []);
    }
  });

  it('sends a caller to the exit action at max wait, withdrawing a ringing offer', () => {
    const sut = setup({ maxWaitSeconds: 60, agentRingSeconds: 90 }, [{ id: 'a1' }]);
    sut.enqueue('q', callers(1)[0], 0);
    expect(sut.nextWakeAt()).toBe(60_000);
    const actions = sut.tick(60_000);
    expect(ofType(actions, 'stop-ringing')[0].reason).toBe('caller-left');
    expect(ofType(actions, 'exit')).toEqual([{ type: 'exit', queueId: 'q', callerId: 'c1', reason: 'max-wait', route: 'exit-action' }]);
    expect(sut.agentStatus('a1').state).toBe('available');
    expect(sut.monitor('q', 60_000)).toMatchObject({ answered: 0, unanswered: 1, waiting: [] });
  });

  it('sends callers beyond max callers waiting to the full action', () => {
    const sut = setup({ maxCallersWaiting: 2 }, [{ id: 'a1' }]);
    sut.pause('a1', 'meeting', 0);
    const [c1, c2, c3] = callers(3);
    sut.enqueue('q', c1, 1);
    sut.enqueue('q', c2, 2);
    expect(sut.enqueue('q', c3, 3)).toEqual([{ type: 'exit', queueId: 'q', callerId: 'c3', reason: 'queue-full', route: 'full-action' }]);
  });

  it('follows "send when no agent is logged in": exit, or wait until a manual agent logs in', () => {
    const refuse = setup({ sendWhenNoAgentLoggedIn: false }, [{ id: 'a1', mode: 'manual' }]);
    expect(ofType(refuse.enqueue('q', callers(1)[0], 0), 'exit')[0].reason).toBe('no-agent-logged-in');

    const accept = setup({ sendWhenNoAgentLoggedIn: true }, [{ id: 'a1', mode: 'manual' }]);
    expect(accept.enqueue('q', callers(1)[0], 0).map((a) => a.type)).toEqual(['hold-with-music']);
    expect(rung(accept.login('a1', 30_000))).toEqual(['a1']);
  });

  it('lets waiting callers leave when the last agent logs out (without "send when no agent is logged in")', () => {
    const sut = setup({}, [{ id: 'a1', mode: 'manual' }]);
    sut.login('a1', 0);
    sut.pause('a1', 'break', 0);
    sut.enqueue('q', callers(1)[0], 1_000);
    expect(ofType(sut.logout('a1', 2_000), 'exit')[0].reason).toBe('no-agent-logged-in');
  });

  it('drops callers when no agent is available, if configured', () => {
    const sut = setup({ dropWhenNoAgentAvailable: true }, [{ id: 'a1' }]);
    sut.pause('a1', 'lunch', 0);
    expect(ofType(sut.enqueue('q', callers(1)[0], 0), 'exit')[0]).toMatchObject({ reason: 'no-agent-available', route: 'exit-action' });
  });

  it('rings all members at once with ring-all and hangs up the others on the first answer', () => {
    const sut = setup({ strategy: 'ring-all' }, [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'backup', level: 2 }]);
    expect(rung(sut.enqueue('q', callers(1)[0], 0))).toEqual(['a1', 'a2', 'a3']);
    const answered = sut.offerAnswered('c1', 'a2', 3_000);
    expect(ofType(answered, 'stop-ringing').map((a) => [a.agentId, a.reason])).toEqual([
      ['a1', 'answered-elsewhere'],
      ['a3', 'answered-elsewhere'],
    ]);
    expect(ofType(sut.offerAnswered('c1', 'a3', 3_100), 'stop-ringing')[0].reason).toBe('offer-withdrawn');
    expect(sut.agentStatus('a1').state).toBe('available');
  });

  it('puts a desktop agent into RONA after a missed offer; the call goes on to others and the agent gets none until available again', () => {
    const sut = setup({ agentRingSeconds: 10, pauseBetweenAgentsSeconds: 0 }, [{ id: 'desk', rona: true }, { id: 'phone', level: 2 }]);
    expect(rung(sut.enqueue('q', callers(1)[0], 0))).toEqual(['desk']);
    const timeout = sut.tick(10_000);
    expect(sut.agentStatus('desk').state).toBe('rona');
    expect(rung(timeout)).toEqual(['phone']);
    // The phone misses too: a new round rings only the phone, desk stays in RONA.
    expect(rung(sut.tick(20_000))).toEqual(['phone']);
    expect(rung(sut.resume('desk', 25_000))).toEqual([]);
    expect(rung(sut.tick(30_000))).toEqual(['desk']);
  });

  it('counts a caller hanging up while rung as unanswered and frees the member', () => {
    const sut = setup({}, [{ id: 'a1' }]);
    sut.enqueue('q', callers(1)[0], 0);
    expect(ofType(sut.hangUp('c1', 5_000), 'stop-ringing')[0].reason).toBe('caller-left');
    expect(sut.agentStatus('a1').state).toBe('available');
    expect(sut.monitor('q', 5_000)).toMatchObject({ unanswered: 1, maxWaitSeconds: 5 });
    expect(sut.hangUp('c1', 6_000)).toEqual([]);
  });

  it('withdraws the offer when the rung agent logs out and rings the next after the pause', () => {
    const sut = setup({ pauseBetweenAgentsSeconds: 2 }, [{ id: 'a1', mode: 'manual' }, { id: 'a2' }]);
    sut.login('a1', 0);
    expect(rung(sut.enqueue('q', callers(1)[0], 0))).toEqual(['a1']);
    expect(ofType(sut.logout('a1', 1_000), 'stop-ringing')[0].reason).toBe('agent-logged-out');
    expect(rung(sut.tick(3_000))).toEqual(['a2']);
  });

  it('announces position and the rounded average wait to waiting callers', () => {
    const sut = setup({ announcePosition: true, announceAverageWait: true, averageWaitRoundingSeconds: 10, announcementEverySeconds: 30 }, [{ id: 'a1' }]);
    const [c1, c2, c3] = callers(3);
    sut.enqueue('q', c1, 0);
    sut.offerAnswered('c1', 'a1', 12_000);
    sut.enqueue('q', c2, 30_000);
    sut.enqueue('q', c3, 31_000);
    const announced = ofType(sut.tick(61_000), 'announce');
    expect(announced.map((a) => [a.callerId, a.announcement])).toEqual([
      ['c2', { kind: 'position', position: 1 }],
      ['c2', { kind: 'average-wait', seconds: 10 }],
      ['c3', { kind: 'position', position: 2 }],
      ['c3', { kind: 'average-wait', seconds: 10 }],
    ]);
  });

  it('gives a shared agent (CC-3) to the queue whose caller waits longest', () => {
    const sut = setup({}, [{ id: 'shared' }]);
    sut.upsertQueue('sales', resolveQueueSettings({ maxWaitSeconds: 0 }), 0);
    sut.setMember('sales', 'shared', 1, 0);
    sut.pause('shared', 'brief', 0);
    sut.enqueue('sales', { callerId: 's1', number: '+481' }, 1_000);
    sut.enqueue('q', { callerId: 'q1', number: '+482' }, 2_000);
    expect(ofType(sut.resume('shared', 5_000), 'ring-agent').map((a) => [a.queueId, a.callerId])).toEqual([['sales', 's1']]);
  });

  it('reports CC-6 agent figures: status, level, answered calls, last call', () => {
    const sut = setup({ afterCallWorkSeconds: 10 }, [{ id: 'a1', level: 1 }, { id: 'a2', level: 3 }]);
    sut.pause('a2', 'training', 0);
    sut.enqueue('q', callers(1)[0], 0);
    sut.offerAnswered('c1', 'a1', 4_000);
    const monitor = sut.monitor('q', 5_000);
    expect(monitor.agents).toEqual([
      { agentId: 'a1', level: 1, status: 'busy', state: 'engaged', stateSince: 4_000, pauseReason: null, answered: 1, lastCallAt: 4_000 },
      { agentId: 'a2', level: 3, status: 'pause', state: 'paused', stateSince: 0, pauseReason: 'training', answered: 0, lastCallAt: null },
    ]);
    expect(monitor).toMatchObject({ answered: 1, averageWaitSeconds: 4, slaShare: 1 });
  });

  it('rejects an invalid agent action without losing the timer actions that ran before it', () => {
    const sut = setup({ afterCallWorkSeconds: 10 }, [{ id: 'a1' }, { id: 'a2' }]);
    sut.enqueue('q', callers(1)[0], 0);
    sut.offerAnswered('c1', 'a1', 1_000);
    sut.hangUp('c1', 2_000);
    sut.enqueue('q', callers(2)[1], 3_000);
    sut.offerAnswered('c2', 'a2', 4_000);
    expect(() => sut.logout('a2', 12_000)).toThrow(AgentTransitionError);
    expect(ofType(sut.tick(12_000), 'agent-state')).toEqual([{ type: 'agent-state', agentId: 'a1', state: 'available', pauseReason: null, at: 12_000 }]);
  });
});

describe('re-adopted callers', () => {
  it('keep their place by the time they first joined, not the time they were re-queued', () => {
    const sut = setup({ sendWhenNoAgentLoggedIn: true }, [{ id: 'a1', mode: 'manual' }]);
    sut.enqueue('q', { callerId: 'late', number: '1' }, 10_000);
    sut.enqueue('q', { callerId: 'early', number: '2', enqueuedAt: 2_000 }, 10_500);
    expect(sut.positionOf('early')).toBe(1);
    expect(sut.positionOf('late')).toBe(2);
    const actions = sut.login('a1', 11_000);
    expect(ofType(actions, 'ring-agent').map((a) => a.callerId)).toEqual(['early']);
  });
});
