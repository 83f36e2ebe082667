#!/usr/bin/env bash
# Starts the packaged app with demo data, waits until it is ready and says where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${QUARKUS_HTTP_PORT:-8080}"
export STRATUM_DEMO_DATA="${STRATUM_DEMO_DATA:-true}"
# The shipped JVM settings (scripts/java-opts.sh: a bounded heap, the serial collector, class data sharing); JAVA_OPTS
# replaces them. The JVM starts in the quarkus-app folder, where the class data archive names its jars.
source scripts/java-opts.sh
JAVA_OPTS="${JAVA_OPTS:-$STRATUM_JAVA_OPTS}"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd backend/target/quarkus-app && exec java $JAVA_OPTS -jar quarkus-run.jar) &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' INT TERM EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; then
    cat <<MSG

  Stratum is running at http://localhost:$PORT
  API docs: http://localhost:$PORT/q/swagger-ui   contract: http://localhost:$PORT/q/openapi
  Demo data: 12 users and 60 accounts. Sign in with any demo user and the password
  ${STRATUM_DEMO_PASSWORD:-stratum-demo-password}:
    admin@stratum.demo (ADMIN)            sales.manager@stratum.demo (MANAGER)
    dana.whitfield@stratum.demo (ACCOUNT_MANAGER)   viewer@stratum.demo (VIEWER)
  Stop with Ctrl+C.

MSG
    wait $APP
    exit $?
  fi
  if ! kill -0 $APP 2>/dev/null; then
    echo "Stratum did not start; see the log above." >&2
    exit 1
  fi
  sleep 1
done
echo "Stratum did not become ready within 120 s; see the log above." >&2
exit 1
