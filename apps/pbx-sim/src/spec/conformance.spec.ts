// The served spec must be a subset of Asterisk's: same operations, parameters (name, type,
// place, required-ness) and model fields (type, required-ness).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPbxSim } from '../index';
import { describeWithShared, SHARED_ARI_DIR } from '../test/shared-dir';
import { RESOURCES } from './resources';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function asterisk(name: string): Json {
  return JSON.parse(readFileSync(join(SHARED_ARI_DIR, 'api-docs', `${name}.json`), 'utf8')) as Json;
}

describeWithShared('served spec conforms to Asterisk ARI', () => {
  it.each(RESOURCES.map((r) => r.name))('%s: operations, parameters and models exist in Asterisk with the same types', (name) => {
    const ours = RESOURCES.find((r) => r.name === name)!;
    const theirs = asterisk(name);
    const problems: string[] = [];
    for (const a of ours.apis) {
      const ta = (theirs['apis'] as Json[]).find((x) => x['path'] === a.path);
      if (!ta) {
        problems.push(`path ${a.path} missing`);
        continue;
      }
      for (const o of a.operations) {
        const to = (ta['operations'] as Json[]).find((x) => x['httpMethod'] === o.httpMethod && x['nickname'] === o.nickname);
        if (!to) {
          problems.push(`${o.httpMethod} ${a.path} ${o.nickname} missing`);
          continue;
        }
        if (to['responseClass'] !== o.responseClass) problems.push(`${o.nickname} responseClass ${o.responseClass} vs ${to['responseClass']}`);
        for (const p of o.parameters) {
          const tp = ((to['parameters'] ?? []) as Json[]).find((x) => x['name'] === p.name);
          if (!tp) problems.push(`${o.nickname}.${p.name} missing`);
          else if (tp['dataType'] !== p.dataType || tp['paramType'] !== p.paramType || !!tp['required'] !== p.required) {
            problems.push(`${o.nickname}.${p.name}: ${p.paramType}/${p.dataType}/${p.required} vs ${tp['paramType']}/${tp['dataType']}/${!!tp['required']}`);
          }
        }
      }
    }
    for (const m of ours.models) {
      const tm = (theirs['models'] as Json)[m.id] as Json | undefined;
      if (!tm) {
        problems.push(`model ${m.id} missing`);
        continue;
      }
      for (const [field, prop] of Object.entries(m.properties)) {
        const tp = (tm['properties'] as Json)[field] as Json | undefined;
        if (!tp) problems.push(`${m.id}.${field} missing`);
        else if (tp['type'] !== prop.type || !!tp['required'] !== prop.required) {
          problems.push(`${m.id}.${field}: ${prop.type}/${prop.required} vs ${tp['type']}/${!!tp['required']}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('serves the same documents over HTTP', async () => {
    const sim = await startPbxSim({ port: 0 });
    try {
      const listing = (await (await fetch(`${sim.ariUrl}/api-docs/resources.json`)).json()) as Json;
      expect(listing['basePath']).toBe(sim.ariUrl);
      for (const api of listing['apis'] as Json[]) {
        const doc = (await (await fetch(`${sim.ariUrl}${String(api['path']).replace('{format}', 'json')}`)).json()) as Json;
        expect(doc['swaggerVersion']).toBe('1.1');
        expect(RESOURCES.map((r) => `/api-docs/${r.name}.{format}`)).toContain(doc['resourcePath']);
      }
    } finally {
      await sim.close();
    }
  });
});
