/** Unit tests of the admin's logic: formatters, URL state, errors, permissions. Node, no DOM. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/build'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@obmen/shared$': '<rootDir>/../shared/src/index.ts' },
  reporters: ['default', '<rootDir>/jest.summary-reporter.cjs'],
};
