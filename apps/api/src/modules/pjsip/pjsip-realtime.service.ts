import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isSipProtocol, PHONE_CONTEXT, PJSIP_REALM, transportName, TRUNK_CONTEXT } from './pjsip-ids';

/**
 * Columns the API writes, per realtime table. Every upsert writes all of them (NULL where a kind
 * of endpoint has no value), so a changed phone or trunk never keeps a stale option; Asterisk
 * takes its defaults for the columns not listed. Names and types: asterisk/realtime/ps-tables.columns.json.
 */
export const PS_ENDPOINT_COLUMNS = [
  'id',
  'transport',
  'aors',
  'auth',
  'outbound_auth',
  'context',
  'disallow',
  'allow',
  'direct_media',
  'dtmf_mode',
  'rtp_symmetric',
  'force_rport',
  'rewrite_contact',
  'callerid',
  'trust_id_inbound',
  'send_pai',
  'from_user',
  'from_domain',
  'identify_by',
  'accountcode',
] as const;
export const PS_AUTH_COLUMNS = ['id', 'auth_type', 'username', 'password', 'md5_cred', 'realm'] as const;
export const PS_AOR_COLUMNS = ['id', 'contact', 'max_contacts', 'remove_existing', 'qualify_frequency'] as const;

type Value = string | number | null;
type EndpointRow = Record<(typeof PS_ENDPOINT_COLUMNS)[number], Value>;
type AuthRow = Record<(typeof PS_AUTH_COLUMNS)[number], Value>;
type AorRow = Record<(typeof PS_AOR_COLUMNS)[number], Value>;
type PsTable = 'ps_endpoints' | 'ps_auths' | 'ps_aors';

/** varchar lengths of the columns above (the migration's types): longer values would fail the insert. */
const VARCHAR_LIMITS: Record<PsTable, Record<string, number>> = {
  ps_endpoints: {
    id: 255,
    transport: 40,
    aors: 2048,
    auth: 255,
    outbound_auth: 255,
    context: 40,
    disallow: 200,
    allow: 200,
    callerid: 40,
    from_user: 40,
    from_domain: 40,
    identify_by: 80,
    accountcode: 80,
  },
  ps_auths: { id: 255, username: 40, password: 80, md5_cred: 40, realm: 255 },
  ps_aors: { id: 255, contact: 255 },
};

/** Only the codecs modules.conf loads (codec_alaw, codec_ulaw); alaw first, as Polish carriers use it. */
const CODECS = 'alaw,ulaw';

export interface PjsipPhoneAccount {
  sipLogin: string;
  sipPassword: string;
  name: string;
  /** Number shown to colleagues; the extension when absent. */
  callerIdNumber?: string | null;
  /** The current extension (it may differ from the one in sipLogin after a change). */
  extension?: string | null;
  accountCode: string;
  /** udp (default) or tcp: which transport section of pjsip.conf the endpoint uses. */
  transport?: string | null;
}

export interface PjsipTrunk {
  endpointId: string;
  host: string;
  port: number;
  transport: string;
  username: string | null;
  password: string | null;
  /** Not written: the telephony code presents a caller ID per call (the phone's number or this). */
  callerId: string | null;
  /** For the CDR accountcode; the endpoint id's prefix when absent. */
  accountCode?: string;
}

/**
 * Writes the PJSIP realtime rows (ps_endpoints, ps_auths, ps_aors) Asterisk reads on every
 * REGISTER and call, from the tenant-owned phone accounts and trunks. ps_contacts is Asterisk's.
 * Every method takes the caller's EntityManager so the rows change in the same transaction.
 */
@Injectable()
export class PjsipRealtimeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async syncPhoneAccount(phone: PjsipPhoneAccount, manager?: EntityManager): Promise<void> {
    const id = phone.sipLogin;
    const protocol = phone.transport ?? 'udp';
    if (protocol !== 'udp' && protocol !== 'tcp') {
      throw new BadRequestException(`transport: a phone registers over udp or tcp, not ${protocol}`);
    }
    const extension =
      phone.extension ?? (phone.sipLogin.startsWith(phone.accountCode) ? phone.sipLogin.slice(phone.accountCode.length) : phone.sipLogin);
    const endpoint: EndpointRow = {
      id,
      transport: transportName(protocol),
      aors: id,
      auth: id,
      outbound_auth: null,
      context: PHONE_CONTEXT,
      disallow: 'all',
      allow: CODECS,
      // Media must pass Asterisk: bridges, recording and snooping happen there.
      direct_media: 'no',
      dtmf_mode: 'rfc4733',
      // Phones sit behind NAT: answer and send media where their packets come from.
      rtp_symmetric: 'yes',
      force_rport: 'yes',
      rewrite_contact: 'yes',
      callerid: callerIdString(phone.name, phone.callerIdNumber || extension),
      // A phone must not choose its own identity through P-Asserted-Identity.
      trust_id_inbound: 'no',
      send_pai: null,
      from_user: null,
      from_domain: null,
      identify_by: 'username',
      accountcode: phone.accountCode,
    };
    const auth: AuthRow = {
      id,
      auth_type: 'md5',
      username: id,
      // Asterisk only needs the digest hash; the plain password stays sealed in phone_accounts.
      password: null,
      md5_cred: md5Credential(id, phone.sipPassword),
      realm: PJSIP_REALM,
    };
    // One registered device per login; a re-registering phone replaces its old contact.
    const aor: AorRow = { id, contact: null, max_contacts: 1, remove_existing: 'yes', qualify_frequency: 60 };
    await this.run(manager, async (m) => {
      await upsert(m, 'ps_endpoints', endpoint);
      await upsert(m, 'ps_auths', auth);
      await upsert(m, 'ps_aors', aor);
    });
  }

  async syncTrunk(trunk: PjsipTrunk, manager?: EntityManager): Promise<void> {
    const id = trunk.endpointId;
    if (!isSipProtocol(trunk.transport)) {
      throw new BadRequestException(`transport: unknown SIP transport ${trunk.transport}`);
    }
    const username = trunk.username || null;
    if (username && username.length > VARCHAR_LIMITS.ps_auths['username']) {
      throw new BadRequestException(`username: at most ${VARCHAR_LIMITS.ps_auths['username']} characters`);
    }
    if (trunk.password && trunk.password.length > VARCHAR_LIMITS.ps_auths['password']) {
      throw new BadRequestException(`password: at most ${VARCHAR_LIMITS.ps_auths['password']} characters`);
    }
    const contact = `sip:${trunk.host}:${trunk.port}${trunk.transport === 'udp' ? '' : `;transport=${trunk.transport}`}`;
    if (contact.length > VARCHAR_LIMITS.ps_aors['contact']) {
      throw new BadRequestException('host: too long for a SIP contact');
    }
    const endpoint: EndpointRow = {
      id,
      transport: transportName(trunk.transport),
      aors: id,
      // The carrier does not authenticate to us: it is identified by its address.
      auth: null,
      outbound_auth: username ? id : null,
      context: TRUNK_CONTEXT,
      disallow: 'all',
      allow: CODECS,
      direct_media: 'no',
      dtmf_mode: 'rfc4733',
      // Also serves a customer's own PBX behind NAT; the carrier's Contact is kept as sent.
      rtp_symmetric: 'yes',
      force_rport: 'yes',
      rewrite_contact: 'no',
      // An endpoint callerid would overwrite the caller's number on every inbound call.
      callerid: null,
      // The carrier's P-Asserted-Identity is the caller's number when From is anonymous.
      trust_id_inbound: 'yes',
      // With from_user set to the login, the caller ID the call presents travels in PAI.
      send_pai: 'yes',
      from_user: username,
      // The carrier's domain in From when it fits the column; Asterisk's address otherwise.
      from_domain: trunk.host.length <= VARCHAR_LIMITS.ps_endpoints['from_domain'] ? trunk.host : null,
      // By IP only: nobody can reach from-trunk by putting the trunk's id in a From header.
      identify_by: 'ip',
      accountcode: trunk.accountCode ?? accountCodeOf(id),
    };
    // Static contact: Asterisk sends calls there; max_contacts 0 so nothing can register to it.
    // Not qualified: many carriers ignore OPTIONS, and an "unreachable" contact would block calls.
    const aor: AorRow = { id, contact, max_contacts: 0, remove_existing: 'no', qualify_frequency: 0 };
    await this.run(manager, async (m) => {
      await upsert(m, 'ps_endpoints', endpoint);
      await upsert(m, 'ps_aors', aor);
      if (username) {
        // Outbound auth answers the carrier's challenge, which needs the plain password: userpass.
        const auth: AuthRow = {
          id,
          auth_type: 'userpass',
          username,
          password: trunk.password ?? '',
          md5_cred: null,
          // No realm: the credentials answer whatever realm the carrier challenges with.
          realm: null,
        };
        await upsert(m, 'ps_auths', auth);
      } else {
        await m.query('DELETE FROM ps_auths WHERE id = $1', [id]);
      }
    });
  }

  /** Deletes the endpoint, auth and aor of an id; ps_contacts rows are Asterisk's to expire. */
  async removeEndpoint(id: string, manager?: EntityManager): Promise<void> {
    await this.run(manager, async (m) => {
      for (const table of ['ps_endpoints', 'ps_auths', 'ps_aors'] as const) {
        await m.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
      }
    });
  }

  /** Joins the caller's transaction, or makes one so the three rows change together. */
  private run(manager: EntityManager | undefined, work: (m: EntityManager) => Promise<void>): Promise<void> {
    return manager ? work(manager) : this.dataSource.transaction(work);
  }
}

/** The digest HA1 Asterisk compares with (auth_type=md5): md5(username:realm:password). */
export function md5Credential(username: string, password: string, realm = PJSIP_REALM): string {
  return createHash('md5').update(`${username}:${realm}:${password}`, 'utf8').digest('hex');
}

/** `"Name" <number>` within callerid's varchar(40); characters that break the quoting are dropped. */
export function callerIdString(name: string, number: string): string {
  const room = VARCHAR_LIMITS.ps_endpoints['callerid'] - number.length - '"" <>'.length;
  if (room < 0) {
    throw new BadRequestException('callerId: number too long');
  }
  const clean = name.replace(/["\\<>\u0000-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  const shown = Array.from(clean).slice(0, room).join('').trim();
  return shown ? `"${shown}" <${number}>` : `<${number}>`;
}

/** `123456-trunk-…` → `123456`. */
function accountCodeOf(endpointId: string): string {
  const dash = endpointId.indexOf('-');
  return dash > 0 ? endpointId.slice(0, dash) : endpointId;
}

/** INSERT … ON CONFLICT (id) DO UPDATE: the tables have UNIQUE (id) and no primary key. */
async function upsert(manager: EntityManager, table: PsTable, row: Record<string, Value>): Promise<void> {
  const columns = Object.keys(row);
  for (const column of columns) {
    const value = row[column];
    const limit = VARCHAR_LIMITS[table][column];
    if (typeof value === 'string' && limit !== undefined && Array.from(value).length > limit) {
      throw new BadRequestException(`${table}.${column}: at most ${limit} characters`);
    }
  }
  const names = columns.map((c) => `"${c}"`);
  const params = columns.map((_, i) => `$${i + 1}`);
  const updates = names.filter((n) => n !== '"id"').map((n) => `${n} = EXCLUDED.${n}`);
  await manager.query(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES (${params.join(', ')}) ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
    columns.map((c) => row[c]),
  );
}
