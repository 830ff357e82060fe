#!/usr/bin/env bash
# Restores, builds (warnings are errors), makes sure Debian's Chromium and CJK fonts are there for the browser tests, starts
# a private PostgreSQL on loopback (tests/postgres.sh), runs every test project in Alerts.sln, and ends with one line:
# "N passed, N failed". Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing Debian's chromium for the browser tests..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1; } ||
      echo "warning: could not install chromium; the browser tests will fail"
  else
    echo "warning: /usr/bin/chromium is missing and apt-get is not usable here; the browser tests will fail"
  fi
fi

# Chinese fonts, so that the console's screenshots (artifacts/screenshots) show Chinese rather than boxes.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing fonts-noto-cjk for the console's screenshots..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk >/dev/null 2>&1; } ||
      echo "warning: could not install fonts-noto-cjk; screenshots will show boxes for Chinese"
  else
    echo "warning: fonts-noto-cjk is missing and apt-get is not usable here; screenshots will show boxes for Chinese"
  fi
fi

dotnet restore Alerts.sln || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Alerts.sln --no-restore || { echo "0 passed, 1 failed"; exit 1; }

# A private PostgreSQL on loopback for the PostgreSQL tests, stopped and removed when the run ends. Without one the
# PostgreSQL tests are skipped (and counted so) locally; on CI (CI=true) they must run.
pg_err=$(mktemp)
if pg=$(tests/postgres.sh start 2>"$pg_err"); then
  export ALERTS_TEST_POSTGRES="$pg"
  trap 'tests/postgres.sh stop' EXIT
  echo "private PostgreSQL for the tests: $pg"
elif [ "${CI:-}" = "true" ]; then
  echo "CI=true but no PostgreSQL could be started: $(cat "$pg_err")"
  echo "0 passed, 1 failed"
  exit 1
else
  echo "warning: no PostgreSQL here ($(head -1 "$pg_err")): the PostgreSQL tests are skipped"
fi
rm -f "$pg_err"

log=$(mktemp)
pg_log=$(mktemp)
# Every store test again on PostgreSQL (the test projects with stores: tests/postgres.slnf), each in a database of its
# own on the private server; the tests that name their engine (namespace …Postgres) run in the main pass. Alongside the
# main pass: its long tail is the Host's tests, which leave the second core mostly idle.
pg_pid=""
if [ -n "${ALERTS_TEST_POSTGRES:-}" ]; then
  ALERTS_TEST_ENGINE=postgres dotnet test tests/postgres.slnf --no-build --filter 'FullyQualifiedName!~.Postgres.' >"$pg_log" 2>&1 &
  pg_pid=$!
fi
dotnet test Alerts.sln --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ -n "$pg_pid" ]; then
  wait "$pg_pid" || status=1
  echo "the store tests again, on PostgreSQL:"
  cat "$pg_log" | tee -a "$log"
fi
rm -f "$pg_log"

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:    42, Skipped: ..."
passed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Skipped: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
rm -f "$log"
[ "$skipped" -gt 0 ] && echo "$skipped skipped"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
