# Obmen server (the admin SPA at /, the developer page at /developers, the API at /graphql) on the
# current Node LTS, as the unprivileged `node` user. See docker-compose.yml for PostgreSQL and for
# the embedded database; tools/deploy-bundle-test.mjs builds and runs this same bundle in CI.
#
# NODE_IMAGE: the 24 line (Active LTS) on Debian bookworm. Pin a digest in production
# (`docker build --build-arg NODE_IMAGE=node:24-bookworm-slim@sha256:…`) for repeatable builds.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
RUN corepack enable
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/server/package.json packages/server/
COPY packages/admin/package.json packages/admin/
COPY packages/developers/package.json packages/developers/
# @obmen/shared is small and builds itself on install (its prepare script), before admin and server need it.
COPY packages/shared packages/shared
RUN pnpm install --frozen-lockfile
COPY packages/server packages/server
COPY packages/admin packages/admin
COPY packages/developers packages/developers
# The same steps as tools/deploy-bundle-test.mjs: keep them in step.
RUN pnpm --filter @obmen/admin build \
  && pnpm --filter @obmen/developers build \
  && pnpm --filter @obmen/server build \
  && pnpm --filter @obmen/server deploy --prod --legacy /out \
  && cp -r packages/admin/dist /out/admin-dist \
  && cp -r packages/developers/dist /out/developers-dist

FROM ${NODE_IMAGE}
# /data is the one writable place: the embedded database in /data/db (its lock, /data/db.lock,
# sits beside it, so the data folder must not be the volume's root, which `node` cannot write
# beside) and uploaded documents in /data/attachments (used with PostgreSQL too). With
# DATABASE_URL set, /data/db is unused.
ENV NODE_ENV=production PORT=4000 \
  OBMEN_ADMIN_DIR=/app/admin-dist OBMEN_DEVELOPERS_DIR=/app/developers-dist \
  OBMEN_DATA_DIR=/data/db OBMEN_ATTACHMENTS_DIR=/data/attachments
WORKDIR /app
COPY --from=build /out ./
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-old-space-size=384", "dist/main.js"]
