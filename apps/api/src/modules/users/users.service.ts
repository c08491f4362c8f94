import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CreateUserDto, SessionUser, UpdateUserDto, User } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { PasswordHasher } from '../../common/crypto/password-hasher.service';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from './user.entity';

/** Customer admins manage the users of their own account. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(accountId: string): Promise<User[]> {
    const rows = await this.users.find({ where: { accountId }, order: { email: 'ASC' } });
    return rows.map(present);
  }

  async create(actor: SessionUser, accountId: string, dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) {
      throw new ConflictException(`email: ${email} is already a user of the platform`);
    }
    const row = await this.users.save(
      this.users.create({ accountId, email, role: dto.role, passwordHash: await this.hasher.hash(dto.password) }),
    );
    await this.audit.record(actor, accountId, 'user.created', { email, role: dto.role });
    return present(row);
  }

  async update(actor: SessionUser, accountId: string, id: string, dto: UpdateUserDto): Promise<User> {
    const row = await this.find(accountId, id);
    if (dto.role !== undefined && row.id === actor.userId && dto.role !== row.role) {
      throw new BadRequestException('role: you cannot change your own role');
    }
    await this.users.update({ id, accountId }, { ...(dto.role !== undefined && { role: dto.role }) });
    await this.audit.record(actor, accountId, 'user.updated', { email: row.email, ...dto });
    return present(await this.find(accountId, id));
  }

  async remove(actor: SessionUser, accountId: string, id: string): Promise<void> {
    const row = await this.find(accountId, id);
    if (row.id === actor.userId) {
      throw new BadRequestException('You cannot delete yourself');
    }
    await this.users.delete({ id, accountId });
    await this.audit.record(actor, accountId, 'user.deleted', { email: row.email });
  }

  private async find(accountId: string, id: string): Promise<UserEntity> {
    const row = await this.users.findOne({ where: { id, accountId } });
    if (!row) {
      throw new NotFoundException('User not found');
    }
    return row;
  }
}

function present(row: UserEntity): User {
  return { id: row.id, email: row.email, role: row.role, accountId: row.accountId, createdAt: row.createdAt.toISOString() };
}
