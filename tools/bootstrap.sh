# Sourced by tools/start.sh, tools/test.sh and .ci/run: puts Node 22 on PATH and installs
# the packages from the lock file when they are missing or older than it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PIN="$(cat "$ROOT/.nvmrc")"
NODE_MAJOR_MIN=22
NODE_MINOR_MIN=22

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v="$(node -p 'process.versions.node')"
  major="${v%%.*}"; minor="$(echo "$v" | cut -d. -f2)"
  [ "$major" -gt "$NODE_MAJOR_MIN" ] || { [ "$major" -eq "$NODE_MAJOR_MIN" ] && [ "$minor" -ge "$NODE_MINOR_MIN" ]; }
}

if ! node_ok; then
  if [ ! -x "$ROOT/.tools/node/node_modules/.bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch Node $NODE_PIN; install Node.js and npm first" >&2; exit 1; }
    echo "System Node is $(node -v 2>/dev/null || echo absent); installing Node $NODE_PIN from the npm registry into .tools/node" >&2
    npm install --prefix "$ROOT/.tools/node" --no-save --no-audit --no-fund "node@$NODE_PIN" >&2
  fi
  export PATH="$ROOT/.tools/node/node_modules/.bin:$PATH"
fi
export PATH="$ROOT/node_modules/.bin:$PATH"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

# npm ci fails here (DESIGN.md): npm install with the committed lock file.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  echo "Installing packages (npm install with package-lock.json)" >&2
  (cd "$ROOT" && npm install --no-audit --no-fund >&2)
fi
