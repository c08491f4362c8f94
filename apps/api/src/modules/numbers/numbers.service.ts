import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AddNumberBlockDto,
  AssignNumberDto,
  NumberingZone,
  NumberStatus,
  NumberTargetType,
  PhoneNumber,
  SessionUser,
} from '@pbx/contracts';
import { Repository } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { NumberTargetRegistry } from './number-target.registry';
import { NumberingZoneEntity } from './numbering-zone.entity';
import { PhoneNumberEntity } from './phone-number.entity';

/** ACC-3: the panel offers six free numbers of a zone to pick from. */
export const OFFER_SIZE = 6;

@Injectable()
export class NumbersService {
  constructor(
    @InjectRepository(NumberingZoneEntity) private readonly zones: Repository<NumberingZoneEntity>,
    @InjectRepository(PhoneNumberEntity) private readonly numbers: Repository<PhoneNumberEntity>,
    private readonly targets: NumberTargetRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async listZones(): Promise<NumberingZone[]> {
    const rows: Array<{ id: string; area_code: string; name: string; free_count: string }> = await this.zones.query(`
      SELECT z.id, z.area_code, z.name, count(n.id) FILTER (WHERE n.status = 'free' AND NOT n.golden) AS free_count
      FROM numbering_zones z LEFT JOIN phone_numbers n ON n.zone_id = z.id
      GROUP BY z.id ORDER BY z.area_code`);
    return rows.map((r) => ({ id: r.id, areaCode: r.area_code, name: r.name, freeCount: Number(r.free_count) }));
  }

  /** A random pick, so two customers looking at once rarely see the same numbers. */
  async offer(areaCode: string, golden: boolean): Promise<PhoneNumber[]> {
    const rows = await this.numbers
      .createQueryBuilder('n')
      .innerJoinAndSelect('n.zone', 'z')
      .where('z.area_code = :areaCode AND n.status = :free AND n.golden = :golden', { areaCode, free: NumberStatus.Free, golden })
      .orderBy('random()')
      .limit(OFFER_SIZE)
      .getMany();
    return rows.map((row) => present(row, null));
  }

  /** Free numbers, or ones this account released earlier, go into the account's reserve pool. */
  async claim(actor: SessionUser, accountId: string, number: string): Promise<PhoneNumber> {
    const result = await this.numbers
      .createQueryBuilder()
      .update()
      .set({ status: NumberStatus.Reserved, accountId, releasedAt: null })
      .where(`number = :number AND (status = 'free' OR (status = 'released' AND account_id = :accountId))`, { number, accountId })
      .returning('id')
      .execute();
    const [claimed] = result.raw as Array<{ id: string }>;
    if (!claimed) {
      throw new ConflictException(`number: ${number} is not free any more; ask for a new offer`);
    }
    await this.audit.record(actor, accountId, 'number.claimed', { number });
    return this.get(accountId, claimed.id);
  }

  async list(accountId: string): Promise<PhoneNumber[]> {
    const rows = await this.numbers.find({ where: { accountId }, relations: { zone: true }, order: { number: 'ASC' } });
    return this.presentAll(accountId, rows);
  }

  async get(accountId: string, id: string): Promise<PhoneNumber> {
    const [number] = await this.presentAll(accountId, [await this.find(accountId, id)]);
    return number;
  }

  async assign(actor: SessionUser, accountId: string, id: string, dto: AssignNumberDto): Promise<PhoneNumber> {
    const row = await this.find(accountId, id);
    if (row.status === NumberStatus.Released) {
      throw new ConflictException('This number was released: claim it again first');
    }
    const targetName = await this.targets.nameOf(accountId, dto.targetType, dto.targetId);
    await this.numbers.update({ id, accountId }, { status: NumberStatus.Assigned, targetType: dto.targetType, targetId: dto.targetId });
    await this.audit.record(actor, accountId, 'number.assigned', { number: row.number, ...dto, targetName });
    return this.get(accountId, id);
  }

  async unassign(actor: SessionUser, accountId: string, id: string): Promise<PhoneNumber> {
    const row = await this.find(accountId, id);
    if (row.status === NumberStatus.Assigned) {
      await this.numbers.update({ id, accountId }, { status: NumberStatus.Reserved, targetType: null, targetId: null });
      await this.audit.record(actor, accountId, 'number.unassigned', { number: row.number });
    }
    return this.get(accountId, id);
  }

  async release(actor: SessionUser, accountId: string, id: string): Promise<PhoneNumber> {
    const row = await this.find(accountId, id);
    await this.numbers.update(
      { id, accountId },
      { status: NumberStatus.Released, targetType: null, targetId: null, releasedAt: this.clock.now() },
    );
    await this.audit.record(actor, accountId, 'number.released', { number: row.number });
    return this.get(accountId, id);
  }

  /** A deleted target leaves its numbers in the reserve pool rather than pointing nowhere. */
  async detachTarget(accountId: string, targetType: NumberTargetType, targetId: string): Promise<void> {
    await this.numbers.update(
      { accountId, targetType, targetId },
      { status: NumberStatus.Reserved, targetType: null, targetId: null },
    );
  }

  /** The number an inbound call dialled, with its target (the call router reads this). */
  async findByNumber(number: string): Promise<PhoneNumberEntity | null> {
    return this.numbers.findOne({ where: { number } });
  }

  async addBlock(actor: SessionUser, dto: AddNumberBlockDto): Promise<{ added: number }> {
    const zone = await this.zones.findOne({ where: { areaCode: dto.areaCode } });
    if (!zone) {
      throw new NotFoundException(`areaCode: no zone ${dto.areaCode}`);
    }
    const first = BigInt(dto.first);
    const values = Array.from({ length: dto.count }, (_, i) => ({
      number: (first + BigInt(i)).toString(),
      zoneId: zone.id,
      golden: dto.golden ?? false,
    }));
    const result = await this.numbers.createQueryBuilder().insert().values(values).orIgnore().execute();
    await this.audit.record(actor, null, 'number-pool.block-added', { ...dto });
    return { added: result.identifiers.filter(Boolean).length };
  }

  private async find(accountId: string, id: string): Promise<PhoneNumberEntity> {
    const row = await this.numbers.findOne({ where: { id, accountId }, relations: { zone: true } });
    if (!row) {
      throw new NotFoundException('Number not found');
    }
    return row;
  }

  private async presentAll(accountId: string, rows: PhoneNumberEntity[]): Promise<PhoneNumber[]> {
    const names = new Map<string, string>();
    for (const type of new Set(rows.map((r) => r.targetType).filter((t): t is NumberTargetType => t !== null))) {
      const ids = rows.filter((r) => r.targetType === type).map((r) => r.targetId as string);
      for (const [id, name] of await this.targets.namesOf(accountId, type, ids)) {
        names.set(id, name);
      }
    }
    return rows.map((row) => present(row, row.targetId ? (names.get(row.targetId) ?? null) : null));
  }
}

function present(row: PhoneNumberEntity, targetName: string | null): PhoneNumber {
  return {
    id: row.id,
    number: row.number,
    areaCode: row.zone?.areaCode ?? '',
    golden: row.golden,
    status: row.status,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName,
  };
}

