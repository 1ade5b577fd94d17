#!/usr/bin/env bash
# `npm test`: every test: types, unit, API/realtime against the real server, Playwright in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each phase's header says when it began, minutes:seconds into the run, so CI's log shows which phase grew.
phase() { echo "== $1 (at $((SECONDS / 60)):$(printf %02d $((SECONDS % 60))))"; }

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Chinese fonts, so screenshots (the print layout of the minutes) show characters, not boxes.
# (grep reads fc-list to the end: with `grep -q` fc-list may die of SIGPIPE, and pipefail would call the fonts missing)
if [ ! -x "$chromium_path" ] || ! fc-list 2>/dev/null | grep -i "Noto.*CJK" >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium and CJK fonts for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "The browser tests need Chromium at $chromium_path and CJK fonts: 'sudo apt-get install chromium fonts-noto-cjk'"
    echo "(or set CHROMIUM_PATH to a Chromium binary), then run npm test again."
    exit 1
  fi
fi

# The API suite's second run: PostgreSQL 15, Redis and nginx from Debian, started throw-away on free ports.
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || ! command -v redis-server >/dev/null || [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's postgresql, redis-server and nginx for the PostgreSQL + Redis run"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server nginx-light >/dev/null
  else
    echo "The PostgreSQL + Redis run needs PostgreSQL 15, Redis and nginx: 'sudo apt-get install postgresql redis-server nginx-light'"
    exit 1
  fi
fi

# The type check runs beside the unit tests (neither needs the other, and the unit tests leave a core idle); its
# output is shown, and a failure stops the run, once both are done.
phase "type check and unit tests"
tsc_log=$(mktemp)
npx tsc --noEmit -p . >"$tsc_log" 2>&1 &
tsc_pid=$!
# (a throw-away PostgreSQL for lib/db/schema-drift.test.ts, which applies both migration folders for real)
npx tsx tests/support/with-services.ts npx vitest run --project unit
tsc_status=0
wait "$tsc_pid" || tsc_status=$?
cat "$tsc_log"; rm -f "$tsc_log"
if [ "$tsc_status" != 0 ]; then
  echo "== type check failed"
  exit "$tsc_status"
fi
echo "== type check passed"
phase "production build"
NODE_ENV=production npm run build
phase "API and realtime tests (real server, real SQLite)"
# Two files at a time (project api), then the two that time another user's requests, alone (api-timed: heavy-upload,
# heavy-import; see vitest.config.ts).
npx vitest run --project api --project api-timed
phase "API and realtime tests again: PostgreSQL + Redis, two Gongdu processes behind nginx"
# The whole suite, every test server being two processes on a throw-away PostgreSQL cluster and Redis behind nginx
# (deploy/nginx.conf), two files at a time as in the pass above (each server has its own database and nginx). Two files skip themselves here because they start their own PostgreSQL and Redis and run in
# the pass above: tests/api/scale-out.test.ts (cross-process promises and the fault tests) and db-copy.test.ts.
# Left out for time (npm test must stay near 20 minutes on 2 cores; measured on a loaded machine, 2026-12-02: this
# pass 18.7 min, the SQLite one 17.2 min, side by side): heavy-upload, which tests that a text file is read in a
# worker while others are answered (nothing of the database's or of several processes': one write at the end)
# and was this pass's slowest file (125 s). Uploads through nginx are still covered by library and door.
# heavy-import is left out for time too (a 5,000-annotation import behind nginx takes minutes here). It passes in
# this mode (checked 2026-12-02 at 1,000 annotations: HEAVY_IMPORT_COUNT=1000 npx tsx tests/support/with-services.ts
# npx vitest run tests/api/heavy-import.test.ts). Its earlier failure here was the test's bound, not missing rows:
# the Markdown export is ~43 characters per annotation of its fixture, and the bound asked for 50 (now 30).
# The fuzz test takes a new seed every run here too (printed; FUZZ_SEED=<seed> replays one). The two defects random
# seeds found in this mode are fixed (2026-12-02, seed 884545581): two sets of one reaction on two processes (a 500
# on the unique key), and a long address whose answer's headers nginx could not read (a 502 that also took the
# process out of rotation); races.test.ts and door.test.ts keep them fixed.
npx tsx tests/support/with-services.ts npx vitest run --project api --exclude tests/api/heavy-upload.test.ts --exclude tests/api/heavy-import.test.ts
phase "end-to-end tests (Chromium)"
npx playwright test
phase "all passed"
