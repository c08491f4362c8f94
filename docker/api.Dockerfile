# syntax=docker/dockerfile:1
# The NestJS API. One image, three roles chosen by ROLE (http | telephony | worker); it also
# runs the migrations (docker/compose.yaml's api-migrate). Runs from TypeScript source through
# @swc-node/register, exactly as in development. Build context: the repository root.

ARG NODE_IMAGE=node:22-bookworm-slim
FROM ${NODE_IMAGE}

ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

WORKDIR /app
RUN chown node:node /app
USER node

# `npm install` against the committed lock file: `npm ci` fails for this repository (the lock
# lacks other platforms' optional binaries). Dev dependencies stay: @swc-node/register runs the
# app. libs/ first because the root package.json declares them as workspaces.
COPY --chown=node:node package.json package-lock.json ./
COPY --chown=node:node libs ./libs
RUN npm install --include=dev

COPY --chown=node:node tsconfig.base.json nx.json ./
COPY --chown=node:node apps/api ./apps/api

ENV NODE_ENV=production \
    SWC_NODE_PROJECT=apps/api/tsconfig.app.json \
    PORT=3000
EXPOSE 3000
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]
