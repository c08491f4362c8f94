import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { Environment } from '../../config/environment';
import { LiveEvents } from './live-events.service';
import { LiveGateway } from './live.gateway';

@Global()
@Module({
  imports: [JwtModule.registerAsync({ inject: [Environment], useFactory: (env: Environment) => ({ secret: env.JWT_SECRET }) })],
  providers: [LiveGateway, LiveEvents],
  exports: [LiveEvents],
})
export class LiveModule {}
