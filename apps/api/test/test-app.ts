import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { UserRole } from '@pbx/contracts';
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { seedDemoNumberPool } from '../src/database/seed/number-pool.seed';

/** The real application on the run's fresh database, as main.ts configures it. */
export async function createTestApp(): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }));
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await seedDemoNumberPool(dataSource);
  return new TestApp(app, dataSource);
}

export interface Session {
  token: string;
  email: string;
  accountId: string | null;
}

export class TestApp {
  constructor(
    readonly app: INestApplication,
    readonly dataSource: DataSource,
  ) {}

  http() {
    return request(this.app.getHttpServer());
  }

  /** A request authorised as the session's user. */
  as(session: Session) {
    const server = this.app.getHttpServer();
    const auth = { Authorization: `Bearer ${session.token}` };
    return {
      get: (url: string) => request(server).get(url).set(auth),
      post: (url: string) => request(server).post(url).set(auth),
      patch: (url: string) => request(server).patch(url).set(auth),
      put: (url: string) => request(server).put(url).set(auth),
      delete: (url: string) => request(server).delete(url).set(auth),
    };
  }

  async login(email: string, password: string): Promise<Session> {
    const response = await this.http().post('/api/auth/login').send({ email, password }).expect(200);
    const me = await request(this.app.getHttpServer())
      .get('/api/auth/me')
      .set({ Authorization: `Bearer ${response.body.accessToken}` })
      .expect(200);
    return { token: response.body.accessToken, email, accountId: me.body.accountId };
  }

  /** Support staff are made directly: no API creates them. */
  async supportSession(): Promise<Session> {
    const email = `support-${randomUUID()}@test.local`;
    await this.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)`, [
      email,
      await argon2.hash('support-password', { type: argon2.argon2id }),
      UserRole.Support,
    ]);
    return this.login(email, 'support-password');
  }

  /** A new account made through the support API, and its admin's session. */
  async customerSession(support: Session, name = `Customer ${randomUUID().slice(0, 8)}`): Promise<Session> {
    const adminEmail = `admin-${randomUUID()}@test.local`;
    await this.as(support).post('/api/accounts').send({ name, adminEmail, adminPassword: 'admin-password' }).expect(201);
    return this.login(adminEmail, 'admin-password');
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
