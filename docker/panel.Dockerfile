# syntax=docker/dockerfile:1
# The Angular panel: built with Nx, served by nginx, which also proxies /api and /socket.io to
# the api-http service (docker/nginx.conf). Build context: the repository root.

ARG NODE_IMAGE=node:22-bookworm-slim
FROM ${NODE_IMAGE} AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app
# `npm install`, not `npm ci`: see api.Dockerfile. libs/ are workspaces of the root package.
COPY package.json package-lock.json ./
COPY libs ./libs
RUN npm install --include=dev
COPY . .
RUN npx nx run panel:build

FROM nginx:stable-bookworm
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/panel/browser /usr/share/nginx/html
EXPOSE 80
