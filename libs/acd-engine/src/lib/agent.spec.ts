import { AgentStatus, AgentTransitionError, applyAgentEvent, canApplyAgentEvent, initialAgentStatus, ringTargetOf } from './agent';

describe('agent state machine (AGD-1, CC-6)', () => {
  const available = initialAgentStatus(true, 0);

  it('walks an offer through answer, after-call work (extended) and back to available', () => {
    let status: AgentStatus = applyAgentEvent(available, { type: 'offer', callerId: 'c1' }, 1_000);
    expect(status).toMatchObject({ state: 'ringing', since: 1_000, offerCallerId: 'c1' });
    status = applyAgentEvent(status, { type: 'answer', callerId: 'c1' }, 3_000);
    expect(status).toMatchObject({ state: 'engaged', activeCallerIds: ['c1'], offerCallerId: null });
    status = applyAgentEvent(status, { type: 'end-call', callerId: 'c1', afterCallWorkSeconds: 30 }, 60_000);
    expect(status).toMatchObject({ state: 'after-call-work', afterCallWorkUntil: 90_000, lastCallEndedAt: 60_000 });
    status = applyAgentEvent(status, { type: 'extend-after-call-work', seconds: 15 }, 70_000);
    expect(status.afterCallWorkUntil).toBe(105_000);
    status = applyAgentEvent(status, { type: 'finish-after-call-work' }, 105_000);
    expect(status).toMatchObject({ state: 'available', since: 105_000, afterCallWorkUntil: null });
  });

  it('goes to RONA on a missed offer when asked, and only resume leaves it', () => {
    const ringing = applyAgentEvent(available, { type: 'offer', callerId: 'c1' }, 0);
    const rona = applyAgentEvent(ringing, { type: 'miss', callerId: 'c1', rona: true }, 15_000);
    expect(rona.state).toBe('rona');
    expect(canApplyAgentEvent(rona, { type: 'offer', callerId: 'c2' })).toBe(false);
    expect(applyAgentEvent(rona, { type: 'resume' }, 20_000).state).toBe('available');
    expect(applyAgentEvent(ringing, { type: 'miss', callerId: 'c1', rona: false }, 15_000).state).toBe('available');
  });

  it('keeps pause reasons and rejects invalid transitions', () => {
    const paused = applyAgentEvent(available, { type: 'pause', reason: 'lunch' }, 5);
    expect(paused).toMatchObject({ state: 'paused', pauseReason: 'lunch' });
    expect(() => applyAgentEvent(paused, { type: 'offer', callerId: 'c1' }, 6)).toThrow(AgentTransitionError);
    expect(() => applyAgentEvent(available, { type: 'login' }, 6)).toThrow(AgentTransitionError);
    expect(() => applyAgentEvent(available, { type: 'answer', callerId: 'c1' }, 6)).toThrow(/no offer of c1/);
    const engaged = applyAgentEvent(applyAgentEvent(available, { type: 'offer', callerId: 'c1' }, 0), { type: 'answer', callerId: 'c1' }, 1);
    expect(() => applyAgentEvent(engaged, { type: 'logout' }, 2)).toThrow(AgentTransitionError);
    expect(() => applyAgentEvent(engaged, { type: 'pause', reason: 'x' }, 2)).toThrow(AgentTransitionError);
    expect(applyAgentEvent(paused, { type: 'logout' }, 7)).toMatchObject({ state: 'logged-out', loggedInAt: null, pauseReason: null });
  });

  it('lets a talking agent take a second, call-waiting offer', () => {
    const engaged = applyAgentEvent(applyAgentEvent(available, { type: 'offer', callerId: 'c1' }, 0), { type: 'answer', callerId: 'c1' }, 1);
    const offered = applyAgentEvent(engaged, { type: 'offer', callerId: 'c2' }, 2);
    expect(offered).toMatchObject({ state: 'engaged', offerCallerId: 'c2', since: 1 });
    const both = applyAgentEvent(offered, { type: 'answer', callerId: 'c2' }, 3);
    expect(both.activeCallerIds).toEqual(['c1', 'c2']);
    expect(applyAgentEvent(both, { type: 'end-call', callerId: 'c1', afterCallWorkSeconds: 10 }, 4).state).toBe('engaged');
  });

  it('rings the phone account before the external number', () => {
    expect(ringTargetOf({ agentId: 'a', phoneAccount: '1001', externalNumber: '+48600', loginMode: 'manual' })).toEqual({ kind: 'phone-account', sipLogin: '1001' });
    expect(ringTargetOf({ agentId: 'a', externalNumber: '+48600', loginMode: 'manual' })).toEqual({ kind: 'external-number', number: '+48600' });
  });
});
