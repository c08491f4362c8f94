// A compact way to write the simulator's own Swagger 1.1 documents (the subset of ARI it serves).

export interface ParamSpec {
  name: string;
  paramType: 'query' | 'path' | 'body';
  dataType: string;
  required: boolean;
  allowMultiple: boolean;
  description?: string;
}

export interface OperationSpec {
  httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  nickname: string;
  summary: string;
  responseClass: string;
  parameters: ParamSpec[];
}

export interface ApiSpec {
  path: string;
  description: string;
  operations: OperationSpec[];
}

export interface ModelSpec {
  id: string;
  description: string;
  properties: Record<string, { type: string; required: boolean; description?: string }>;
}

export interface ResourceSpec {
  name: string;
  description: string;
  apis: ApiSpec[];
  models: ModelSpec[];
}

/** Query parameter; a trailing `!` on the type marks it required. */
export function q(name: string, type = 'string'): ParamSpec {
  const required = type.endsWith('!');
  return { name, paramType: 'query', dataType: type.replace('!', ''), required, allowMultiple: false };
}

export function path(name: string): ParamSpec {
  return { name, paramType: 'path', dataType: 'string', required: true, allowMultiple: false };
}

export function body(name: string, type = 'containers', required = false): ParamSpec {
  return { name, paramType: 'body', dataType: type, required, allowMultiple: false };
}

export function op(
  httpMethod: OperationSpec['httpMethod'],
  nickname: string,
  responseClass: string,
  summary: string,
  parameters: ParamSpec[] = [],
): OperationSpec {
  return { httpMethod, nickname, responseClass, summary, parameters };
}

export function api(p: string, description: string, ...operations: OperationSpec[]): ApiSpec {
  return { path: p, description, operations };
}

/** Model with fields written as `name: 'type'` (`type!` when required). */
export function model(id: string, description: string, fields: Record<string, string>): ModelSpec {
  const properties: ModelSpec['properties'] = {};
  for (const [k, v] of Object.entries(fields)) properties[k] = { type: v.replace('!', ''), required: v.endsWith('!') };
  return { id, description, properties };
}

/** The Swagger 1.1 API declaration ari-client (swagger-client 2.0) loads for one resource. */
export function declaration(r: ResourceSpec, basePath: string): Record<string, unknown> {
  return {
    apiVersion: '2.0.0',
    swaggerVersion: '1.1',
    basePath,
    resourcePath: `/api-docs/${r.name}.{format}`,
    apis: r.apis,
    models: Object.fromEntries(r.models.map((m) => [m.id, m])),
  };
}

export function listing(resources: ResourceSpec[], basePath: string): Record<string, unknown> {
  return {
    apiVersion: '2.0.0',
    swaggerVersion: '1.1',
    basePath,
    apis: resources.map((r) => ({ path: `/api-docs/${r.name}.{format}`, description: r.description })),
  };
}
