# Obmen server (serving the admin SPA at /, the developer page at /developers and /widget.js) on
# PostgreSQL — see docker-compose.yml.
FROM node:20-bookworm-slim AS build
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
RUN pnpm --filter @obmen/admin build \
  && pnpm --filter @obmen/developers build \
  && pnpm --filter @obmen/server build \
  && pnpm --filter @obmen/server deploy --prod --legacy /out \
  && cp -r packages/admin/dist /out/admin-dist \
  && cp -r packages/developers/dist /out/developers-dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 OBMEN_ADMIN_DIR=/app/admin-dist OBMEN_DEVELOPERS_DIR=/app/developers-dist
WORKDIR /app
COPY --from=build /out ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-old-space-size=384", "dist/main.js"]
