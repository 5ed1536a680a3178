#!/usr/bin/env bash
# Builds the benchmark in Release, installs the wink-nlp peer, and runs both over one generated corpus.
# Usage: bench/run.sh [--mb N] [--seed N]     (default 20 MB; use --mb 2 for a quick look)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if command -v npm >/dev/null 2>&1; then
  # npm ci wipes node_modules, so only when the lock file changed since the last install.
  if [ ! -f "$here/peer/node_modules/.package-lock.json" ] || [ "$here/peer/package-lock.json" -nt "$here/peer/node_modules/.package-lock.json" ]; then
    (cd "$here/peer" && npm ci --no-audit --no-fund --loglevel=error) || echo "bench: npm ci failed; the wink-nlp peer will be skipped" >&2
  fi
else
  echo "bench: npm not found; the wink-nlp peer will be skipped" >&2
fi

# The build's log is shown only when it fails, so the output is just the benchmark's table.
if ! log=$(dotnet build "$here/Tally.Bench/Tally.Bench.csproj" -c Release --nologo -v quiet 2>&1); then
  echo "$log" >&2
  exit 1
fi
exec dotnet "$here/Tally.Bench/bin/Release/net10.0/Tally.Bench.dll" "$@"
