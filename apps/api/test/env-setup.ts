// Every test worker runs the app with these; DATABASE_URL comes from global-setup.
process.env['NODE_ENV'] = 'test';
process.env['JWT_SECRET'] ??= 'test-jwt-secret-that-is-at-least-32-characters';
process.env['SECRETS_KEY'] ??= 'test-secrets-key-that-is-at-least-32-characters';
process.env['REDIS_URL'] = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379/9';
