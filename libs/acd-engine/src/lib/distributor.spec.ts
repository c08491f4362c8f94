import { admitCaller, CallerView, planDistribution } from './distributor';
import { MemberView } from './queue-member';
import { QueueSettings, resolveQueueSettings } from './queue-settings';
import { createSeededRandom } from './random-source';

const member = (agentId: string, level = 1, changes: Partial<MemberView> = {}): MemberView => ({
  agentId,
  level,
  state: 'available',
  hasOffer: false,
  activeCallCount: 0,
  answeredCount: 0,
  lastCallEndedAt: null,
  afterCallWorkUntil: null,
  ...changes,
});

const caller = (callerId: string, enqueuedAt: number, changes: Partial<CallerView> = {}): CallerView => ({
  callerId,
  enqueuedAt,
  priority: 0,
  ringingAgentIds: [],
  ringUntil: null,
  nextOfferAt: enqueuedAt,
  triedAgentIds: [],
  ...changes,
});

const plan = (settings: Partial<QueueSettings>, now: number, callers: CallerView[], members: MemberView[]) =>
  planDistribution({ settings: resolveQueueSettings(settings), now, callers, members, random: createSeededRandom(9) });

describe('distributor', () => {
  describe('admission (CC-4)', () => {
    const settings = (changes: Partial<QueueSettings>) => resolveQueueSettings(changes);
    const talking = member('a', 1, { state: 'engaged', activeCallCount: 1 });

    it('sends a caller beyond max callers waiting to the full action', () => {
      expect(admitCaller(settings({ maxCallersWaiting: 2 }), [member('a')], 2)).toBe('queue-full');
      expect(admitCaller(settings({ maxCallersWaiting: 2 }), [member('a')], 1)).toBeNull();
      expect(admitCaller(settings({ maxCallersWaiting: 0 }), [member('a')], 10_000)).toBeNull();
    });

    it('queues callers while nobody is logged in only when told to, whatever "drop" says', () => {
      const loggedOut = [member('a', 1, { state: 'logged-out' })];
      expect(admitCaller(settings({ sendWhenNoAgentLoggedIn: false }), loggedOut, 0)).toBe('no-agent-logged-in');
      expect(admitCaller(settings({ sendWhenNoAgentLoggedIn: true, dropWhenNoAgentAvailable: true }), loggedOut, 0)).toBeNull();
    });

    it('drops when members are logged in but none is free, counting talking ones as free only with ring-busy', () => {
      expect(admitCaller(settings({ dropWhenNoAgentAvailable: true }), [talking], 0)).toBe('no-agent-available');
      expect(admitCaller(settings({ dropWhenNoAgentAvailable: true, ringBusyAgents: true }), [talking], 0)).toBeNull();
      expect(admitCaller(settings({ dropWhenNoAgentAvailable: false }), [talking], 0)).toBeNull();
    });
  });

  it('serves callers by priority, then first come first served', () => {
    const result = plan({ strategy: 'least-recent' }, 10_000, [caller('late', 5_000), caller('early', 1_000), caller('vip', 8_000, { priority: 5 })], [member('a'), member('b')]);
    expect(result.offers.map((offer) => offer.callerId)).toEqual(['vip', 'early']);
    expect(result.offers[0]).toEqual({ callerId: 'vip', agentIds: ['a'], ringUntil: 25_000, newRound: false });
  });

  it('rings busy members only when allowed', () => {
    const members = [member('busy', 1, { state: 'engaged', activeCallCount: 1 }), member('paused', 1, { state: 'paused' })];
    expect(plan({ ringBusyAgents: false }, 0, [caller('c', 0)], members).offers).toEqual([]);
    expect(plan({ ringBusyAgents: true }, 0, [caller('c', 0)], members).offers.map((o) => o.agentIds)).toEqual([['busy']]);
  });

  it('skips members already tried this round, then starts a new round', () => {
    const members = [member('a'), member('b')];
    expect(plan({}, 0, [caller('c', 0, { triedAgentIds: ['a'] })], members).offers[0]).toMatchObject({ agentIds: ['b'], newRound: false });
    expect(plan({}, 0, [caller('c', 0, { triedAgentIds: ['a', 'b'] })], members).offers[0]).toMatchObject({ agentIds: ['a'], newRound: true });
  });

  it('holds a free member for the first caller during its pause between agents and wakes at the pause end', () => {
    const result = plan({ maxWaitSeconds: 0 }, 10_000, [caller('first', 0, { nextOfferAt: 12_000 }), caller('second', 5_000)], [member('a')]);
    expect(result.offers).toEqual([]);
    expect(result.wakeAt).toBe(12_000);
  });

  it('ring-all offers every free member of the lowest level at once', () => {
    const members = [member('a', 1), member('b', 1), member('c', 2), member('d', 1, { state: 'paused' })];
    expect(plan({ strategy: 'ring-all' }, 0, [caller('c1', 0)], members).offers[0].agentIds).toEqual(['a', 'b']);
    expect(plan({ strategy: 'ring-all' }, 0, [caller('c1', 0)], [members[2], members[3]]).offers[0].agentIds).toEqual(['c']);
  });

  it('sends callers to the exit action at max wait, and wakes for the next deadline', () => {
    const result = plan({ maxWaitSeconds: 60 }, 60_000, [caller('old', 0), caller('new', 30_000)], [member('a', 1, { state: 'paused' })]);
    expect(result.exits).toEqual([{ callerId: 'old', reason: 'max-wait' }]);
    expect(result.wakeAt).toBe(90_000);
  });

  it('lets waiting callers leave when the last member logs out and queueing without agents is off', () => {
    const loggedOut = [member('a', 1, { state: 'logged-out' })];
    expect(plan({ sendWhenNoAgentLoggedIn: false }, 1_000, [caller('c', 0)], loggedOut).exits).toEqual([{ callerId: 'c', reason: 'no-agent-logged-in' }]);
    expect(plan({ sendWhenNoAgentLoggedIn: true }, 1_000, [caller('c', 0)], loggedOut).exits).toEqual([]);
  });

  it('wakes when after-call work ends if a caller waits for a member', () => {
    const result = plan({ maxWaitSeconds: 0 }, 1_000, [caller('c', 0)], [member('a', 1, { state: 'after-call-work', afterCallWorkUntil: 8_000 })]);
    expect(result).toEqual({ offers: [], exits: [], wakeAt: 8_000 });
  });
});
