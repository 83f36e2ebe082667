# Shared by bench/data.sh and bench/run.sh: the bench databases and the packaged app started on one of them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/pg.sh"
source "$ROOT/scripts/java-opts.sh"
# BENCH_JAR: a copy of the packaged app (its quarkus-app folder), so that a build during a run cannot change it; copy
# it with its times (cp -a): the class data archive is skipped when a jar's time differs from the build's.
JAR="${BENCH_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
BENCH_PORT="${BENCH_PORT:-8090}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BENCH_ADMIN_EMAIL=bench-admin@stratum.bench
BENCH_ADMIN_PASSWORD=bench-admin-password

# BENCH_DB_PREFIX keeps one engineer's bench databases apart from another's (default stratum_bench).
bench_db() { echo "${BENCH_DB_PREFIX:-stratum_bench}_$1"; }

# psql on a bench database as the application's role.
bench_psql() {
  local db=$1; shift
  PGPASSWORD=stratum psql -h "$HOST" -p "$PORT" -U "$ROLE" -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"
}

require_scale() {
  if ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1000 ]; then
    echo "bench: SCALE must be a whole number of accounts, at least 1000 (got '$1')." >&2
    exit 2
  fi
}

require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed." >&2; exit 1; }
  done
}

require_jar() {
  if [ ! -f "$JAR" ]; then
    echo "bench: $JAR is missing; run 'make build' first." >&2
    exit 1
  fi
}

# Starts the packaged app on database $1 (extra environment may be exported by the caller), waits until it is
# ready and sets APP_PID, APP_LOG, READY_MS (launch to first ready answer) and START_RSS_KB.
start_app() {
  local db=$1
  APP_LOG=$(mktemp /tmp/stratum-bench-app.XXXXXX.log)
  if curl -s -o /dev/null "$BENCH_URL/q/health/ready"; then
    echo "bench: port $BENCH_PORT is already in use; stop what runs there or set BENCH_PORT." >&2
    exit 1
  fi
  local started
  started=$(date +%s%N)
  # The shipped JVM settings (scripts/java-opts.sh) unless BENCH_JAVA_OPTS says otherwise (empty: the JVM's defaults),
  # started in the quarkus-app folder as scripts/run.sh does (the class data archive names its jars relative to it).
  # shellcheck disable=SC2086 # the options are a list
  (cd "$(dirname "$JAR")" && QUARKUS_HTTP_PORT=$BENCH_PORT \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:$PORT/$db" \
    STRATUM_ADMIN_EMAIL=$BENCH_ADMIN_EMAIL STRATUM_ADMIN_PASSWORD=$BENCH_ADMIN_PASSWORD \
    exec java ${BENCH_JAVA_OPTS-$STRATUM_JAVA_OPTS} -jar quarkus-run.jar) >"$APP_LOG" 2>&1 &
  APP_PID=$!
  # Polling a benchmark's subject for readiness (not a test): every 20 ms, at most two minutes.
  for _ in $(seq 1 6000); do
    if curl -sf -o /dev/null "$BENCH_URL/q/health/ready"; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      START_RSS_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status")
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "bench: the app did not start; its log:" >&2
      tail -40 "$APP_LOG" >&2
      exit 1
    fi
    sleep 0.02
  done
  echo "bench: the app was not ready within two minutes; log in $APP_LOG" >&2
  exit 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    # Kept: a scenario's status errors or a slow run are explained by the app's own log (its WARN and ERROR lines).
    echo "bench: the app's log is kept in $APP_LOG"
  fi
  APP_PID=
}
