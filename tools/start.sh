#!/usr/bin/env bash
# `npm start`: the platform with a demo account on this machine (README).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ROOT"
exec node -r @swc-node/register tools/start/start.ts "$@"
