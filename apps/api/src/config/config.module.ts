import { Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { Environment, validateEnvironment } from './environment';

/**
 * @nestjs/config loads `.env` into process.env and refuses to boot on a bad variable;
 * the rest of the code injects the typed `Environment` instead of string lookups.
 */
@Global()
@Module({
  imports: [NestConfigModule.forRoot({ validate: validateEnvironment, envFilePath: ['.env'] })],
  providers: [{ provide: Environment, useFactory: () => validateEnvironment(process.env) }],
  exports: [Environment],
})
export class ConfigModule {}
