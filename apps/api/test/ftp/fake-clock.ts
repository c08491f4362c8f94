import { Clock } from '../../src/common/time/clock';

/** A clock the test moves by hand (DESIGN.md: time is injected). */
export class FakeClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}
