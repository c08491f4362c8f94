import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Account, CreateAccountDto, SessionUser, UpdateAccountDto, UserRole } from '@pbx/contracts';
import { DataSource, In, Repository } from 'typeorm';
import { PasswordHasher } from '../../common/crypto/password-hasher.service';
import { AuditService } from '../audit/audit.service';
import { AccountServiceEntity } from '../services/account-service.entity';
import { UserEntity } from '../users/user.entity';
import { AccountEntity } from './account.entity';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectRepository(AccountServiceEntity) private readonly services: Repository<AccountServiceEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Account[]> {
    const rows = await this.accounts.find({ order: { name: 'ASC' } });
    return this.present(rows);
  }

  async get(id: string): Promise<Account> {
    const row = await this.accounts.findOne({ where: { id } });
    if (!row) {
      throw new NotFoundException('Account not found');
    }
    const [account] = await this.present([row]);
    return account;
  }

  /** Support creates an account together with its first admin, in one transaction. */
  async create(actor: SessionUser, dto: CreateAccountDto): Promise<Account> {
    const adminEmail = dto.adminEmail.trim().toLowerCase();
    const passwordHash = await this.hasher.hash(dto.adminPassword);
    const id = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email: adminEmail })) {
        throw new ConflictException(`adminEmail: ${adminEmail} is already a user of the platform`);
      }
      const [{ code }] = await manager.query<Array<{ code: string }>>(`SELECT nextval('account_code_seq')::text AS code`);
      const account = await manager.save(
        AccountEntity,
        manager.create(AccountEntity, { name: dto.name.trim(), timeZone: dto.timeZone ?? 'Europe/Warsaw', code }),
      );
      await manager.insert(UserEntity, { accountId: account.id, email: adminEmail, passwordHash, role: UserRole.CustomerAdmin });
      await this.audit.record(actor, account.id, 'account.created', { name: account.name, adminEmail }, manager);
      return account.id;
    });
    return this.get(id);
  }

  async update(actor: SessionUser, id: string, dto: UpdateAccountDto): Promise<Account> {
    await this.get(id);
    const changes = { ...(dto.name !== undefined && { name: dto.name.trim() }), ...(dto.timeZone !== undefined && { timeZone: dto.timeZone }) };
    await this.accounts.update({ id }, changes);
    await this.audit.record(actor, id, 'account.updated', changes);
    return this.get(id);
  }

  private async present(rows: AccountEntity[]): Promise<Account[]> {
    const active = rows.length
      ? await this.services.find({ where: { accountId: In(rows.map((r) => r.id)), active: true }, order: { kind: 'ASC' } })
      : [];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      timeZone: row.timeZone,
      createdAt: row.createdAt.toISOString(),
      activeServices: active.filter((s) => s.accountId === row.id).map((s) => s.kind),
    }));
  }
}
