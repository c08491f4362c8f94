// Module boundaries as in twenty's eslint.config.mjs: scope:shared depends only on shared,
// scope:api and scope:panel on shared and their own scope; pure libs import no framework.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.angular/**', '.tools/**', '.data/**', 'tmp/**', '**/*.js', '**/*.mjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
            { sourceTag: 'scope:panel', onlyDependOnLibsWithTags: ['scope:shared', 'scope:panel'] },
            { sourceTag: 'scope:sim', onlyDependOnLibsWithTags: ['scope:shared', 'scope:sim'] },
            {
              sourceTag: 'type:pure',
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'express', 'ioredis', 'bull'],
            },
          ],
        },
      ],
    },
  },
];
