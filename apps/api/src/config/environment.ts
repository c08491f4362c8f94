import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

export const ROLES = ['all', 'http', 'telephony', 'worker'] as const;
export type ProcessRole = (typeof ROLES)[number];

/**
 * The process environment, validated at boot (immich's env.dto.ts): a bad variable stops
 * the process with its name, instead of failing later in the middle of a call.
 */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(ROLES)
  ROLE: ProcessRole = 'all';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL!: string;

  @IsUrl({ protocols: ['redis'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Signs access tokens. */
  @IsString()
  @MinLength(32)
  JWT_SECRET!: string;

  /** Encrypts customers' secrets at rest (SIP and FTP passwords). */
  @IsString()
  @MinLength(32)
  SECRETS_KEY!: string;

  @IsOptional()
  @IsString()
  JWT_EXPIRES_IN = '12h';

  /** Comma-separated ARI base URLs, e.g. http://127.0.0.1:8088/ari. */
  @IsOptional()
  @IsString()
  ARI_URLS = '';

  @IsString()
  ARI_USER = 'pbx';

  @IsString()
  ARI_PASSWORD = 'pbx';

  /** Where recordings are kept on the platform (REC-5 quota storage, and until their FTP upload). */
  @IsString()
  RECORDINGS_DIR = '.data/recordings-store';

  /** Generated files customers download: call lists, reports. */
  @IsString()
  EXPORTS_DIR = '.data/exports';

  /** The SIP domain shown to customers configuring phones. */
  @IsString()
  SIP_REGISTRAR = 'sip.pbx.local';
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}
