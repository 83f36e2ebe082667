#!/usr/bin/env bash
# make bench-data SCALE=100000: a fresh database stratum_bench_<SCALE>, migrated by the packaged app itself and
# filled set-based by bench/data.sql (see docs/performance.md for what it holds).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SCALE="${1:-${SCALE:-100000}}"
require_scale "$SCALE"
require_jar
require_tools psql curl
DB=$(bench_db "$SCALE")
"$ROOT/scripts/db-provision.sh" >/dev/null

began=$(date +%s)
echo "bench-data: recreating $DB"
as_superuser -c "drop database if exists $DB with (force)"
as_superuser -c "create database $DB owner $ROLE"

echo "bench-data: migrating $DB with the packaged app"
trap stop_app EXIT
start_app "$DB"
stop_app

echo "bench-data: loading $SCALE accounts"
bench_psql "$DB" -v scale="$SCALE" -f "$ROOT/bench/data.sql"
bench_psql "$DB" -f "$ROOT/bench/tasks.sql"
bench_psql "$DB" -F ' ' -c "select 'accounts', count(*) from account" -c "select 'qbrs', count(*) from qbr" \
  -c "select 'answers', count(*) from qbr_answer" -c "select 'opportunities', count(*) from opportunity" \
  -c "select 'owners', count(*) from app_user where role = 'ACCOUNT_MANAGER'" \
  -c "select 'business units', count(*) from business_unit" -c "select 'contacts', count(*) from contact" \
  -c "select 'single-threaded', count(*) from account where single_threaded" \
  -c "select 'tasks', count(*) from task" \
  -c "select 'size', pg_size_pretty(pg_database_size(current_database()))" | sed 's/^/bench-data:   /'
echo "bench-data: $DB ready in $(( $(date +%s) - began )) s"
