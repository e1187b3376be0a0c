/** How much the benchmark generates and how long it measures; --quick is the CI smoke test. */
export interface Sizes {
  name: 'full' | 'quick';
  practices: number;
  organizations: number;
  projects: number;
  nominations: number;
  /** How far in the deep-page shape starts (rows skipped by paging). */
  deepOffset: number;
  /** Seconds of warm-up and of each measured segment, segments per server, connections. */
  warmupSeconds: number;
  segmentSeconds: number;
  segments: number;
  connections: number;
}

export const FULL: Sizes = {
  name: 'full',
  practices: 10_000,
  organizations: 5_000,
  projects: 2_000,
  nominations: 100_000,
  deepOffset: 5_000,
  warmupSeconds: 3,
  segmentSeconds: 8,
  segments: 3,
  connections: 8,
};

export const QUICK: Sizes = {
  name: 'quick',
  practices: 1_000,
  organizations: 500,
  projects: 200,
  nominations: 10_000,
  deepOffset: 500,
  warmupSeconds: 1,
  segmentSeconds: 2,
  segments: 1,
  connections: 4,
};
