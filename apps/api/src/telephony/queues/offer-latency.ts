import { Injectable } from '@nestjs/common';

/**
 * Issue 5, item 9: from an agent freeing up to the next offer it gets, in ms, measured in
 * the engine's process (the benchmark reads it).
 */
@Injectable()
export class OfferLatency {
  private readonly freedAt = new Map<string, number>();
  private samples: number[] = [];

  agentFreed(agentId: string): void {
    this.freedAt.set(agentId, performance.now());
  }

  offered(agentId: string): void {
    const at = this.freedAt.get(agentId);
    if (at !== undefined) {
      this.freedAt.delete(agentId);
      this.samples.push(performance.now() - at);
    }
  }

  take(): number[] {
    const samples = this.samples;
    this.samples = [];
    return samples;
  }
}
