import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@pbx/contracts';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { Logger } from 'nestjs-pino';

/** Everything main.ts and the integration tests both need, so tests run the real app. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.enableShutdownHooks();
  // Whitelisting as ghostfolio's main.ts: unknown fields are refused and named.
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, transformOptions: { enableImplicitConversion: false } }),
  );
  const config = new DocumentBuilder()
    .setTitle('PBX services platform API')
    .setDescription('Accounts, services, numbers, phone accounts and trunks; telephony features follow.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => withDtoSchemas(SwaggerModule.createDocument(app, config)), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  return app;
}

/**
 * The DTOs live in the framework-free contracts lib, so they carry class-validator
 * decorators but no @ApiProperty: their schemas are derived from the validation rules.
 */
function withDtoSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(schemas as NonNullable<OpenAPIObject["components"]>["schemas"]) } };
  return document;
}
