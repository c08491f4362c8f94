import { Injectable, NotFoundException } from '@nestjs/common';
import { NumberTargetType } from '@pbx/contracts';

/** Finds the names of an account's targets of one type; absent ids are not in the map. */
export type NumberTargetResolver = (accountId: string, ids: string[]) => Promise<Map<string, string>>;

/**
 * ACC-3: what a number can point to. Each feature (phone accounts now; IVR, queues,
 * conferences, campaigns later) registers its resolver, so numbers need not know them.
 */
@Injectable()
export class NumberTargetRegistry {
  private readonly resolvers = new Map<NumberTargetType, NumberTargetResolver>();

  register(type: NumberTargetType, resolver: NumberTargetResolver): void {
    this.resolvers.set(type, resolver);
  }

  /** The target's name; 404 when it is not the account's, exactly as when it does not exist. */
  async nameOf(accountId: string, type: NumberTargetType, id: string): Promise<string> {
    const name = (await this.namesOf(accountId, type, [id])).get(id);
    if (name === undefined) {
      throw new NotFoundException(`targetId: no ${type} with this id`);
    }
    return name;
  }

  async namesOf(accountId: string, type: NumberTargetType, ids: string[]): Promise<Map<string, string>> {
    const resolver = this.resolvers.get(type);
    if (!resolver) {
      throw new NotFoundException(`targetType: ${type} is not available yet`);
    }
    return ids.length ? resolver(accountId, ids) : new Map();
  }
}
