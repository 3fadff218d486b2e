#!/usr/bin/env bash
# The pages in a real browser: ledger-app.jar (built by `mvn -B verify`) on a free port with a fresh
# data directory, the demo ledger and accounts of this run, then the browser tests in headless Debian
# Chromium. Screenshots land in ledger-app/target/screenshots.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../../.. && pwd)

# Only what is missing: a machine whose nodejs comes with its own npm (e.g. NodeSource's) conflicts
# with Debian's npm package.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}"
fi
npm ci --no-audit --no-fund

run=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
secret=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
LEDGER_DEMO=true LEDGER_SECURITY_USERS="page-intake:$secret:INTAKE+VIEWER,page-view:$secret:VIEWER" \
  java -jar "$root/ledger-app/target/ledger-app.jar" --server.port="$port" --ledger.data-dir="$run/data" \
  > "$run/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$run"' EXIT
# The service answers while the demo is being recorded; it logs one line when the demo is complete.
for _ in $(seq 1 180); do
  grep -q "Demo ledger: " "$run/app.log" && break
  kill -0 $pid 2>/dev/null || { tail -50 "$run/app.log"; exit 1; }
  sleep 1
done
grep -q "Demo ledger: " "$run/app.log" || { echo "browser: the demo ledger was not recorded"; tail -50 "$run/app.log"; exit 1; }

LEDGER_URL="http://127.0.0.1:$port" LEDGER_VIEWER="page-view:$secret" LEDGER_INTAKE="page-intake:$secret" \
  SCREENSHOTS="$root/ledger-app/target/screenshots" npm test || { tail -80 "$run/app.log"; exit 1; }
echo "browser: the pages passed in $(/usr/bin/chromium --version 2>/dev/null | head -n 1); screenshots in ledger-app/target/screenshots"
