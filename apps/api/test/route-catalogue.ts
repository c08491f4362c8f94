import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { API_PREFIX, UserRole } from '@pbx/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '../src/common/auth/access.decorators';

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** e.g. /api/phone-accounts/:id */
  path: string;
  isPublic: boolean;
  roles: UserRole[];
}

/** Every route the app serves, read from Nest's own metadata, so new routes are included. */
export function routeCatalogue(app: INestApplication): RouteInfo[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
    if (!controller || !wrapper.instance) {
      continue;
    }
    const base = normalise(Reflect.getMetadata(PATH_METADATA, controller));
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, (...args: unknown[]) => unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) {
        continue;
      }
      const sub = normalise(Reflect.getMetadata(PATH_METADATA, handler));
      const targets = [handler, controller];
      routes.push({
        method: RequestMethod[requestMethod] as RouteInfo['method'],
        path: ['', API_PREFIX, base, sub].filter((part, i) => i === 0 || part).join('/'),
        isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        roles: reflector.getAllAndOverride<UserRole[]>(ROLES_KEY, targets) ?? [],
      });
    }
  }
  return routes;
}

function normalise(path: string | string[] | undefined): string {
  const value = Array.isArray(path) ? path[0] : path;
  return (value ?? '').replace(/^\/+|\/+$/g, '');
}
