// Asterisk-style identifiers: unique ids are `<epoch seconds>.<counter>`, channel names
// carry an 8-digit hex sequence shared by all technologies.
export class IdGenerator {
  private uniqueSeq = 0;
  private nameSeq = 0;
  private readonly epoch: number;

  constructor(epochMs: number) {
    this.epoch = Math.floor(epochMs / 1000);
  }

  uniqueId(): string {
    return `${this.epoch}.${this.uniqueSeq++}`;
  }

  nameSuffix(): string {
    return (this.nameSeq++).toString(16).padStart(8, '0');
  }

  uuid(prng: () => number): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(prng() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(prng() * 4)]}${hex(3)}-${hex(12)}`;
  }
}
