import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SupportOnly } from '../common/auth/access.decorators';
import { FirstCommandLatency } from './ari/first-command.latency';
import { OfferLatency } from './queues/offer-latency';

/** For the operator's benchmarks and monitoring: what this telephony process measured. */
@ApiTags('support')
@Controller('telephony/metrics')
@SupportOnly()
export class TelephonyMetricsController {
  constructor(
    private readonly latency: FirstCommandLatency,
    private readonly offers: OfferLatency,
  ) {}

  /** StasisStart-to-first-request latencies (ms) since the last take. */
  @Post('first-command/take')
  @HttpCode(HttpStatus.OK)
  takeFirstCommand(): { samplesMs: number[] } {
    return { samplesMs: this.latency.take() };
  }

  /** Agent-freed-to-next-offer latencies (ms) since the last take. */
  @Post('offer-latency/take')
  @HttpCode(HttpStatus.OK)
  takeOfferLatency(): { samplesMs: number[] } {
    return { samplesMs: this.offers.take() };
  }
}
