import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { trunkEndpointId } from '../src/modules/pjsip/pjsip-ids';
import { PS_AOR_COLUMNS, PS_AUTH_COLUMNS, PS_ENDPOINT_COLUMNS, PjsipRealtimeService } from '../src/modules/pjsip/pjsip-realtime.service';
import { PjsipModule } from '../src/modules/pjsip/pjsip.module';

/** Asterisk's own schema of the realtime tables, as the alembic scripts define it. */
interface ColumnSpec {
  name: string;
  type: string;
  nullable: boolean;
  pg_enum?: boolean;
}
interface ColumnsJson {
  enum_types: Record<string, { values: string[] }>;
  tables: Record<string, { columns: ColumnSpec[] }>;
}
const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../asterisk/realtime/ps-tables.columns.json'), 'utf8'),
) as ColumnsJson;

/** Why a value would not fit the column as Asterisk defines it; null when it fits. */
function refusal(table: string, column: string, value: unknown): string | null {
  const spec = schema.tables[table]?.columns.find((c) => c.name === column);
  if (!spec) {
    return `${table}.${column}: no such column in Asterisk's schema`;
  }
  if (value === null) {
    return spec.nullable ? null : `${table}.${column}: NULL in a NOT NULL column`;
  }
  const enumType = schema.enum_types[spec.type];
  if (enumType) {
    return enumType.values.includes(String(value)) ? null : `${table}.${column}: ${String(value)} is not in ${spec.type}`;
  }
  const varchar = /^varchar\((\d+)\)$/.exec(spec.type);
  if (varchar) {
    return typeof value === 'string' && Array.from(value).length <= Number(varchar[1])
      ? null
      : `${table}.${column}: ${JSON.stringify(value)} does not fit ${spec.type}`;
  }
  if (spec.type === 'integer' || spec.type === 'bigint') {
    return Number.isInteger(Number(value)) ? null : `${table}.${column}: ${String(value)} is not an integer`;
  }
  if (spec.type === 'double precision') {
    return Number.isFinite(Number(value)) ? null : `${table}.${column}: ${String(value)} is not a number`;
  }
  return spec.type === 'text' && typeof value === 'string' ? null : `${table}.${column}: unexpected ${spec.type}`;
}

/** Every non-NULL column of the row exists in Asterisk's schema and holds a value its type accepts. */
function refusals(table: string, row: Record<string, unknown>): string[] {
  return Object.entries(row)
    .filter(([, value]) => value !== null)
    .map(([column, value]) => refusal(table, column, value))
    .filter((r): r is string => r !== null);
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** A random account code, so parallel test files never share realtime ids. */
function accountCode(): string {
  return String(randomInt(100000, 1000000));
}

describe('PJSIP realtime rows', () => {
  let context: INestApplicationContext;
  let pjsip: PjsipRealtimeService;
  let db: DataSource;

  beforeAll(async () => {
    // Until AppModule imports PjsipModule, the service runs in a module of its own on the run's database.
    context = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot(dataSourceOptions(process.env['DATABASE_URL'] as string)), PjsipModule],
    }).compile();
    await context.init();
    pjsip = context.get(PjsipRealtimeService);
    db = context.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => context.close());

  async function rows(id: string) {
    const [endpoint] = await db.query(`SELECT * FROM ps_endpoints WHERE id = $1`, [id]);
    const [auth] = await db.query(`SELECT * FROM ps_auths WHERE id = $1`, [id]);
    const [aor] = await db.query(`SELECT * FROM ps_aors WHERE id = $1`, [id]);
    return { endpoint, auth, aor };
  }

  async function provision() {
    const code = accountCode();
    const sipLogin = `${code}100`;
    const sipPassword = `pw-${randomUUID()}`;
    const trunkId = trunkEndpointId(code, randomUUID());
    await pjsip.syncPhoneAccount({
      sipLogin,
      sipPassword,
      name: 'Anna "Boss" <Kowalska-Wiśniewska> z działu obsługi klienta',
      accountCode: code,
    });
    await pjsip.syncTrunk({
      endpointId: trunkId,
      host: 'sip.carrier.example',
      port: 5060,
      transport: 'udp',
      username: 'acme',
      password: 'trunk-secret-1',
      callerId: '48221234567',
    });
    return { code, sipLogin, sipPassword, trunkId };
  }

  it('writes only columns of Asterisk schema, with values their types accept', async () => {
    for (const [table, columns] of [
      ['ps_endpoints', PS_ENDPOINT_COLUMNS],
      ['ps_auths', PS_AUTH_COLUMNS],
      ['ps_aors', PS_AOR_COLUMNS],
    ] as const) {
      const known = new Set(schema.tables[table].columns.map((c) => c.name));
      expect(columns.filter((c) => !known.has(c))).toEqual([]);
    }

    const { code, sipLogin, trunkId } = await provision();
    const phone = await rows(sipLogin);
    const trunk = await rows(trunkId);
    for (const [table, row] of [
      ['ps_endpoints', phone.endpoint],
      ['ps_auths', phone.auth],
      ['ps_aors', phone.aor],
      ['ps_endpoints', trunk.endpoint],
      ['ps_auths', trunk.auth],
      ['ps_aors', trunk.aor],
    ] as const) {
      expect(row).toBeDefined();
      expect(refusals(table, row)).toEqual([]);
    }

    expect(phone.endpoint).toMatchObject({
      transport: 'transport-udp',
      aors: sipLogin,
      auth: sipLogin,
      outbound_auth: null,
      context: 'from-phones',
      disallow: 'all',
      allow: 'alaw,ulaw',
      direct_media: 'no',
      dtmf_mode: 'rfc4733',
      rtp_symmetric: 'yes',
      force_rport: 'yes',
      rewrite_contact: 'yes',
      accountcode: code,
    });
    // The name is cut to fit varchar(40) and loses the characters that would break the quoting.
    expect(phone.endpoint.callerid).toMatch(/^"Anna Boss Kowalska[^"<>]*" <100>$/);
    expect(phone.aor).toMatchObject({ contact: null, max_contacts: 1, remove_existing: 'yes', qualify_frequency: 60 });

    expect(trunk.endpoint).toMatchObject({
      transport: 'transport-udp',
      aors: trunkId,
      auth: null,
      outbound_auth: trunkId,
      context: 'from-trunk',
      callerid: null,
      from_user: 'acme',
      from_domain: 'sip.carrier.example',
      identify_by: 'ip',
      accountcode: code,
    });
    expect(trunk.auth).toMatchObject({ auth_type: 'userpass', username: 'acme', password: 'trunk-secret-1', md5_cred: null });
    expect(trunk.aor).toMatchObject({ contact: 'sip:sip.carrier.example:5060', max_contacts: 0, qualify_frequency: 0 });
  });

  it('stores the digest hash of a phone password, never the password', async () => {
    const { sipLogin, sipPassword } = await provision();
    const { auth } = await rows(sipLogin);
    expect(auth).toMatchObject({ auth_type: 'md5', username: sipLogin, realm: 'asterisk', password: null });
    expect(auth.md5_cred).toBe(md5(`${sipLogin}:asterisk:${sipPassword}`));
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ps_auths WHERE $1 IN (password, md5_cred, username)`, [
      sipPassword,
    ]);
    expect(count).toBe(0);
    expect(JSON.stringify(auth)).not.toContain(sipPassword);
  });

  it("answers Asterisk's static-contact query with the trunk's aor", async () => {
    const { sipLogin, trunkId } = await provision();
    const result: Array<{ id: string; contact: string }> = await db.query(`SELECT * FROM ps_aors WHERE contact != '' ORDER BY contact`);
    expect(result.find((r) => r.id === trunkId)?.contact).toBe('sip:sip.carrier.example:5060');
    expect(result.some((r) => r.id === sipLogin)).toBe(false);
    const contacts = result.map((r) => r.contact);
    expect(contacts).toEqual([...contacts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('accepts the ps_contacts row Asterisk inserts on REGISTER, booleans as true/false', async () => {
    const { sipLogin } = await provision();
    const contactId = `${sipLogin};@${md5(sipLogin).slice(0, 32)}`;
    const expires = Math.floor(Date.now() / 1000) + 3600;
    // res_config_pgsql sends every value as a quoted literal; PostgreSQL casts it to the column type.
    const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;
    const values: Record<string, string> = {
      id: contactId,
      uri: `sip:${sipLogin}@192.0.2.10:5060;transport=udp`,
      expiration_time: String(expires),
      qualify_frequency: '60',
      qualify_timeout: '3.000000',
      qualify_2xx_only: 'false',
      authenticate_qualify: 'false',
      prune_on_boot: 'false',
      path: '',
      outbound_proxy: '',
      user_agent: 'Yealink SIP-T46U 108.86.0.20',
      reg_server: '',
      via_addr: '192.0.2.10',
      via_port: '5060',
      call_id: `${randomUUID()}@192.0.2.10`,
      endpoint: sipLogin,
    };
    await db.query(
      `INSERT INTO ps_contacts (${Object.keys(values).join(', ')}) VALUES (${Object.values(values).map(literal).join(', ')})`,
    );
    await db.query(
      `UPDATE ps_contacts SET expiration_time = ${literal(String(expires + 60))}, prune_on_boot = 'true' WHERE id = ${literal(contactId)}`,
    );
    const [stored] = await db.query(`SELECT * FROM ps_contacts WHERE id = $1`, [contactId]);
    expect(stored).toMatchObject({
      endpoint: sipLogin,
      prune_on_boot: 'true',
      qualify_2xx_only: 'false',
      expiration_time: String(expires + 60),
    });
    expect(refusals('ps_contacts', stored)).toEqual([]);

    // Removing the endpoint leaves Asterisk's contact rows to Asterisk.
    await pjsip.removeEndpoint(sipLogin);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ps_contacts WHERE id = $1`, [contactId]);
    expect(count).toBe(1);
    await db.query(`DELETE FROM ps_contacts WHERE id = $1`, [contactId]);
  });

  it('removes the endpoint, auth and aor of an id and nothing else', async () => {
    const { sipLogin, trunkId } = await provision();
    await pjsip.removeEndpoint(sipLogin);
    await pjsip.removeEndpoint(trunkId);
    for (const table of ['ps_endpoints', 'ps_auths', 'ps_aors']) {
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table} WHERE id = ANY($1)`, [[sipLogin, trunkId]]);
      expect({ table, count }).toEqual({ table, count: 0 });
    }
    const other = await provision();
    expect((await rows(other.sipLogin)).endpoint).toBeDefined();
  });

  it('updates in place: a trunk without credentials loses its outbound auth, a TCP trunk says so in its contact', async () => {
    const { trunkId, sipLogin } = await provision();
    await pjsip.syncTrunk({
      endpointId: trunkId,
      host: 'pbx.customer.example',
      port: 5080,
      transport: 'tcp',
      username: null,
      password: null,
      callerId: null,
    });
    const trunk = await rows(trunkId);
    expect(trunk.auth).toBeUndefined();
    expect(trunk.endpoint).toMatchObject({
      transport: 'transport-tcp',
      outbound_auth: null,
      from_user: null,
      from_domain: 'pbx.customer.example',
    });
    expect(trunk.aor.contact).toBe('sip:pbx.customer.example:5080;transport=tcp');

    const update = { sipLogin, sipPassword: 'new-password', name: 'Recepcja', extension: '205', accountCode: sipLogin.slice(0, 6) };
    await pjsip.syncPhoneAccount(update);
    const phone = await rows(sipLogin);
    expect(phone.endpoint.callerid).toBe('"Recepcja" <205>');
    expect(phone.auth.md5_cred).toBe(md5(`${sipLogin}:asterisk:new-password`));
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ps_endpoints WHERE id = $1`, [sipLogin]);
    expect(count).toBe(1);
  });

  it("joins the caller's transaction: a rollback leaves no rows", async () => {
    const code = accountCode();
    const sipLogin = `${code}100`;
    const trunkId = trunkEndpointId(code, randomUUID());
    await expect(
      db.transaction(async (manager) => {
        await pjsip.syncPhoneAccount({ sipLogin, sipPassword: 'x-password', name: 'Rolled back', accountCode: code }, manager);
        await pjsip.syncTrunk(
          { endpointId: trunkId, host: 'sip.carrier.example', port: 5060, transport: 'udp', username: 'u', password: 'p', callerId: null },
          manager,
        );
        throw new Error('the phone account insert failed');
      }),
    ).rejects.toThrow('the phone account insert failed');
    expect(await rows(sipLogin)).toEqual({ endpoint: undefined, auth: undefined, aor: undefined });
    expect(await rows(trunkId)).toEqual({ endpoint: undefined, auth: undefined, aor: undefined });
  });

  it('refuses values the columns cannot hold instead of cutting credentials', async () => {
    const trunkId = trunkEndpointId(accountCode(), randomUUID());
    const carrier = { host: 'sip.carrier.example', port: 5060, transport: 'udp', username: null, password: null, callerId: null };
    await expect(
      pjsip.syncTrunk({ ...carrier, endpointId: trunkId, username: 'u'.repeat(41), password: 'p' }),
    ).rejects.toThrow('username: at most 40 characters');
    await expect(
      pjsip.syncTrunk({ ...carrier, endpointId: trunkId, transport: 'sctp' }),
    ).rejects.toThrow('transport');
    expect(await rows(trunkId)).toEqual({ endpoint: undefined, auth: undefined, aor: undefined });
  });

  it("has a checker that refuses what Asterisk's schema refuses", () => {
    expect(refusal('ps_endpoints', 'direct_media', 'maybe')).not.toBeNull();
    expect(refusal('ps_endpoints', 'callerid', 'x'.repeat(41))).not.toBeNull();
    expect(refusal('ps_endpoints', 'no_such_option', 'yes')).not.toBeNull();
    expect(refusal('ps_aors', 'max_contacts', '1.5')).not.toBeNull();
    expect(refusal('ps_endpoints', 'direct_media', 'no')).toBeNull();
  });

  it('names trunk endpoints by account code and trunk id', () => {
    expect(trunkEndpointId('123456', '0f8e2a4c-1111-4222-8333-444455556666')).toBe('123456-trunk-0f8e2a4c-1111-4222-8333-444455556666');
  });
});
