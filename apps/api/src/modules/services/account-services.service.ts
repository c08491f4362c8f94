import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  AccountServiceState,
  ActivateServiceDto,
  RecordingStorage,
  RecordingWhenFull,
  SERVICE_KINDS,
  ServiceKind,
  ServiceOptions,
  SessionUser,
  SUPPORT_ONLY_SERVICES,
  UserRole,
} from '@pbx/contracts';
import { DataSource, Repository } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { AccountServiceEntity } from './account-service.entity';

/** Called after a service's options changed, inside nothing: the change is committed. */
export type ServiceChangeHook = (accountId: string, options: ServiceOptions | null, active: boolean) => Promise<void>;

@Injectable()
export class AccountServicesService {
  private readonly hooks = new Map<ServiceKind, ServiceChangeHook[]>();

  /** Features react to their service's changes (recording enforces a smaller quota). */
  onChange(kind: ServiceKind, hook: ServiceChangeHook): void {
    this.hooks.set(kind, [...(this.hooks.get(kind) ?? []), hook]);
  }

  constructor(
    @InjectRepository(AccountServiceEntity) private readonly services: Repository<AccountServiceEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** ACC-2: the whole catalogue, with the kinds never activated shown as off. */
  async list(accountId: string): Promise<AccountServiceState[]> {
    const rows = await this.services.find({ where: { accountId } });
    return SERVICE_KINDS.map((kind) => this.present(kind, rows.find((r) => r.kind === kind)));
  }

  async isActive(accountId: string, kind: ServiceKind): Promise<boolean> {
    return this.services.exists({ where: { accountId, kind, active: true } });
  }

  async activate(actor: SessionUser, accountId: string, kind: ServiceKind, dto: ActivateServiceDto = {}): Promise<AccountServiceState> {
    this.assertMayChange(actor, kind);
    return this.change(actor, accountId, kind, true, optionsFor(kind, dto));
  }

  /** ACC-2: deactivation keeps the service's data and its options; it only stops the service. */
  async deactivate(actor: SessionUser, accountId: string, kind: ServiceKind): Promise<AccountServiceState> {
    this.assertMayChange(actor, kind);
    return this.change(actor, accountId, kind, false, undefined);
  }

  private assertMayChange(actor: SessionUser, kind: ServiceKind): void {
    if (SUPPORT_ONLY_SERVICES.includes(kind) && actor.role !== UserRole.Support) {
      throw new ForbiddenException(
        `The ${kind} service is activated by the operator's support only: please ask support to activate it for your account`,
      );
    }
  }

  private async change(
    actor: SessionUser,
    accountId: string,
    kind: ServiceKind,
    active: boolean,
    options: ServiceOptions | undefined,
  ): Promise<AccountServiceState> {
    const row = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AccountServiceEntity);
      const current = await repository.findOne({ where: { accountId, kind }, lock: { mode: 'pessimistic_write' } });
      const next = repository.create({
        ...current,
        accountId,
        kind,
        active,
        options: options ?? current?.options ?? null,
        changedAt: this.clock.now(),
      });
      const saved = await repository.save(next);
      await this.audit.record(actor, accountId, active ? 'service.activated' : 'service.deactivated', { kind, options: saved.options }, manager);
      return saved;
    });
    for (const hook of this.hooks.get(kind) ?? []) {
      await hook(accountId, row.options, row.active);
    }
    return this.present(kind, row);
  }

  private present(kind: ServiceKind, row: AccountServiceEntity | undefined): AccountServiceState {
    return {
      kind,
      active: row?.active ?? false,
      selfService: !SUPPORT_ONLY_SERVICES.includes(kind),
      options: row?.options ?? null,
      changedAt: row?.changedAt.toISOString() ?? null,
    };
  }
}

/** REC-1: recording without options means 1 GB of platform storage. */
function optionsFor(kind: ServiceKind, dto: ActivateServiceDto): ServiceOptions | undefined {
  if (kind !== ServiceKind.Recording) {
    return undefined;
  }
  if (dto.storage === RecordingStorage.Ftp) {
    return { storage: RecordingStorage.Ftp };
  }
  return { storage: RecordingStorage.Quota, quotaGb: dto.quotaGb ?? 1, whenFull: dto.whenFull ?? RecordingWhenFull.DeleteOldest };
}
