/**
 * Folder-level cycles between modules (issue 9). A separate pass because 'folder' scope rules only
 * look at path and circular, not at dependency types: with tsPreCompilationDeps false the graph is
 * what tsc emits (type-only imports and imports used only as types are gone, decorator metadata stays).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-module-folder-cycle',
      severity: 'error',
      comment: 'No cycle between module folders through runtime imports.',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+/?$' },
      to: { circular: true },
    },
  ],
  options: {
    // Other workspace packages (@obmen/shared) are checked in their own package.
    doNotFollow: { path: ['node_modules', '^\\.\\./'] },
    exclude: {
      path: [
        'node_modules',
        '^src/db/migrations/',
        '\\.spec\\.ts$',
        '^src/test/',
        '^src/faults/',
        '^src/bench/',
      ],
    },
    tsPreCompilationDeps: false,
    moduleSystems: ['cjs', 'es6'],
  },
};
