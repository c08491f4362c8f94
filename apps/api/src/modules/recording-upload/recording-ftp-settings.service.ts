import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FtpConnectionTestResult, RecordingFtpSettings, SaveRecordingFtpSettingsDto, SessionUser, TestRecordingFtpSettingsDto } from '@pbx/contracts';
import { Repository } from 'typeorm';
import { SecretBox } from '../../common/crypto/secret-box.service';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { testFtpConnection } from './ftp-connection-test';
import { FtpServer } from './ftp-server';
import { RecordingFtpSettingsEntity } from './recording-ftp-settings.entity';

/** An account's FTP target with the password opened, for the upload worker. */
export interface FtpTarget {
  server: FtpServer;
  baseFolder: string;
}

@Injectable()
export class RecordingFtpSettingsService {
  constructor(
    @InjectRepository(RecordingFtpSettingsEntity) private readonly settings: Repository<RecordingFtpSettingsEntity>,
    private readonly secrets: SecretBox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(accountId: string): Promise<RecordingFtpSettings> {
    const row = await this.settings.findOneBy({ accountId });
    if (!row) {
      throw new NotFoundException('No FTP server is configured for recordings');
    }
    return present(row);
  }

  async save(actor: SessionUser, accountId: string, dto: SaveRecordingFtpSettingsDto): Promise<RecordingFtpSettings> {
    const current = await this.settings.findOneBy({ accountId });
    if (!current && !dto.password) {
      throw new BadRequestException('password is required when the FTP server is configured the first time');
    }
    const { password, ...fields } = dto;
    const row = await this.settings.save(
      this.settings.create({
        ...current,
        accountId,
        host: fields.host,
        port: fields.port ?? 21,
        username: fields.username,
        explicitTls: fields.explicitTls ?? false,
        baseFolder: normaliseFolder(fields.baseFolder ?? '/'),
        passwordSealed: password ? this.secrets.seal(password) : current?.passwordSealed,
        updatedAt: this.clock.now(),
      }),
    );
    await this.audit.record(actor, accountId, 'recording-ftp.saved', { ...presentForAudit(row), passwordChanged: password !== undefined });
    return present(row);
  }

  async remove(actor: SessionUser, accountId: string): Promise<void> {
    const row = await this.settings.findOneBy({ accountId });
    if (!row) {
      throw new NotFoundException('No FTP server is configured for recordings');
    }
    await this.settings.delete({ accountId });
    await this.audit.record(actor, accountId, 'recording-ftp.deleted', presentForAudit(row));
  }

  /** REC-3: tests the saved settings, with any field given in the body replacing the saved one. */
  async test(actor: SessionUser, accountId: string, dto: TestRecordingFtpSettingsDto): Promise<FtpConnectionTestResult> {
    const saved = await this.settings.findOneBy({ accountId });
    const host = dto.host ?? saved?.host;
    const username = dto.username ?? saved?.username;
    const password = dto.password ?? (saved ? this.secrets.open(saved.passwordSealed) : undefined);
    if (!host || !username || !password) {
      throw new BadRequestException('Give host, username and password, or save the FTP settings first');
    }
    const server: FtpServer = { host, username, password, port: dto.port ?? saved?.port ?? 21, explicitTls: dto.explicitTls ?? saved?.explicitTls ?? false };
    const result = await testFtpConnection(server, normaliseFolder(dto.baseFolder ?? saved?.baseFolder ?? '/'));
    await this.audit.record(actor, accountId, 'recording-ftp.tested', { host, port: server.port, username, ok: result.ok, step: result.ok ? null : result.step });
    return result;
  }

  /** For the upload worker: null when the account has no FTP server configured. */
  async target(accountId: string): Promise<FtpTarget | null> {
    const row = await this.settings.findOneBy({ accountId });
    if (!row) {
      return null;
    }
    return {
      server: { host: row.host, port: row.port, username: row.username, password: this.secrets.open(row.passwordSealed), explicitTls: row.explicitTls },
      baseFolder: row.baseFolder,
    };
  }
}

function normaliseFolder(folder: string): string {
  const trimmed = folder.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function present(row: RecordingFtpSettingsEntity): RecordingFtpSettings {
  return {
    host: row.host,
    port: row.port,
    username: row.username,
    explicitTls: row.explicitTls,
    baseFolder: row.baseFolder,
    hasPassword: Boolean(row.passwordSealed),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentForAudit(row: RecordingFtpSettingsEntity): Record<string, unknown> {
  return { host: row.host, port: row.port, username: row.username, explicitTls: row.explicitTls, baseFolder: row.baseFolder };
}
