import base from './jest.config.mjs';

/** The fault suite (`pnpm test:faults`): real server processes, one fault at a time. */
export default {
  ...base,
  maxWorkers: 1,
  testMatch: ['**/faults/*.fault.ts'],
  testTimeout: 240_000,
  // Child processes and keep-alive sockets of killed servers may outlive the last test by a moment.
  forceExit: true,
};
