/**
 * Dependency direction of the admin (issue 9), checked by `pnpm lint:deps`: app/ composes features,
 * a feature reaches another only through its index, shared/ sits below both.
 */
module.exports = {
  forbidden: [
    {
      name: 'feature-through-index-only',
      severity: 'error',
      comment:
        "No feature imports another feature's internals: only its index.ts (or the piece moves to shared/).",
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: '^src/features/[^/]+/',
        pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'shared-not-to-features-or-app',
      severity: 'error',
      comment: 'shared/ is below features/ and app/.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-not-to-app',
      severity: 'error',
      comment: 'app/ (router, navigation, apollo) composes features; features do not import it.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-feature-folder-cycle',
      severity: 'error',
      comment: 'No cycle between feature folders.',
      scope: 'folder',
      from: { path: '^src/features/[^/]+/?$' },
      to: { circular: true },
    },
  ],
  options: {
    // Other workspace packages (@obmen/shared) are checked in their own package.
    doNotFollow: { path: ['node_modules', '^\\.\\./'] },
    exclude: { path: ['node_modules', '^src/gql/'] },
    tsPreCompilationDeps: 'specify',
    moduleSystems: ['es6'],
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
