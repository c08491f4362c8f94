#!/usr/bin/env bash
# `npm test`: lint, type-check, unit and integration tests (real PostgreSQL and Redis),
# then the browser tests in Debian's Chromium. Prints "N passed, N failed" at the end.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$ROOT"
mkdir -p tmp
rm -f tmp/jest-results.json tmp/e2e-results.json

echo "== lint and type-check" >&2
nx run-many -t lint typecheck --outputStyle=stream

echo "== unit and integration tests" >&2
status=0
jest -c jest.config.js --json --outputFile=tmp/jest-results.json "$@" || status=$?

echo "== browser tests" >&2
e2e_status=0
node -r @swc-node/register tools/e2e/run-e2e.ts || e2e_status=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const file of ["tmp/jest-results.json", "tmp/e2e-results.json"]) {
  if (!fs.existsSync(file)) { failed += 1; console.error(`missing ${file}: that run did not finish`); continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
}
console.log(`${passed} passed, ${failed} failed`);
'
[ "$status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
