// /endpoints, /asterisk, /applications and /sounds.
import { asteriskTime } from '../time/scheduler';
import { ASTERISK_ID } from '../events/event-bus';
import { AriError } from './errors';
import type { AriContext, HandlerTable } from './handler';
import { ok, str } from './handler';

function endpointJson(ctx: AriContext, login: string, online: boolean) {
  return {
    technology: 'PJSIP',
    resource: login,
    state: online ? 'online' : 'offline',
    channel_ids: [...(ctx.pbx.endpointChannels.get(`PJSIP/${login}`) ?? [])],
  };
}

function endpointList(ctx: AriContext) {
  return [...ctx.world.phones.values()].map((p) => endpointJson(ctx, p.login, p.registered));
}

function appJson(ctx: AriContext, name: string) {
  const channelIds: string[] = [];
  for (const ch of ctx.pbx.channels.values()) if (ch.explicitApps.has(name) || ch.stasisApp === name) channelIds.push(ch.id);
  const bridgeIds = [...ctx.pbx.bridges.values()].filter((b) => b.explicitApps.has(name)).map((b) => b.id);
  return { name, channel_ids: channelIds, bridge_ids: bridgeIds, endpoint_ids: [], device_names: [], events_allowed: [], events_disallowed: [] };
}

function registeredApp(ctx: AriContext, name: string): string {
  if (!ctx.bus.isRegistered(name)) throw new AriError(404, 'Application not found');
  return name;
}

function eventSource(ctx: AriContext, source: string): { explicitApps: Set<string> } {
  const [scheme, ...rest] = source.split(':');
  const id = rest.join(':');
  if (scheme === 'channel') {
    const ch = ctx.pbx.channels.get(id);
    if (!ch) throw new AriError(422, 'Unable to find event source');
    return ch;
  }
  if (scheme === 'bridge') {
    const b = ctx.pbx.bridges.get(id);
    if (!b) throw new AriError(422, 'Unable to find event source');
    return b;
  }
  throw new AriError(400, `Invalid event source URI scheme '${scheme}'`);
}

export const systemHandlers: HandlerTable = {
  'endpoints.list': (_p, ctx) => ok(endpointList(ctx)),
  'endpoints.listByTech': (p, ctx) => {
    const tech = str(p['tech']) as string;
    if (tech.toUpperCase() !== 'PJSIP') throw new AriError(404, `No Endpoints found - invalid tech ${tech}`);
    return ok(endpointList(ctx));
  },
  'endpoints.get': (p, ctx) => {
    const phone = ctx.world.phones.get(str(p['resource']) as string);
    if (str(p['tech'])?.toUpperCase() !== 'PJSIP' || !phone) throw new AriError(404, 'Endpoint not found');
    return ok(endpointJson(ctx, phone.login, phone.registered));
  },
  'asterisk.getInfo': (p, ctx) => {
    const info: Record<string, unknown> = {
      build: { os: 'Linux', kernel: 'pbx-sim', machine: 'x86_64', options: '', date: asteriskTime(ctx.startedAt), user: 'pbx-sim' },
      system: { version: '22.0.0-pbx-sim', entity_id: ASTERISK_ID },
      config: { name: '', default_language: 'en', setid: { user: '', group: '' } },
      status: { startup_time: asteriskTime(ctx.startedAt), last_reload_time: asteriskTime(ctx.startedAt) },
    };
    const only = str(p['only']);
    if (!only) return ok(info);
    return ok(Object.fromEntries(only.split(',').filter((k) => k in info).map((k) => [k, info[k]])));
  },
  'asterisk.ping': (_p, ctx) => ok({ asterisk_id: ASTERISK_ID, ping: 'pong', timestamp: asteriskTime(ctx.pbx.sched.now()) }),
  'applications.list': (_p, ctx) => ok(ctx.bus.apps().map((a) => appJson(ctx, a))),
  'applications.get': (p, ctx) => ok(appJson(ctx, registeredApp(ctx, str(p['applicationName']) as string))),
  'applications.subscribe': (p, ctx) => {
    const app = registeredApp(ctx, str(p['applicationName']) as string);
    eventSource(ctx, str(p['eventSource']) as string).explicitApps.add(app);
    return ok(appJson(ctx, app));
  },
  'applications.unsubscribe': (p, ctx) => {
    const app = registeredApp(ctx, str(p['applicationName']) as string);
    const src = eventSource(ctx, str(p['eventSource']) as string);
    if (!src.explicitApps.delete(app)) throw new AriError(409, 'Application not subscribed to event source');
    return ok(appJson(ctx, app));
  },
  'sounds.list': (_p, ctx) => ok(Object.keys(ctx.soundDurations).map((id) => ({ id, text: '', formats: [{ language: 'en', format: 'gsm' }] }))),
  'sounds.get': (p, ctx) => {
    const id = str(p['soundId']) as string;
    if (!(id in ctx.soundDurations)) throw new AriError(404, 'Sound not found');
    return ok({ id, text: '', formats: [{ language: 'en', format: 'gsm' }] });
  },
};
