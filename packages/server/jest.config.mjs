import { availableParallelism } from 'node:os';

/** @type {import('jest').Config} */
export default {
  // Jest's default (cores − 1) runs the files one at a time on a 2-core machine such as CI's; each
  // file has its own database, so two can run side by side on both cores, in about half the time.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  // One migrated database per run, copied by each file (src/test/database.ts): faster than migrating per file.
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/jest.summary-reporter.js'],
};
