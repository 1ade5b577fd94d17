#!/usr/bin/env bash
# `npm test`: every test: types, unit, API/realtime against the real server, Playwright in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $chromium_path: install it with 'sudo apt-get install chromium'"
    echo "(or set CHROMIUM_PATH to a Chromium binary), then run npm test again."
    exit 1
  fi
fi

echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests"
npx vitest run --project unit
echo "== production build"
NODE_ENV=production npx next build
echo "== API and realtime tests (real server, real SQLite)"
npx vitest run --project api
echo "== end-to-end tests (Chromium)"
npx playwright test
