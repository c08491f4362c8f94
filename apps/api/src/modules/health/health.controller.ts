import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ROUTES } from '@pbx/contracts';
import { Public } from '../../common/auth/access.decorators';
import { AriStatusService } from '../../telephony/ari/ari-status.service';
import { RedisHealthIndicator } from './redis.health';

/**
 * 200 when the database and Redis answer, 503 otherwise (DESIGN.md conventions). Each ARI
 * connection's state is reported too, but a PBX that is down is not a reason for 503.
 */
@ApiTags('health')
@Controller(ROUTES.health)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly ari: AriStatusService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1000 }),
      () => this.redis.pingCheck('redis'),
      async () => this.indicators.check('ari').up({ connections: await this.ari.states().catch(() => []) }),
    ]);
  }
}
