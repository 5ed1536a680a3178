#!/usr/bin/env bash
# Runs every test project and prints CI's closing line, "N passed, N failed[, N skipped]".
# Exits non-zero when any test failed or a project did not build.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'rm -rf "$results"; [ -n "${TALLY_TEST_PG:-}" ] && scripts/postgres-test.sh stop >/dev/null 2>&1' EXIT

# The ledger's tests run on SQLite and on a real PostgreSQL server, which this script installs (Debian's
# package) and starts on loopback. Under CI a server that will not start fails the run; elsewhere the
# PostgreSQL tests skip with a reason.
if pg=$(scripts/postgres-test.sh start); then
  export TALLY_TEST_PG="$pg"
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: PostgreSQL did not start; the ledger tests need it under CI" >&2
  exit 1
else
  echo "test.sh: PostgreSQL did not start; its ledger tests will skip" >&2
fi

# The web's browser tests drive Debian's Chromium headless through Playwright, which never downloads a
# browser; the package is installed here when missing. Under CI a missing browser fails the run;
# elsewhere the browser tests skip with a reason.
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium package for the browser tests" >&2
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2; then
    if [ "${CI:-}" = "true" ]; then
      echo "test.sh: chromium could not be installed; the browser tests need it under CI" >&2
      exit 1
    fi
    echo "test.sh: chromium could not be installed; the browser tests will skip" >&2
  fi
fi

dotnet test Tally.slnx --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
