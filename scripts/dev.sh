#!/usr/bin/env bash
# Quarkus dev mode (API on :8080, live reload) and the Vite dev server (SPA on :5173, proxying /api and /q).
set -euo pipefail
cd "$(dirname "$0")/.."
export STRATUM_DEMO_DATA="${STRATUM_DEMO_DATA:-true}"
(cd backend && ./mvnw -B --no-transfer-progress quarkus:dev -Dquarkus.console.enabled=false) &
BACKEND=$!
(cd frontend && npm run dev) &
FRONTEND=$!
trap 'kill $BACKEND $FRONTEND 2>/dev/null' INT TERM EXIT
echo "Dev mode: open http://localhost:5173 (API on http://localhost:8080)."
wait -n $BACKEND $FRONTEND
