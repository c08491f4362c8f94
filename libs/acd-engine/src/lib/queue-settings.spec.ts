import { DEFAULT_QUEUE_SETTINGS, QueueSettings, resolveQueueSettings, validateQueueSettings } from './queue-settings';

describe('queue settings (CC-4)', () => {
  it('fills missing fields with defaults that validate', () => {
    const settings = resolveQueueSettings({ strategy: 'random', maxWaitSeconds: undefined });
    expect(settings.strategy).toBe('random');
    expect(settings.maxWaitSeconds).toBe(DEFAULT_QUEUE_SETTINGS.maxWaitSeconds);
    expect(validateQueueSettings(settings)).toEqual([]);
  });

  it('names every wrong field', () => {
    const bad = {
      ...DEFAULT_QUEUE_SETTINGS,
      strategy: 'round-robin',
      averageWaitRoundingSeconds: 20,
      agentRingSeconds: 0,
      maxWaitSeconds: 1.5,
      ringBusyAgents: 'yes',
    } as unknown as QueueSettings;
    expect(validateQueueSettings(bad).map((error) => error.field).sort()).toEqual(
      ['agentRingSeconds', 'averageWaitRoundingSeconds', 'maxWaitSeconds', 'ringBusyAgents', 'strategy'].sort(),
    );
  });

  it('needs a period when position or wait is announced', () => {
    const errors = validateQueueSettings(resolveQueueSettings({ announcePosition: true, announcementEverySeconds: 0 }));
    expect(errors).toEqual([{ field: 'announcementEverySeconds', message: expect.any(String) }]);
    expect(validateQueueSettings(resolveQueueSettings({ announcementEverySeconds: 0 }))).toEqual([]);
  });
});
