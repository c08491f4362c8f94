#!/usr/bin/env bash
# `npm run bench -- <name>`: runs tools/bench/<name>/main.ts; one JSON object on stdout.
source "$(dirname "${BASH_SOURCE[0]}")/../bootstrap.sh"
cd "$ROOT"
name="${1:?usage: npm run bench -- <name> (one of: $(ls tools/bench | grep -v '\.' | tr '\n' ' '))}"
shift
exec node -r @swc-node/register "tools/bench/$name/main.ts" "$@"
