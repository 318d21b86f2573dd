// Lint and layer rules. The stage order is docs/architecture.md's: each folder may import
// only the stages before it (and the shared domain, errors, paths and log modules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';

// The pipeline, in order. A stage may import the ones before it, never the ones after.
const STAGES = ['config', 'text', 'db', 'ingest', 'match', 'moves', 'alerts', 'pipeline', 'commands', 'chat', 'demo'];
// Composition and process code at src/ top level: the only place that sees every stage.
const TOP = ['./src/app.ts', './src/runner.ts', './src/cli.ts', './src/scheduler.ts'];

const later = (i) => [...STAGES.slice(i + 1).map((s) => `./src/${s}`), ...TOP];
const zones = [
  ...STAGES.map((stage, i) => ({
    target: `./src/${stage}`,
    from: stage === 'db' ? [...STAGES.filter((s) => s !== 'db').map((s) => `./src/${s}`), ...TOP] : later(i),
    message: stage === 'db' ? 'db/ imports no stage: pass it plain data instead.' : `${stage}/ may only import stages before it (docs/architecture.md).`,
  })),
  // The shared words of the domain import nothing of ours but each other.
  { target: ['./src/domain.ts', './src/errors.ts', './src/paths.ts', './src/log.ts'], from: [...STAGES.map((s) => `./src/${s}`), ...TOP], message: 'Shared modules import no stage.' },
];

const PLATFORM_LIBS = ['@slack/*', 'discord.js', '@discordjs/*', 'discord-interactions'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // Platform SDKs live behind the chat adapters and the bot sinks only.
      'no-restricted-imports': ['error', { patterns: [{ group: PLATFORM_LIBS, message: 'Platform libraries belong in src/chat/ or src/alerts/sinks/.' }] }],
      // SQL lives in db/: one small repository module per aggregate.
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='prepare']", message: 'SQL belongs in src/db/.' }],
    },
  },
  { files: ['src/chat/**/*.ts', 'src/alerts/sinks/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/db/**/*.ts'], rules: { 'no-restricted-syntax': 'off' } },
  prettier,
);
