import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ROUTES } from '@pbx/contracts';
import { Public } from '../../common/auth/access.decorators';
import { RedisHealthIndicator } from './redis.health';

/** 200 when the database and Redis answer, 503 otherwise (DESIGN.md conventions). */
@ApiTags('health')
@Controller(ROUTES.health)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1000 }), () => this.redis.pingCheck('redis')]);
  }
}
