import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Environment } from '../../config/environment';

const VERSION = 'v1';

/**
 * Encrypts secrets customers give us (SIP, trunk and FTP passwords) with AES-256-GCM,
 * so a database dump alone does not reveal them. Format: v1.<iv>.<tag>.<ciphertext>.
 */
@Injectable()
export class SecretBox {
  private readonly key: Buffer;

  constructor(env: Environment) {
    this.key = createHash('sha256').update(env.SECRETS_KEY).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || data === undefined) {
      throw new Error('Unknown secret format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
