#!/usr/bin/env bash
# make bench: every scenario against the packaged app on the bench databases, with pgbench on the same server
# as the physical reference. Writes bench/results/<time>.jsonl and .md, and the latest table into
# docs/performance.md. Settings: SCALE (100000), BENCH_SMALL_SCALE (10000), BENCH_CONNECTIONS (32),
# BENCH_WARMUP and BENCH_DURATION (seconds: 15 and 30), BENCH_JAVA_OPTS (default: scripts/java-opts.sh). BENCH_SCENARIOS="9 10" runs only those
# scenarios, at SCALE only, without pgbench and without touching docs/performance.md (a partial run is no table
# of record); BENCH_PORT and BENCH_DB_PREFIX keep such a run apart from another on the same machine.
# Scenario 38 (two instances behind nginx) also uses BENCH_PORT2 (BENCH_PORT + 1) for the second instance and
# BENCH_PROXY_PORT (BENCH_PORT + 2) for the proxy.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE="${SCALE:-100000}"
SMALL="${BENCH_SMALL_SCALE:-10000}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
WARMUP="${BENCH_WARMUP:-15}"
DURATION="${BENCH_DURATION:-30}"
require_scale "$SCALE"
require_scale "$SMALL"
require_jar

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing wrk from Debian's packages"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "bench: wrk is not installed (Debian: apt-get install wrk)." >&2
    exit 1
  fi
fi
require_tools pgbench psql python3 curl
"$ROOT/scripts/db-provision.sh" >/dev/null

ONLY="${BENCH_SCENARIOS:-}"
SCALES=("$SCALE" "$SMALL")
[ -n "$ONLY" ] && SCALES=("$SCALE")
for scale in "${SCALES[@]}"; do
  # A database from an interrupted load exists but holds no accounts: load it again too.
  if [ "$(bench_psql "$(bench_db "$scale")" -c 'select count(*) from account' 2>/dev/null || echo 0)" -eq 0 ]; then
    echo "bench: no data at scale $scale yet; loading it first"
    "$ROOT/bench/data.sh" "$scale"
  fi
done

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/$STAMP.jsonl"
WORK=$(mktemp -d /tmp/stratum-bench.XXXXXX)
export BENCH_LUA_DIR="$ROOT/bench/wrk" BENCH_INPUT_DIR="$WORK"
trap 'stop_cluster; stop_app; rm -rf "$WORK"' EXIT
WRK_THREADS=$(( CONNECTIONS < 4 ? CONNECTIONS : 4 ))

record() { echo "$1" >>"$OUT"; }

machine() {
  python3 - "$CONNECTIONS" "$WARMUP" "$DURATION" <<'PY'
import json, os, platform, subprocess, sys
def out(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, shell=True).stdout.strip()
    except Exception:
        return ""
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next(int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal"))
print(json.dumps({"kind": "machine", "cpu": cpu, "cores": os.cpu_count(), "memory_mb": mem,
                  "kernel": platform.release(), "java": out("java -version 2>&1 | head -1"),
                  "postgres": out("psql -V"), "wrk": out("wrk -v 2>&1 | head -1"),
                  "connections": int(sys.argv[1]), "warmup_s": int(sys.argv[2]), "duration_s": int(sys.argv[3])}))
PY
}

# pgbench -S -M prepared at the same concurrency, on its own database on the same server.
run_pgbench() {
  local db=stratum_bench_pgbench
  if [ "$(as_superuser -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    as_superuser -c "create database $db owner $ROLE"
  fi
  if [ "$(bench_psql "$db" -c "select count(*) from pg_tables where tablename = 'pgbench_accounts'")" != "1" ]; then
    PGPASSWORD=stratum pgbench -h "$HOST" -p "$PORT" -U "$ROLE" -i -q -s 10 "$db" >/dev/null 2>&1
  fi
  local args=(-h "$HOST" -p "$PORT" -U "$ROLE" -S -M prepared -c "$CONNECTIONS" -j "$WRK_THREADS" -n)
  echo "bench: pgbench -S -M prepared -c $CONNECTIONS (warm-up ${WARMUP}s, measured ${DURATION}s)" >&2
  PGPASSWORD=stratum pgbench "${args[@]}" -T "$WARMUP" "$db" >/dev/null 2>&1
  (cd "$WORK" && PGPASSWORD=stratum pgbench "${args[@]}" -T "$DURATION" -l --log-prefix=pgbench "$db" \
    >"$WORK/pgbench.out" 2>&1)
  python3 - "$WORK" <<'PY'
import glob, json, re, sys
work = sys.argv[1]
text = open(work + "/pgbench.out").read()
tps = float(re.search(r"tps = ([0-9.]+)", text).group(1))
failed = re.search(r"number of failed transactions: (\d+)", text)
lat = sorted(int(line.split()[2]) for f in glob.glob(work + "/pgbench.*") if not f.endswith(".out")
             for line in open(f))
pct = lambda p: lat[min(len(lat) - 1, int(len(lat) * p / 100))] / 1000
print(json.dumps({"kind": "scenario", "id": "pgbench", "name": "pgbench -S -M prepared (reference)",
                  "scale": None, "rps": tps, "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99),
                  "max_ms": lat[-1] / 1000, "requests": len(lat), "errors": int(failed.group(1)) if failed else 0,
                  "peak_rss_mb": None}))
PY
}

# An integration's API token, minted the way a person would: sign in, then POST /api/v1/api-tokens.
mint_token() {
  local jar="$WORK/cookies" csrf
  curl -sf -c "$jar" -H 'Content-Type: application/json' -o /dev/null \
    -d "{\"email\":\"$BENCH_ADMIN_EMAIL\",\"password\":\"$BENCH_ADMIN_PASSWORD\"}" "$BENCH_URL/api/v1/auth/login"
  csrf=$(curl -sf -b "$jar" "$BENCH_URL/api/v1/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
  curl -sf -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"bench","scopes":["accounts:read","accounts:write","surveys:read","opportunities:read","opportunities:write","contacts:read","activities:read","tasks:read","events:read","revenue:read","revenue:write","webhooks:admin"]}' \
    "$BENCH_URL/api/v1/api-tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# Tokens for 50 account managers, written straight into api_token (the secret's SHA-256 is what the app stores):
# My day answers for the token's own user. Earlier runs' are retired with the admin's by name.
day_tokens() {
  bench_psql "$1" >/dev/null <<'SQL'
insert into api_token (id, user_id, name, prefix, token_hash, scopes, created_at, updated_at)
select md5('day-token' || u.id || now())::uuid, u.id, 'bench', 'stm_bday',
       encode(sha256(convert_to('stm_bench_day_' || u.id, 'UTF8')), 'hex'), 'tasks:read', now(), now()
from (select id from app_user where role = 'ACCOUNT_MANAGER' and active order by md5(id::text) limit 50) u
on conflict (token_hash) do update set revoked_at = null;
SQL
  bench_psql "$1" -c "select 'stm_bench_day_' || id from app_user where role = 'ACCOUNT_MANAGER' and active
    order by md5(id::text) limit 50"
}

# What each scenario runs: sets NAME, SCRIPT, THREADS and BENCH_PATH. The cursor-following list needs one
# connection per wrk thread (see list.lua).
describe() {
  BENCH_PATH=
  CONNS=$CONNECTIONS
  case $1 in
    1) NAME="GET /accounts/{id}, random ids"; SCRIPT=account.lua; THREADS=$WRK_THREADS ;;
    2) NAME="accounts by tier and owner, -arr, 5 pages by cursor"; SCRIPT=list.lua; THREADS=$CONNECTIONS ;;
    3) NAME="accounts?q= free-text search"; SCRIPT=search.lua; THREADS=$WRK_THREADS ;;
    4) NAME="GET /pipeline/summary"; SCRIPT=get.lua; THREADS=$WRK_THREADS; BENCH_PATH=/api/v1/pipeline/summary ;;
    5) NAME="GET /reports/grades"; SCRIPT=get.lua; THREADS=$WRK_THREADS; BENCH_PATH=/api/v1/reports/grades ;;
    6) NAME="GET /qbrs?failing=true"; SCRIPT=get.lua; THREADS=$WRK_THREADS; BENCH_PATH='/api/v1/qbrs?failing=true' ;;
    7) NAME="POST /opportunities (writes)"; SCRIPT=create.lua; THREADS=$WRK_THREADS ;;
    8) NAME="GET /workload (50 owners per tier)"; SCRIPT=get.lua; THREADS=$WRK_THREADS; BENCH_PATH=/api/v1/workload ;;
    9) NAME="GET /contacts?q= search"; SCRIPT=contacts-search.lua; THREADS=$WRK_THREADS ;;
    10) NAME="GET /accounts/{id}/contacts (People tab)"; SCRIPT=people.lua; THREADS=$WRK_THREADS ;;
    11) NAME="GET /accounts/{id}/timeline (500 entries)"; SCRIPT=timeline.lua; THREADS=$WRK_THREADS ;;
    12) NAME="GET /tasks?assigneeId=&status=OPEN (an owner's tasks)"; SCRIPT=tasks.lua; THREADS=$WRK_THREADS ;;
    13) NAME="GET /me/day (an account manager's day)"; SCRIPT=myday.lua; THREADS=$WRK_THREADS ;;
    14) NAME="GET /events?reviewOverdue=true (review queue)"; SCRIPT=events.lua; THREADS=$WRK_THREADS ;;
    15) NAME="GET /notifications (the bell's list)"; SCRIPT=get.lua; THREADS=$WRK_THREADS; BENCH_PATH=/api/v1/notifications ;;
    # A billing system sends its batches one after another: two at a time, not 32 (the target is a batch's time).
    16) NAME="POST /revenue-lines/batch, 5,000 lines, 2 connections"; SCRIPT=revenue-batch.lua; THREADS=2; CONNS=2 ;;
    17) NAME="GET /accounts/{id}/revenue (Revenue tab)"; SCRIPT=revenue.lua; THREADS=$WRK_THREADS ;;
    18) NAME="alert detection for the accounts of a 5,000-line batch (500 accounts)"; SCRIPT= ;;
    19) NAME="GET /revenue-alerts?status=NEW (alerts inbox)"; SCRIPT=get.lua; THREADS=$WRK_THREADS
        BENCH_PATH='/api/v1/revenue-alerts?status=NEW' ;;
    20) NAME="GET /reports/retention (GRR and NRR)"; SCRIPT=retention.lua; THREADS=$WRK_THREADS ;;
    21) NAME="GET /renewals?within=90"; SCRIPT=renewals.lua; THREADS=$WRK_THREADS ;;
    # The bench webhook of data.sql (inactive: nothing is sent) and its delivery log, newest first.
    22) NAME="GET /webhooks/{id}/deliveries (delivery log)"; SCRIPT=get.lua; THREADS=$WRK_THREADS
        BENCH_PATH=/api/v1/webhooks/00000000-0000-0000-0000-0000000000b2/deliveries ;;
    # One export at a time, as a warehouse pulls it: the latency is the time of the whole download.
    23) NAME="GET /accounts?format=csv (every live account as CSV, 1 connection)"; SCRIPT=get.lua; THREADS=1; CONNS=1
        BENCH_PATH='/api/v1/accounts?format=csv' ;;
    # A CRM's sync sends its batches one after another: two at a time (the target is a batch's time).
    24) NAME="POST /accounts/batch, 1,000 accounts by externalId, 2 connections"; SCRIPT=account-batch.lua; THREADS=2
        CONNS=2 ;;
    28) NAME="GET /accounts?planStale=true / planMissing=true (plans missing or stale)"; SCRIPT=plans.lua
        THREADS=$WRK_THREADS ;;
    30) NAME="GET /accounts/{id}/threats (threat paths)"; SCRIPT=threats.lua; THREADS=$WRK_THREADS ;;
    31) NAME="GET /reports/threat-exposure"; SCRIPT=threat-exposure.lua; THREADS=$WRK_THREADS ;;
    # The 60 bench offering gaps, ranked by the ARR of the accounts using them (first page of 50).
    32) NAME="GET /offering-gaps (ranked by ARR)"; SCRIPT=get.lua; THREADS=$WRK_THREADS
        BENCH_PATH=/api/v1/offering-gaps ;;
    # Issue 19: the current tier review company-wide (low-fit KEY and STRATEGIC, high-fit STANDARD), first page.
    35) NAME="GET /tier-reviews/current (tier review)"; SCRIPT=get.lua; THREADS=$WRK_THREADS
        BENCH_PATH=/api/v1/tier-reviews/current ;;
    # An owner's scorecard for the year, set-based over their accounts (issue 19).
    37) NAME="GET /users/{id}/scorecard (an owner's year)"; SCRIPT=scorecard.lua; THREADS=$WRK_THREADS ;;
    # The history of CSV imports on the Accounts import page, newest first.
    26) NAME="GET /imports?kind=ACCOUNTS (past CSV imports)"; SCRIPT=get.lua; THREADS=$WRK_THREADS
        BENCH_PATH='/api/v1/imports?kind=ACCOUNTS' ;;
    # Risk flags (issue 19): the list by flag, sorted by ARR at risk, and the risk report. Not yet measured.
    33) NAME="GET /accounts?flag=&flag=&sort=-arrAtRisk (risk flags)"; SCRIPT=risk-list.lua; THREADS=$WRK_THREADS ;;
    34) NAME="GET /reports/risk (counts, ARR, trend)"; SCRIPT=risk-report.lua; THREADS=$WRK_THREADS ;;
    # The managers' list of snoozed risk flags (issue 19), by end date; the runner snoozes one flag in ten.
    36) NAME="GET /risk-snoozes?active=true (snoozed flags)"; SCRIPT=risk-snoozes.lua; THREADS=$WRK_THREADS ;;
    # Issue 20: scenario 1 through nginx (deploy/nginx.conf) in front of one, then two instances (cluster_scenario).
    38) NAME="GET /accounts/{id} through the proxy, 1 and 2 instances"; SCRIPT=account.lua; THREADS=$WRK_THREADS ;;
    *) echo "bench: no scenario $1 (1 to 24, 26, 28, 30 to 38)." >&2; exit 2 ;;
  esac
  export BENCH_PATH
}

load() {
  wrk -t "$THREADS" -c "$CONNS" -d "$1" --timeout 60s -s "$BENCH_LUA_DIR/$SCRIPT" "$BENCH_URL"
}

# Scenario 18: the 500 accounts of a 5,000-line batch (10 products each, data.sql) are queued as an ingest queues
# them, and the time until the app's check job has emptied the queue is measured, 10 times: the first run raises
# their alerts (and tasks), the others find them open, as the nightly check mostly does. The app looks at the
# queue every 200 ms here (STRATUM_JOBS_REVENUE_ALERT_CHECK_EVERY), so a run takes at least that long to start.
# Polling a benchmark's subject (not a test): every 20 ms, at most two minutes per run.
detection_scenario() {
  local scale=$1 db times=() started ended ids
  db=$(bench_db "$scale")
  # The accounts are found once, before the clock: finding them is a sequential scan of every revenue line (24
  # million at 100,000 accounts), which the runs up to 20261126T200159Z measured as part of the detection.
  ids=$(bench_psql "$db" -c "select string_agg(distinct account_id::text, ',') from revenue_line
    where source = 'bench-alerts'")
  for _ in $(seq 1 10); do
    started=$(date +%s%N)
    bench_psql "$db" -c "insert into revenue_alert_check (account_id) select unnest('{$ids}'::uuid[])
      on conflict do nothing" >/dev/null
    for _ in $(seq 1 6000); do
      [ "$(bench_psql "$db" -c 'select count(*) from revenue_alert_check')" -eq 0 ] && break
      sleep 0.02
    done
    ended=$(date +%s%N)
    times+=("$(( (ended - started) / 1000000 ))")
  done
  record "$(python3 -c 'import json,statistics,sys; t=sorted(int(x) for x in sys.argv[4:])
print(json.dumps({"kind": "scenario", "id": "18", "name": sys.argv[1], "scale": int(sys.argv[2]), "rps": round(500000 / statistics.median(t), 1),
"p50_ms": statistics.median(t), "p99_ms": t[-1], "errors": 0, "peak_rss_mb": round(int(sys.argv[3]) / 1024), "runs_ms": t}))' \
    "$NAME" "$scale" "$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")" "${times[@]}")"
}

# Scenario 38: scenario 1's by-id reads through nginx (deploy/nginx.conf, as the cluster test runs it) in front of the
# instance already running, then in front of it and a second instance on the same database; each measured after its
# own warm-up (the second instance's JIT warms up in the first). Records 38.1 and 38.2, each with the CPU per request
# of the instances, the PostgreSQL backends and nginx: on two cores shared by all of them, what limits the scaling.
BENCH_PORT2="${BENCH_PORT2:-$((BENCH_PORT + 1))}"
BENCH_PROXY_PORT="${BENCH_PROXY_PORT:-$((BENCH_PORT + 2))}"
APP2_PID=
NGINX_PID=

proxy_config() {
  local conf="$WORK/nginx.conf" servers="server 127.0.0.1:$BENCH_PORT max_fails=3 fail_timeout=10s;"
  [ "$1" = 2 ] && servers="$servers
        server 127.0.0.1:$BENCH_PORT2 max_fails=3 fail_timeout=10s;"
  mkdir -p "$WORK/nginx"
  python3 - "$ROOT/deploy/nginx.conf" "$conf" "$BENCH_PROXY_PORT" "$WORK/nginx" "$servers" <<'PY'
import re, sys
src, dst, port, tmp, servers = sys.argv[1:]
conf = open(src).read()
conf = re.sub(r"        server app1:8080[^\n]*\n        server app2:8080[^\n]*\n", "        " + servers + "\n", conf)
conf = conf.replace("listen 8080;", f"listen 127.0.0.1:{port};")
# One line per request to a log costs CPU the two cores need: no access log in a benchmark.
conf = conf.replace("access_log /dev/stdout stratum;", "access_log off;")
temp = "".join(f"    {k}_temp_path {tmp}/{k};\n" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
conf = conf.replace("http {\n", "http {\n" + temp, 1)
assert conf.count("server 127.0.0.1:") >= 1 and f"listen 127.0.0.1:{port};" in conf, "deploy/nginx.conf changed shape"
open(dst, "w").write(conf)
PY
  echo "$conf"
}

stop_cluster() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  NGINX_PID=
  if [ -n "$APP2_PID" ] && kill -0 "$APP2_PID" 2>/dev/null; then
    kill "$APP2_PID"; wait "$APP2_PID" 2>/dev/null || true
  fi
  APP2_PID=
}

start_proxy() {
  local conf
  conf=$(proxy_config "$1")
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  nginx -p "$WORK/nginx" -c "$conf" -e "$WORK/nginx/error.log" -g "daemon off; pid $WORK/nginx/nginx.pid;" \
    >"$WORK/nginx/out.log" 2>&1 &
  NGINX_PID=$!
  # Polling the proxy until it answers (not a test): every 20 ms, at most ten seconds.
  for _ in $(seq 1 500); do
    curl -sf -o /dev/null "http://127.0.0.1:$BENCH_PROXY_PORT/q/health/ready" && return 0
    sleep 0.02
  done
  echo "bench: nginx did not answer on $BENCH_PROXY_PORT; $(tail -5 "$WORK/nginx/error.log")" >&2
  exit 1
}

# The second instance, as start_app starts the first (same database, same settings), on BENCH_PORT2.
start_second_app() {
  local db=$1 pid=$APP_PID log=$APP_LOG port=$BENCH_PORT url=$BENCH_URL
  BENCH_PORT=$BENCH_PORT2 BENCH_URL="http://127.0.0.1:$BENCH_PORT2"
  STRATUM_RATE_LIMIT_PER_MINUTE=1000000000 start_app "$db"
  APP2_PID=$APP_PID
  APP_PID=$pid APP_LOG=$log BENCH_PORT=$port BENCH_URL=$url
}

# The PostgreSQL backends serving the given JVMs' connections (matched by the client port of each of their sockets
# to the server), not every backend of the database: another run may use the same database.
app_backends() {
  local ports
  ports=$(ss -Htnp state established "( dport = :$PORT )" 2>/dev/null | python3 -c '
import re, sys
pids = set(sys.argv[1:])
for line in sys.stdin:
    if any(f"pid={p}," in line for p in pids):
        print(line.split()[2].rsplit(":", 1)[1])' "$@" | paste -sd, -)
  [ -n "$ports" ] && bench_psql "$(bench_db "$SCALE")" -c "select pid from pg_stat_activity where client_port in ($ports)"
  return 0
}

# CPU ticks used between two snapshots ("pid ticks" lines) by the processes present in both.
cpu_snapshot() {
  local pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && awk -v p="$pid" '{print p, $14 + $15}' "/proc/$pid/stat" 2>/dev/null
  done
  return 0
}
cpu_between() {
  python3 -c 'import sys
a = dict(l.split() for l in open(sys.argv[1]) if l.strip()); b = dict(l.split() for l in open(sys.argv[2]) if l.strip())
print(sum(int(b[p]) - int(a[p]) for p in a if p in b))' "$1" "$2"
}

cluster_run() {
  local instances=$1 scale=$2 db_pids app_cpu db_cpu nginx_cpu result peak_kb
  db_pids=$(app_backends "$APP_PID" $APP2_PID)
  cpu_snapshot $db_pids >"$WORK/db-cpu-before"
  app_cpu=$(cpu_ticks "$APP_PID" $APP2_PID); nginx_cpu=$(cpu_ticks $(pgrep -P "$NGINX_PID") "$NGINX_PID")
  result=$(wrk -t "$THREADS" -c "$CONNS" -d "${DURATION}s" --timeout 60s -s "$BENCH_LUA_DIR/$SCRIPT" \
    "http://127.0.0.1:$BENCH_PROXY_PORT" | tail -1)
  cpu_snapshot $db_pids >"$WORK/db-cpu-after"
  app_cpu=$(( $(cpu_ticks "$APP_PID" $APP2_PID) - app_cpu )); db_cpu=$(cpu_between "$WORK/db-cpu-before" "$WORK/db-cpu-after")
  nginx_cpu=$(( $(cpu_ticks $(pgrep -P "$NGINX_PID") "$NGINX_PID") - nginx_cpu ))
  peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")
  record "$(python3 -c 'import json,os,sys; r=json.loads(sys.argv[1]); tick=1e6/os.sysconf("SC_CLK_TCK")
n=max(1, r["requests"]); r.update(kind="scenario", id="38." + sys.argv[2], name=sys.argv[3] + ", " + sys.argv[2] + " instance(s)",
scale=int(sys.argv[4]), instances=int(sys.argv[2]), peak_rss_mb=round(int(sys.argv[5])/1024), app_cpu_us=round(int(sys.argv[6])*tick/n),
db_cpu_us=round(int(sys.argv[7])*tick/n), proxy_cpu_us=round(int(sys.argv[8])*tick/n))
print(json.dumps(r))' "$result" "$instances" "GET /accounts/{id} through nginx" "$scale" "$peak_kb" "$app_cpu" "$db_cpu" "$nginx_cpu")"
}

cluster_scenario() {
  local scale=$1
  require_tools nginx pgrep ss
  echo "bench: [$scale] 38 $NAME: one instance behind the proxy (warm-up ${WARMUP}s, measured ${DURATION}s)" >&2
  start_proxy 1
  wrk -t "$THREADS" -c "$CONNS" -d "${WARMUP}s" --timeout 60s -s "$BENCH_LUA_DIR/$SCRIPT" \
    "http://127.0.0.1:$BENCH_PROXY_PORT" >/dev/null
  echo 5 >"/proc/$APP_PID/clear_refs"
  cluster_run 1 "$scale"
  start_second_app "$(bench_db "$scale")"
  echo "bench: [$scale] 38 second instance ready in ${READY_MS} ms; two instances behind the proxy" >&2
  start_proxy 2
  # The second instance's JIT warms up here: twice the warm-up.
  wrk -t "$THREADS" -c "$CONNS" -d "$((2 * WARMUP))s" --timeout 60s -s "$BENCH_LUA_DIR/$SCRIPT" \
    "http://127.0.0.1:$BENCH_PROXY_PORT" >/dev/null
  echo 5 >"/proc/$APP_PID/clear_refs"
  cluster_run 2 "$scale"
  stop_cluster
}

# One scenario: warm-up, then the measured run with the server's peak RSS reset in between.
scenario() {
  local id=$1 scale=$2
  describe "$id"
  if [ "$id" = 18 ]; then
    echo "bench: [$scale] $id $NAME (10 runs)" >&2
    detection_scenario "$scale"
    return
  fi
  if [ "$id" = 38 ]; then
    cluster_scenario "$scale"
    return
  fi
  echo "bench: [$scale] $id $NAME (warm-up ${WARMUP}s, measured ${DURATION}s, $CONNS connections)" >&2
  load "${WARMUP}s" >/dev/null
  echo 5 >"/proc/$APP_PID/clear_refs"
  local result peak_kb db_pids app_cpu db_cpu
  # CPU time spent per request by the app and by its PostgreSQL backends (utime + stime, in clock ticks): where the
  # cost is, and what a change saved. It depends less on the machine's other load than latency does, but not
  # nothing: on a machine loaded 10 times over, a by-id read measured 4,500 µs of app CPU (JIT and contention).
  db_pids=$(bench_psql "$(bench_db "$scale")" -c "select pid from pg_stat_activity
    where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()")
  app_cpu=$(cpu_ticks "$APP_PID"); db_cpu=$(cpu_ticks $db_pids)
  result=$(load "${DURATION}s" | tail -1)
  app_cpu=$(( $(cpu_ticks "$APP_PID") - app_cpu )); db_cpu=$(( $(cpu_ticks $db_pids) - db_cpu ))
  peak_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status")
  # The threat-exposure snapshot (a job every 5 minutes, on one of the app's connections) when it finished inside
  # the measured window: its CPU is then inside the window's per-request figures, and the report says so.
  local snapshot_ms
  snapshot_ms=$(bench_psql "$(bench_db "$scale")" -c "select coalesce(max(took_ms), 0) from threat_exposure_snapshot
    where computed_at > now() - interval '${DURATION} seconds'")
  record "$(python3 -c 'import json,os,sys; r=json.loads(sys.argv[1]); tick=1e6/os.sysconf("SC_CLK_TCK")
n=max(1, r["requests"]); r.update(kind="scenario", id=sys.argv[2], name=sys.argv[3], scale=int(sys.argv[4]),
peak_rss_mb=round(int(sys.argv[5])/1024), app_cpu_us=round(int(sys.argv[6])*tick/n), db_cpu_us=round(int(sys.argv[7])*tick/n),
threat_snapshot_ms=int(sys.argv[8]))
print(json.dumps(r))' "$result" "$id" "$NAME" "$scale" "$peak_kb" "$app_cpu" "$db_cpu" "$snapshot_ms")"
}

# The CPU time (user + system, clock ticks) the given processes have used so far; gone processes count 0.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# The written opportunities are removed with their history and audit rows, so that runs compare. Only the audit
# triggers are paused: the report totals' trigger takes the removed opportunities out again.
remove_writes() {
  bench_psql "$1" >/dev/null <<'SQL'
begin;
alter table opportunity disable trigger opportunity_audit;
alter table opportunity_stage_change disable trigger opportunity_stage_change_audit;
alter table audit_event disable trigger audit_event_no_update;
delete from audit_event where action = 'createOpportunity';
delete from opportunity where title like 'Bench write: %';
alter table opportunity enable trigger opportunity_audit;
alter table opportunity_stage_change enable trigger opportunity_stage_change_audit;
alter table audit_event enable trigger audit_event_no_update;
commit;
vacuum analyze opportunity, opportunity_stage_change, audit_event;
SQL
}

# The app on one scale's database: start-up figures, then the scenarios named.
bench_scale() {
  local scale=$1; shift
  local db
  db=$(bench_db "$scale")
  # Earlier runs' tokens are retired, so that the per-user token cap never stops a run.
  bench_psql "$db" -c "update api_token set revoked_at = now() where name = 'bench' and revoked_at is null" >/dev/null
  STRATUM_RATE_LIMIT_PER_MINUTE=1000000000 STRATUM_JOBS_REVENUE_ALERT_CHECK_EVERY=0.2s STRATUM_JOBS_RISK_REFRESH_EVERY=1s start_app "$db"
  record "{\"kind\":\"startup\",\"scale\":$scale,\"ready_ms\":$READY_MS,\"rss_mb\":$((START_RSS_KB / 1024)),\"log\":$(grep -o 'started in [0-9.]*s' "$APP_LOG" | head -1 | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read().strip()))')}"
  echo "bench: [$scale] ready in ${READY_MS} ms, RSS $((START_RSS_KB / 1024)) MB"
  export BENCH_TOKEN
  BENCH_TOKEN=$(mint_token)
  bench_psql "$db" -c "select id from account where not archived" >"$WORK/account-ids.txt"
  # The bench token's user (the admin, made at start) gets the notifications an owner has (data.sql): scenario 15.
  bench_psql "$db" -c "insert into notification (id, user_id, kind, title, link, created_at, read_at, updated_at)
    select md5('admin-notification' || n)::uuid, u.id, 'SURVEY_ANSWERED', 'A customer answered its QBR.', '/accounts',
           now() - make_interval(hours => n * 100), case when n > 5 then now() - make_interval(hours => n * 100 - 1) end,
           now() - make_interval(hours => n * 100 - case when n > 5 then 1 else 0 end)
    from app_user u, generate_series(1, 20) n where u.email = '$BENCH_ADMIN_EMAIL' on conflict (id) do nothing" >/dev/null
  bench_psql "$db" -c "select id from app_user where role = 'ACCOUNT_MANAGER'" >"$WORK/owner-ids.txt"
  # Scenario 36: one raised risk flag in ten is snoozed, ending over the next 90 days (kept across runs: the same
  # rows each time, by a hash of the key).
  bench_psql "$db" -c "insert into risk_flag_snooze (account_id, flag, reason, ends_on, snoozed_by, snoozed_at)
    select f.account_id, f.flag, 'Bench: waiting for the budget round', current_date + 1 + abs(hashtext(f.account_id::text)) % 90,
           null, now()
    from account_risk_flag f where abs(hashtext(f.account_id::text || f.flag)) % 10 = 0
    on conflict (account_id, flag) do nothing" >/dev/null
  # The snoozed flags stop counting: the accounts' stored flags read again, as the app does after a snooze (only the
  # accounts whose reading changes are written).
  bench_psql "$db" -c "select risk_project(array(select distinct account_id from risk_flag_snooze), now())" >/dev/null
  bench_psql "$db" -c "select account_id from activity group by account_id having count(*) >= 400" \
    >"$WORK/timeline-ids.txt"
  bench_psql "$db" -c "select lower(split_part(name, ' ', 1)) from account order by md5(id::text) limit 2000" \
    >"$WORK/search-terms.txt"
  bench_psql "$db" -c "select lower(split_part(name, ' ', 1 + abs(hashtext(id::text)) % 2)) from contact
    order by md5(id::text) limit 2000" >"$WORK/contact-terms.txt"
  # A database loaded before tasks existed gets them now (the app has just added the table).
  if [ "$(bench_psql "$db" -c 'select count(*) from task')" -eq 0 ]; then
    bench_psql "$db" -f "$ROOT/bench/tasks.sql" >/dev/null
  fi
  # My day is the caller's own: API tokens (tasks:read) for 50 account managers, each line "<token>".
  day_tokens "$db" >"$WORK/day-tokens.txt"
  # Scenarios 33 and 34 read the risk flags, which the app's risk-refresh job judges for every account data.sql
  # queued (RiskRules is their one home; 130–155 accounts a second on a busy 2-core machine, about 12 minutes for
  # 100,000): wait for the queue.
  if [ -z "$ONLY" ] || [[ " $ONLY " == *" 33 "* ]] || [[ " $ONLY " == *" 34 "* ]]; then
    while [ "$(bench_psql "$db" -c 'select count(*) from risk_dirty')" -gt 0 ]; do
      echo "bench: [$scale] waiting for the risk-refresh job: $(bench_psql "$db" -c 'select count(*) from risk_dirty') accounts queued"
      sleep 10
    done
  fi
  # The tables the app's jobs rewrite (the risk refresh writes every account's stored flags, the running totals fold):
  # vacuumed and analysed before measuring, for a server where autovacuum is off (this machine's PostgreSQL has
  # autovacuum = off; the first run of 20261126 read 100,000 dead account rows and 150,000 dead running totals).
  bench_psql "$db" -c "vacuum analyze account, account_risk_flag, risk_flag_total, risk_flag_snooze" >/dev/null
  # The JIT compiles the hot paths during the first minute of load: one pass over every scenario first, the
  # same at both scales (also those measured only at the larger one), so that the scales compare.
  echo "bench: [$scale] JIT warm-up, ${WARMUP}s per scenario" >&2
  for s in ${ONLY:-1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 19 20 21 22 23 24 26 28 30 31 32 33 34 35 36 37}; do
    describe "$s"
    [ -n "$SCRIPT" ] && load "${WARMUP}s" >/dev/null
  done
  remove_writes "$db"
  # The warm-up wrote revenue lines, alerts, tasks, notifications, activities and the jobs' snapshots: every table is
  # vacuumed and analysed again (on a server without autovacuum, a stale estimate of a table the warm-up grew from
  # 4,000 to 45,000 rows is enough to turn a hashed probe into a scan per account).
  bench_psql "$db" -c "vacuum analyze" >/dev/null
  for s in "$@"; do
    scenario "$s" "$scale"
  done
  remove_writes "$db"
  stop_app
}

record "$(machine)"
if [ -n "$ONLY" ]; then
  # shellcheck disable=SC2086 # the list of scenarios is split on purpose
  bench_scale "$SCALE" $ONLY
  python3 "$ROOT/bench/report.py" --no-doc "$OUT"
  exit 0
fi
record "$(run_pgbench)"
bench_scale "$SCALE" 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 26 28 30 31 32 33 34 35 36 37 38
bench_scale "$SMALL" 2 4
python3 "$ROOT/bench/report.py" "$OUT"
