import { QueueSettingsDto } from '@pbx/contracts';

export type SettingKey = keyof QueueSettingsDto;

/** One CC-4 setting in the form; ranges as in QueueSettingsDto. */
export type SettingField =
  | { key: SettingKey; type: 'number'; min: number; max: number; unit?: 'seconds' }
  | { key: SettingKey; type: 'toggle' }
  | { key: SettingKey; type: 'select'; options: readonly (string | number)[]; optionI18n?: string; unit?: 'seconds' };

export interface SettingGroup {
  titleKey: string;
  fields: SettingField[];
}

/** The 17 CC-4 settings, grouped as a caller meets them: waiting, distribution to agents, announcements. */
export const SETTING_GROUPS: readonly SettingGroup[] = [
  {
    titleKey: 'queues.settingGroups.waiting',
    fields: [
      { key: 'maxWaitSeconds', type: 'number', min: 0, max: 86400, unit: 'seconds' },
      { key: 'maxCallersWaiting', type: 'number', min: 0, max: 10000 },
      { key: 'slaSeconds', type: 'number', min: 1, max: 3600, unit: 'seconds' },
      { key: 'sendWhenNoAgentLoggedIn', type: 'toggle' },
      { key: 'dropWhenNoAgentAvailable', type: 'toggle' },
    ],
  },
  {
    titleKey: 'queues.settingGroups.distribution',
    fields: [
      { key: 'strategy', type: 'select', options: ['random', 'ring-all', 'least-recent', 'fewest-calls'], optionI18n: 'queues.strategies' },
      { key: 'ringBusyAgents', type: 'toggle' },
      { key: 'agentRingSeconds', type: 'number', min: 5, max: 300, unit: 'seconds' },
      { key: 'pauseBetweenAgentsSeconds', type: 'number', min: 0, max: 300, unit: 'seconds' },
      { key: 'afterCallWorkSeconds', type: 'number', min: 0, max: 3600, unit: 'seconds' },
      { key: 'delayAfterAnswerSeconds', type: 'number', min: 0, max: 60, unit: 'seconds' },
    ],
  },
  {
    titleKey: 'queues.settingGroups.announcements',
    fields: [
      { key: 'announceAverageWait', type: 'toggle' },
      { key: 'averageWaitRoundingSeconds', type: 'select', options: [5, 10, 15, 30, 60], unit: 'seconds' },
      { key: 'announcePosition', type: 'toggle' },
      { key: 'positionAnnouncementLimit', type: 'number', min: 0, max: 1000 },
      { key: 'announcementEverySeconds', type: 'number', min: 10, max: 3600, unit: 'seconds' },
      { key: 'campaignMessageEverySeconds', type: 'number', min: 0, max: 3600, unit: 'seconds' },
    ],
  },
];
