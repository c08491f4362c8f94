// The simulated world's data: phones (PJSIP endpoints of phone accounts), external numbers
// and named behaviour profiles. Calls placed in this world go through SimControl.
import { DEFAULT_PROFILES } from './profiles';
import type { NumberBehaviour, PhoneBehaviour } from './profiles';

export interface Phone extends PhoneBehaviour {
  login: string;
}

export class World {
  readonly phones = new Map<string, Phone>();
  readonly numbers = new Map<string, NumberBehaviour & { profile?: string }>();
  readonly profiles = new Map<string, NumberBehaviour>(Object.entries(DEFAULT_PROFILES));
  defaultProfile = 'human';

  upsertPhone(login: string, patch: Partial<PhoneBehaviour> = {}): Phone {
    const cur: Phone = this.phones.get(login) ?? {
      login,
      registered: true,
      answerAfterSeconds: 2,
      hangupAfterSeconds: null,
      busy: false,
    };
    const next = { ...cur, ...patch, login };
    this.phones.set(login, next);
    return next;
  }

  removePhone(login: string): boolean {
    return this.phones.delete(login);
  }

  setNumber(number: string, behaviour: NumberBehaviour & { profile?: string }): void {
    if (behaviour.profile && !this.profiles.has(behaviour.profile)) throw new Error(`Unknown profile ${behaviour.profile}`);
    this.numbers.set(number, behaviour);
  }

  setProfile(name: string, behaviour: NumberBehaviour): void {
    this.profiles.set(name, behaviour);
  }

  /** A number's behaviour: its own fields over its profile over the default profile. */
  behaviourOf(number: string): NumberBehaviour {
    const own = this.numbers.get(number);
    const base = this.profiles.get(own?.profile ?? this.defaultProfile) ?? {};
    if (!own) return base;
    const { profile: _profile, ...rest } = own;
    return { ...base, ...rest };
  }
}
