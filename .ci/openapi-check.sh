#!/usr/bin/env bash
# The served OpenAPI document checked by third-party tools, as a client team would use it:
#   1. Redocly's recommended lint (.ci/openapi/redocly.yaml), failing on any error;
#   2. a scripted session through Prism's validating proxy (--errors) against the running service, failing
#      on any violation of the document by a request or an answer, or on an unexpected status.
# Usage: .ci/openapi-check.sh <port> <intake user:password> <viewer user:password> <auditor user:password> \
#          [<operator user:password>]
# The service must be running on 127.0.0.1:<port>. Tools come from npm at the exact versions of
# .ci/openapi/package.json, installed under target/ without a lock file (OPENAPI_TOOLS=<dir with
# node_modules> uses an existing installation instead).
set -euo pipefail
cd "$(dirname "$0")/.."

port=$1 intake=$2 viewer=$3 auditor=$4 operator=${5:-}
service="http://127.0.0.1:$port"

# No telemetry, update checks or install scripts: nothing calls home.
export REDOCLY_TELEMETRY=off SCARF_ANALYTICS=false REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 \
  DO_NOT_TRACK=1 NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
fi
tools=${OPENAPI_TOOLS:-target/openapi-tools}
if [ -z "${OPENAPI_TOOLS:-}" ]; then
  mkdir -p "$tools"
  cp .ci/openapi/package.json "$tools/package.json"
  (cd "$tools" && npm install --no-package-lock --ignore-scripts --loglevel=error)
fi
redocly="$tools/node_modules/.bin/redocly"
prism="$tools/node_modules/.bin/prism"

work=$(mktemp -d)
prism_pid=
cleanup() {
  if [ -n "$prism_pid" ]; then kill "$prism_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Both forms answer without credentials.
curl -fsS "$service/v3/api-docs" > "$work/openapi.json"
curl -fsS "$service/v3/api-docs.yaml" > "$work/openapi.yaml"

echo "openapi: redocly lint (recommended rules)"
lint=0
"$redocly" lint --config .ci/openapi/redocly.yaml --format=stylish "$work/openapi.yaml" > "$work/lint.txt" 2>&1 || lint=$?
grep -v -E '[║╔╚]' "$work/lint.txt" | grep -v -E '^\s*$' || true
[ "$lint" -eq 0 ] || { echo "openapi: the served document has lint errors" >&2; exit 1; }

proxy_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$prism" proxy "$work/openapi.yaml" "$service" --errors --host 127.0.0.1 --port "$proxy_port" > "$work/prism.log" 2>&1 &
prism_pid=$!
for _ in $(seq 1 60); do
  grep -q 'Prism is listening' "$work/prism.log" && break
  kill -0 "$prism_pid" 2>/dev/null || { cat "$work/prism.log"; exit 1; }
  sleep 0.5
done
grep -q 'Prism is listening' "$work/prism.log" || { cat "$work/prism.log"; echo "openapi: prism did not start" >&2; exit 1; }
api="http://127.0.0.1:$proxy_port/api"

failures=0
# expect <status> <curl arguments...>: one request through the proxy, with its expected status.
expect() {
  local want=$1
  shift
  local got
  got=$(curl -sS -o "$work/body" -w '%{http_code}' "$@")
  if [ "$got" != "$want" ]; then
    echo "openapi: expected $want, got $got from curl $*: $(head -c 300 "$work/body")" >&2
    failures=$((failures + 1))
  fi
}
json='Content-Type: application/json'
id="openapi-check-$(date +%s)"
p="$api/partnerships/$id"

expect 201 -u "$intake" -H "$json" "$api/partnerships" -d '{"partnershipId": "'"$id"'",
  "title": "OpenAPI check partnership", "parties": [{"name": "Contract Check Org", "role": "MODEL_OWNER"},
  {"name": "Proxy Partner", "role": "CLOUD_DISTRIBUTOR"}], "announcedOn": "2026-06-04",
  "intendedUses": ["triage"], "source": {"url": "https://example.org/news/openapi-check", "publisher": "news"}}'
expect 201 -u "$intake" -H "$json" -H "Idempotency-Key: $id-benchmark" "$p/benchmarks" -d '{
  "entryId": "openapi-benchmark", "metric": "diagnostic accuracy", "value": 0.9, "unit": "AUROC",
  "publishedOn": "2026-07-01", "measure": "DIAGNOSTIC_ACCURACY", "source": {"url": "https://example.org/paper"}}'
expect 201 -u "$intake" -H "$json" "$p/validations" -d '{"validator": "University hospital",
  "studyDesign": "retrospective cohort", "summary": "held up", "publishedOn": "2026-08-01",
  "source": {"url": "https://example.org/validation"}}'
expect 201 -u "$intake" -H "$json" "$p/deployment-timelines" -d '{"targetDate": "2026-10-01", "scope": "pilot",
  "source": {"url": "https://example.org/timeline"}}'
expect 201 -u "$intake" -H "$json" "$p/deployments" -d '{"site": "Main campus", "scope": "INTERNAL_PILOT",
  "deployedOn": "2026-09-01", "source": {"url": "https://example.org/deployment"}}'
expect 201 -u "$intake" -H "$json" "$p/outcomes" -d '{"measure": "LATENCY", "value": 3, "unit": "s", "baseline": 5,
  "reportedOn": "2026-10-01", "source": {"url": "https://example.org/outcome"}}'
expect 201 -u "$intake" -H "$json" "$p/availability" -d '{"channel": "cloud marketplace",
  "source": {"url": "https://example.org/availability"}}'
expect 201 -u "$intake" -H "$json" "$p/retractions" -d '{"entryId": "openapi-benchmark", "reason": "misreported"}'
expect 412 -u "$intake" -H "$json" -H 'If-Match: "1"' "$p/conclusion" -d '{"concludedOn": "2026-11-01", "reason": "ended"}'
expect 201 -u "$intake" -H "$json" "$p/conclusion" -d '{"concludedOn": "2026-11-01", "reason": "ended"}'
# Refusals the document declares: a date in the future (400), an unknown partnership (404), a duplicate (409),
# a rule of the domain (422), a role that may not (403).
expect 400 -u "$intake" -H "$json" "$api/partnerships" -d '{"partnershipId": "openapi-check-future",
  "title": "Future", "parties": [{"name": "Someone", "role": "OTHER"}], "announcedOn": "2099-01-01",
  "source": {"url": "https://example.org/future"}}'
expect 404 -u "$intake" -H "$json" "$api/partnerships/openapi-check-unknown/benchmarks" -d '{"metric": "m",
  "value": 1, "unit": "u", "publishedOn": "2026-07-01", "source": {"url": "https://example.org/x"}}'
expect 409 -u "$intake" -H "$json" "$api/partnerships" -d '{"partnershipId": "'"$id"'", "title": "Again",
  "parties": [{"name": "Someone", "role": "OTHER"}], "announcedOn": "2026-06-04", "source": {"url": "https://example.org/x"}}'
expect 422 -u "$intake" -H "$json" "$p/retractions" -d '{"entryId": "openapi-benchmark", "reason": "twice"}'
expect 403 -u "$viewer" -H "$json" "$p/conclusion" -d '{"concludedOn": "2026-11-01", "reason": "ended"}'

expect 200 -u "$viewer" "$p?asOf=2026-11-24"
expect 200 -u "$viewer" "$p/timeline"
expect 200 -u "$viewer" "$p/scorecard"
expect 200 -u "$viewer" "$p/lineage"
expect 404 -u "$viewer" "$api/partnerships/openapi-check-unknown"
expect 200 -u "$viewer" "$api/partnerships?sort=title&order=asc&page=0&size=5"
expect 200 -u "$viewer" -H 'Accept: text/csv' "$api/partnerships"
expect 200 -u "$viewer" "$api/dashboard?asOf=2026-11-24"
expect 200 -u "$viewer" "$api/organizations"
expect 200 -u "$viewer" "$api/organizations/Contract%20Check%20Org"
expect 404 -u "$viewer" "$api/organizations/No%20Such%20Organization%20Anywhere"
expect 200 -u "$viewer" "$api/feed?partnershipId=$id"
expect 403 -u "$viewer" "$api/audit/verification"

expect 200 -u "$auditor" "$api/audit/partnerships/$id/events"
expect 200 -u "$auditor" "$api/audit/verification"
expect 200 -u "$auditor" "$api/audit/export"
expect 200 -u "$auditor" "$api/audit/digest"
expect 200 -u "$auditor" "$api/audit/consistency?first=1&second=2"
expect 200 -u "$auditor" "$api/audit/dead-letters"
expect 202 -u "$auditor" -X POST "$api/audit/replays"
replay=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["replayId"])' "$work/body" 2>/dev/null || echo none)
expect 200 -u "$auditor" "$api/audit/replays/$replay"

if [ -n "$operator" ]; then
  expect 202 -u "$operator" -X POST "$api/admin/backups"
  backup=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["backupId"])' "$work/body" 2>/dev/null || echo none)
  expect 200 -u "$operator" "$api/admin/backups/$backup"
  expect 403 -u "$operator" "$api/partnerships"
fi

# Prism logs a request or an answer that breaks the document as a violation, and a request it refused itself as
# an error.
if grep -E 'Violation|✖' "$work/prism.log" >&2; then
  echo "openapi: prism found violations of the served document (above)" >&2
  failures=$((failures + 1))
fi
if [ "$failures" -gt 0 ]; then
  echo "openapi: $failures check(s) failed" >&2
  exit 1
fi
echo "openapi: $(grep -c -E '^\s*[0-9]+:[0-9]+ +warning' "$work/lint.txt" || true) lint warning(s), 0 errors;" \
  "the scripted session passed prism's validating proxy with 0 violations"
