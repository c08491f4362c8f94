import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CreateTrunkDto, SessionUser, Trunk, UpdateTrunkDto } from '@pbx/contracts';
import { EntityManager, Repository } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.service';
import { AccountEntity } from '../accounts/account.entity';
import { AuditService } from '../audit/audit.service';
import { trunkEndpointId } from '../pjsip/pjsip-ids';
import { PjsipRealtimeService } from '../pjsip/pjsip-realtime.service';
import { TrunkEntity } from './trunk.entity';

@Injectable()
export class TrunksService {
  constructor(
    @InjectRepository(TrunkEntity) private readonly trunks: Repository<TrunkEntity>,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    private readonly pjsip: PjsipRealtimeService,
  ) {}

  async list(accountId: string): Promise<Trunk[]> {
    const rows = await this.trunks.find({ where: { accountId }, order: { createdAt: 'ASC' } });
    return rows.map(present);
  }

  async get(accountId: string, id: string): Promise<Trunk> {
    return present(await this.find(accountId, id));
  }

  async create(actor: SessionUser, accountId: string, dto: CreateTrunkDto): Promise<Trunk> {
    const { password, ...fields } = dto;
    // The trunk and its Asterisk endpoint are written together or not at all.
    const row = await this.trunks.manager.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(TrunkEntity, { ...fields, accountId, passwordSealed: password ? this.secrets.seal(password) : null }),
      );
      await this.syncEndpoint(saved, manager);
      return saved;
    });
    await this.audit.record(actor, accountId, 'trunk.created', { id: row.id, name: row.name });
    return present(row);
  }

  async update(actor: SessionUser, accountId: string, id: string, dto: UpdateTrunkDto): Promise<Trunk> {
    await this.find(accountId, id);
    const { password, ...fields } = dto;
    // An empty password clears it; an absent one keeps what is stored.
    const sealed = password === undefined ? {} : { passwordSealed: password ? this.secrets.seal(password) : null };
    await this.trunks.manager.transaction(async (manager) => {
      await manager.update(TrunkEntity, { id, accountId }, { ...fields, ...sealed });
      await this.syncEndpoint(await manager.findOneByOrFail(TrunkEntity, { id, accountId }), manager);
    });
    await this.audit.record(actor, accountId, 'trunk.updated', { id, ...fields, passwordChanged: password !== undefined });
    return this.get(accountId, id);
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const row = await this.find(accountId, id);
    await this.trunks.manager.transaction(async (manager) => {
      const { code } = await manager.findOneOrFail(AccountEntity, { where: { id: accountId }, select: { code: true } });
      await manager.delete(TrunkEntity, { id, accountId });
      await this.pjsip.removeEndpoint(trunkEndpointId(code, id), manager);
    });
    await this.audit.record(actor, accountId, 'trunk.deleted', { id, name: row.name });
  }

  /** The realtime rows Asterisk reaches the carrier with. */
  private async syncEndpoint(row: TrunkEntity, manager: EntityManager): Promise<void> {
    const { code } = await manager.findOneOrFail(AccountEntity, { where: { id: row.accountId }, select: { code: true } });
    await this.pjsip.syncTrunk(
      {
        endpointId: trunkEndpointId(code, row.id),
        host: row.host,
        port: row.port,
        transport: row.transport,
        username: row.username,
        password: row.passwordSealed ? this.secrets.open(row.passwordSealed) : null,
        callerId: row.callerId,
        accountCode: code,
      },
      manager,
    );
  }

  async find(accountId: string, id: string): Promise<TrunkEntity> {
    const row = await this.trunks.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('Trunk not found');
    }
    return row;
  }
}

function present(row: TrunkEntity): Trunk {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    transport: row.transport,
    username: row.username,
    hasPassword: row.passwordSealed !== null,
    callerId: row.callerId,
    maxChannels: row.maxChannels,
    recordingEnabled: row.recordingEnabled,
    createdAt: row.createdAt.toISOString(),
  };
}
