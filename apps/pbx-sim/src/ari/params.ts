// Reads an operation's parameters from path, query string and JSON body (Asterisk accepts
// any parameter in either), converts them to their declared types and checks required ones.
import type { Request } from 'express';
import type { OperationSpec } from '../spec/dsl';
import { AriError } from './errors';
import type { Params } from './handler';

const TRUE = new Set(['yes', 'true', 'y', 't', '1', 'on']);

function convert(value: unknown, dataType: string): unknown {
  if (Array.isArray(value)) value = value.join(',');
  switch (dataType) {
    case 'int':
    case 'long': {
      if (typeof value === 'number') return Math.trunc(value);
      const n = parseInt(String(value), 10);
      return Number.isNaN(n) ? 0 : n;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : TRUE.has(String(value).toLowerCase());
    case 'containers':
    case 'object':
      if (typeof value === 'string') {
        try {
          return JSON.parse(value);
        } catch {
          throw new AriError(400, `Invalid ${dataType} value`);
        }
      }
      return value;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

export function readParams(req: Request, operation: OperationSpec): Params {
  const query = req.query as Record<string, unknown>;
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
  const out: Params = {};
  for (const p of operation.parameters) {
    let raw: unknown;
    if (p.paramType === 'path') raw = req.params[p.name];
    else raw = body[p.name] ?? query[p.name];
    if (raw === undefined || raw === '') {
      if (p.required && p.paramType !== 'path' && !(p.name === 'endpoint' && operation.nickname.startsWith('originate')) && !(p.name === 'endpoint' && operation.nickname === 'create')) {
        throw new AriError(400, `Missing parameter ${p.name}`);
      }
      continue;
    }
    out[p.name] = convert(raw, p.dataType);
  }
  return out;
}
