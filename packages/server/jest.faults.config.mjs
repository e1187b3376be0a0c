import base from './jest.config.mjs';

/** The fault suite (`pnpm test:faults`): real server processes, one fault at a time. */
export default {
  ...base,
  maxWorkers: 1,
  testMatch: ['**/faults/*.fault.ts'],
  // The faults start real server processes on databases of their own: no template to build.
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 240_000,
  // Child processes and keep-alive sockets of killed servers may outlive the last test by a moment.
  forceExit: true,
};
