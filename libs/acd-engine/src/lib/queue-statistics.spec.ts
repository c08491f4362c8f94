import { QueueStatistics } from './queue-statistics';

describe(QueueStatistics.name, () => {
  it('computes the CC-6 figures and the SLA share over answered and unanswered calls', () => {
    const sut = new QueueStatistics(20);
    sut.recordEnqueued('c1', '+481', 0);
    sut.recordEnqueued('c2', '+482', 0);
    sut.recordEnqueued('c3', '+483', 0);
    sut.recordEnqueued('c4', '+484', 50_000);
    sut.recordAnswered('c1', 'a1', 10_000);
    sut.recordAnswered('c2', 'a2', 30_000);
    sut.recordUnanswered('c3', 45_000);
    sut.recordCallEnded('c1', 70_000);
    sut.recordCallEnded('c2', 130_000);

    expect(sut.figures(60_000)).toEqual({
      answered: 2,
      unanswered: 1,
      waiting: [{ callerId: 'c4', number: '+484', waitSeconds: 10 }],
      averageWaitSeconds: 20,
      maxWaitSeconds: 45,
      longestWaitingNowSeconds: 10,
      averageTalkSeconds: 80,
      slaSeconds: 20,
      slaShare: 1 / 3,
    });
    expect(sut.agentFigures('a2')).toEqual({ answered: 1, lastCallAt: 30_000 });
    expect(sut.agentFigures('nobody')).toEqual({ answered: 0, lastCallAt: null });
  });

  it('counts an answer exactly at the SLA limit as within it, and reports nothing before the first call', () => {
    const sut = new QueueStatistics(15);
    expect(sut.figures(0)).toMatchObject({ slaShare: null, averageWaitSeconds: null, maxWaitSeconds: null, averageTalkSeconds: null });
    sut.recordEnqueued('c1', '+481', 0);
    sut.recordAnswered('c1', 'a1', 15_000);
    expect(sut.figures(15_000).slaShare).toBe(1);
  });
});
