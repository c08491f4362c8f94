import { AccountEntity } from '../modules/accounts/account.entity';
import { CallRecordEntity } from '../modules/calls/call-record.entity';
import { AuditLogEntryEntity } from '../modules/audit/audit-log-entry.entity';
import { NumberingZoneEntity } from '../modules/numbers/numbering-zone.entity';
import { PhoneNumberEntity } from '../modules/numbers/phone-number.entity';
import { RecordingEntity } from '../modules/recordings/recording.entity';
import { CallListEntity } from '../modules/call-lists/call-list.entity';
import { AgentEntity } from '../modules/agents/agent.entity';
import { QueueEntity } from '../modules/queues/queue.entity';
import { QueueMemberEntity } from '../modules/queues/queue-member.entity';
import { RecordingFtpSettingsEntity } from '../modules/recording-upload/recording-ftp-settings.entity';
import { RecordingUploadRunEntity } from '../modules/recording-upload/recording-upload-run.entity';
import { PhoneAccountEntity } from '../modules/phone-accounts/phone-account.entity';
import { AccountServiceEntity } from '../modules/services/account-service.entity';
import { TrunkEntity } from '../modules/trunks/trunk.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed so the CLI data source and the app see the same set. */
export const ENTITIES = [
  AccountEntity,
  UserEntity,
  AccountServiceEntity,
  AuditLogEntryEntity,
  NumberingZoneEntity,
  PhoneNumberEntity,
  TrunkEntity,
  PhoneAccountEntity,
  CallRecordEntity,
  RecordingEntity,
  CallListEntity,
  RecordingFtpSettingsEntity,
  RecordingUploadRunEntity,
  AgentEntity,
  QueueEntity,
  QueueMemberEntity,
];
