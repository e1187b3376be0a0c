/**
 * Dependency direction of the server (issue 9), checked by `pnpm lint:deps`.
 * tsPreCompilationDeps 'specify' keeps type-only imports and tags them 'type-only', so a rule can
 * forbid types too (a type import still couples the layers) or look at runtime edges only.
 * Folder-level cycles need the runtime graph: see .dependency-cruiser.runtime.cjs.
 */
module.exports = {
  forbidden: [
    {
      name: 'common-not-to-modules-or-app',
      severity: 'error',
      comment: 'common/ is the bottom layer: it imports nothing from modules/ or app/ (types included).',
      from: { path: '^src/common/' },
      to: { path: '^src/(modules|app)/' },
    },
    {
      name: 'db-not-to-modules-or-app',
      severity: 'error',
      comment: 'db/ (data source, migrations) gets its entities from app/, not by importing modules.',
      from: { path: '^src/db/', pathNot: '^src/db/entities\\.ts$' },
      to: { path: '^src/(modules|app)/' },
    },
    {
      name: 'modules-not-to-app',
      severity: 'error',
      comment: 'app/ is the only composition root; a module never imports app/ (types included).',
      from: { path: '^src/modules/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'module-through-index-only',
      severity: 'error',
      comment: 'Another module is reached only through its index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index-only',
      severity: 'error',
      comment: 'app/, seed/, db/, cli, main and the test harness reach a module through its index.ts only.',
      from: { path: '^src/(app|seed|db|cli|main|test)', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-runtime-file-cycle',
      severity: 'error',
      comment:
        'No file-level cycle through runtime imports (type-only edges may close a loop: tsc erases them).',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Other workspace packages (@obmen/shared) are checked in their own package.
    doNotFollow: { path: ['node_modules', '^\\.\\./'] },
    exclude: { path: ['node_modules', '^src/db/migrations/'] },
    tsPreCompilationDeps: 'specify',
    moduleSystems: ['cjs', 'es6'],
  },
};
