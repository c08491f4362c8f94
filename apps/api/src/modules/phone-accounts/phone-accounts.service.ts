import { ConflictException, Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CreatePhoneAccountDto,
  NumberTargetType,
  PhoneAccount,
  SessionUser,
  SipCredentials,
  UpdatePhoneAccountDto,
} from '@pbx/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.service';
import { Environment } from '../../config/environment';
import { AccountEntity } from '../accounts/account.entity';
import { AuditService } from '../audit/audit.service';
import { NumberTargetRegistry } from '../numbers/number-target.registry';
import { NumbersService } from '../numbers/numbers.service';
import { PjsipRealtimeService } from '../pjsip/pjsip-realtime.service';
import { TrunksService } from '../trunks/trunks.service';
import { PhoneAccountEntity } from './phone-account.entity';
import { generateSipPassword, nextExtension } from './sip-password.util';

@Injectable()
export class PhoneAccountsService implements OnModuleInit {
  constructor(
    @InjectRepository(PhoneAccountEntity) private readonly phoneAccounts: Repository<PhoneAccountEntity>,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly trunks: TrunksService,
    private readonly numbers: NumbersService,
    private readonly targets: NumberTargetRegistry,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    private readonly env: Environment,
    private readonly pjsip: PjsipRealtimeService,
  ) {}

  onModuleInit(): void {
    this.targets.register(NumberTargetType.PhoneAccount, async (accountId, ids) => {
      const rows = await this.phoneAccounts.find({ where: { accountId, id: In(ids) }, select: { id: true, name: true } });
      return new Map(rows.map((r) => [r.id, r.name]));
    });
  }

  async list(accountId: string): Promise<PhoneAccount[]> {
    const rows = await this.phoneAccounts.find({ where: { accountId }, order: { extension: 'ASC' } });
    return rows.map(present);
  }

  async get(accountId: string, id: string): Promise<PhoneAccount> {
    return present(await this.find(accountId, id));
  }

  async create(actor: SessionUser, accountId: string, dto: CreatePhoneAccountDto): Promise<PhoneAccount> {
    if (dto.trunkId) {
      await this.trunks.find(accountId, dto.trunkId);
    }
    const taken = await this.phoneAccounts.find({ where: { accountId }, select: { extension: true } });
    const extension = dto.extension ?? nextExtension(taken.map((p) => p.extension));
    if (taken.some((p) => p.extension === extension)) {
      throw new ConflictException(`extension: ${extension} is already used in your account`);
    }
    const code = await this.accountCode(accountId);
    const sipPassword = generateSipPassword();
    // The phone and its Asterisk endpoint are written together or not at all.
    const row = await this.phoneAccounts.manager.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(PhoneAccountEntity, {
          accountId,
          name: dto.name.trim(),
          extension,
          sipLogin: `${code}${extension}`,
          sipPasswordSealed: this.secrets.seal(sipPassword),
          recordingEnabled: dto.recordingEnabled ?? false,
          trunkId: dto.trunkId ?? null,
        }),
      );
      await this.syncEndpoint(saved, code, manager);
      return saved;
    });
    await this.audit.record(actor, accountId, 'phone-account.created', { id: row.id, name: row.name, sipLogin: row.sipLogin });
    return present(row);
  }

  async update(actor: SessionUser, accountId: string, id: string, dto: UpdatePhoneAccountDto): Promise<PhoneAccount> {
    const row = await this.find(accountId, id);
    if (dto.trunkId) {
      await this.trunks.find(accountId, dto.trunkId);
    }
    if (dto.extension && dto.extension !== row.extension && (await this.phoneAccounts.existsBy({ accountId, extension: dto.extension }))) {
      throw new ConflictException(`extension: ${dto.extension} is already used in your account`);
    }
    const code = await this.accountCode(accountId);
    await this.phoneAccounts.manager.transaction(async (manager) => {
      await manager.update(PhoneAccountEntity, { id, accountId }, { ...dto, ...(dto.name !== undefined && { name: dto.name.trim() }) });
      await this.syncEndpoint(await manager.findOneByOrFail(PhoneAccountEntity, { id, accountId }), code, manager);
    });
    await this.audit.record(actor, accountId, 'phone-account.updated', { id, ...dto });
    return this.get(accountId, id);
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const row = await this.find(accountId, id);
    await this.numbers.detachTarget(accountId, NumberTargetType.PhoneAccount, id);
    await this.phoneAccounts.manager.transaction(async (manager) => {
      await manager.delete(PhoneAccountEntity, { id, accountId });
      await this.pjsip.removeEndpoint(row.sipLogin, manager);
    });
    await this.audit.record(actor, accountId, 'phone-account.deleted', { id, name: row.name, sipLogin: row.sipLogin });
  }

  /** ACC-3: the SIP password is shown to the customer admin only when asked, and audited. */
  async credentials(actor: SessionUser, accountId: string, id: string): Promise<SipCredentials> {
    const row = await this.find(accountId, id);
    await this.audit.record(actor, accountId, 'phone-account.password-shown', { id, sipLogin: row.sipLogin });
    return { sipLogin: row.sipLogin, sipPassword: this.secrets.open(row.sipPasswordSealed), registrar: this.env.SIP_REGISTRAR };
  }

  private async accountCode(accountId: string): Promise<string> {
    return (await this.accounts.findOneOrFail({ where: { id: accountId }, select: { code: true } })).code;
  }

  /** The realtime rows Asterisk registers this phone with (ps_endpoints, ps_auths, ps_aors). */
  private syncEndpoint(row: PhoneAccountEntity, accountCode: string, manager: EntityManager): Promise<void> {
    return this.pjsip.syncPhoneAccount(
      { sipLogin: row.sipLogin, sipPassword: this.secrets.open(row.sipPasswordSealed), name: row.name, extension: row.extension, accountCode },
      manager,
    );
  }

  private async find(accountId: string, id: string): Promise<PhoneAccountEntity> {
    const row = await this.phoneAccounts.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Phone account not found');
    }
    return row;
  }
}

function present(row: PhoneAccountEntity): PhoneAccount {
  return {
    id: row.id,
    name: row.name,
    extension: row.extension,
    sipLogin: row.sipLogin,
    recordingEnabled: row.recordingEnabled,
    trunkId: row.trunkId,
    createdAt: row.createdAt.toISOString(),
  };
}
