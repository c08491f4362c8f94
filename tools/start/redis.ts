import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { startProcess } from './processes';

const LOCAL_PORT = 6380;

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** REDIS_URL (or the default local Redis) when it answers; otherwise a local redis-server. */
export async function resolveRedis(root: string): Promise<string> {
  const candidate = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  if (await answers(candidate)) {
    console.error(`Redis: ${candidate}`);
    return candidate;
  }
  if (!hasRedisServer()) {
    if (process.getuid?.() !== 0) {
      throw new Error('No Redis answers and redis-server is not installed: install it (Debian: apt-get install redis-server) or set REDIS_URL');
    }
    console.error('Installing Debian redis-server');
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], { stdio: 'inherit' });
  }
  const dir = join(root, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  startProcess('redis', 'redis-server', ['--port', String(LOCAL_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);
  const url = `redis://127.0.0.1:${LOCAL_PORT}`;
  for (let i = 0; i < 20 && !(await answers(url)); i += 1) {
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`Redis: local redis-server on 127.0.0.1:${LOCAL_PORT}`);
  return url;
}

