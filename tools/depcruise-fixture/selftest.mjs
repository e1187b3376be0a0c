/**
 * Proves the dependency rules bite (issue 9, acceptance 1): runs the server's and the admin's
 * dependency-cruiser configs over a tiny tree with one deliberate violation of each kind, and fails
 * unless depcruise fails with exactly those violations.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');

const passes = [
  {
    tree: 'server',
    config: 'packages/server/.dependency-cruiser.cjs',
    expected: [
      'common-not-to-modules-or-app: src/common/bad.ts → src/modules/a/index.ts',
      'module-through-index-only: src/modules/b/y.ts → src/modules/a/internal.ts',
    ],
  },
  {
    tree: 'server',
    config: 'packages/server/.dependency-cruiser.runtime.cjs',
    expected: [
      'no-module-folder-cycle: src/modules/a → src/modules/b',
      'no-module-folder-cycle: src/modules/b → src/modules/a',
    ],
  },
  {
    tree: 'admin',
    config: 'packages/admin/.dependency-cruiser.cjs',
    expected: [
      'feature-through-index-only: src/features/y/page.ts → src/features/x/inner.ts',
      'shared-not-to-features-or-app: src/shared/util.ts → src/features/x/index.ts',
    ],
  },
];

let failed = false;
for (const { tree, config, expected } of passes) {
  const packageDir = path.join(root, path.dirname(config));
  const run = spawnSync(
    path.join(packageDir, 'node_modules/.bin/depcruise'),
    ['src', '--config', path.join(root, config)],
    { cwd: path.join(here, tree), encoding: 'utf8' },
  );
  // The 'err' output `pnpm lint:deps` prints: "error <rule>: <from> → <to>", a cycle continuing on the next lines.
  const found = [...run.stdout.matchAll(/error (\S+): (\S+) →\s+(\S+)/g)]
    .map(([, rule, from, to]) => `${rule}: ${from} → ${to}`)
    .sort();
  const ok = run.status !== 0 && JSON.stringify(found) === JSON.stringify([...expected].sort());
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${config} on tools/depcruise-fixture/${tree}: exit ${run.status}`);
  if (!ok) {
    failed = true;
    console.log(
      `  expected:\n    ${expected.join('\n    ')}\n  found:\n    ${found.join('\n    ') || '(none)'}`,
    );
    if (run.stderr) console.log(run.stderr);
  }
}
process.exit(failed ? 1 : 0);
