// Shared types of ARI route handlers: parameters in, a status and body (or a file) out.
import type { Pbx } from '../engine/pbx';
import type { EventBus } from '../events/event-bus';
import type { World } from '../world/world';

export type Params = Record<string, unknown>;

export interface Reply {
  status: number;
  body?: unknown;
  file?: Buffer;
  contentType?: string;
}

export interface AriContext {
  pbx: Pbx;
  bus: EventBus;
  world: World;
  startedAt: number;
  soundDurations: Record<string, number>;
}

export type Handler = (p: Params, ctx: AriContext) => Reply;
export type HandlerTable = Record<string, Handler>;

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const noContent = (): Reply => ({ status: 204 });

export const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
export const num = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));
