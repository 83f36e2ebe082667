#!/usr/bin/env bash
# Makes sure the local PostgreSQL is up and has the stratum role and databases.
# Skipped when QUARKUS_DATASOURCE_JDBC_URL is set: then the database is yours to provide.
set -euo pipefail

if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  echo "db: using QUARKUS_DATASOURCE_JDBC_URL as configured; no local provisioning."
  exit 0
fi

source "$(dirname "$0")/pg.sh"
DATABASES=(stratum stratum_test)

if ! command -v psql >/dev/null 2>&1 || ! command -v pg_isready >/dev/null 2>&1; then
  echo "db: PostgreSQL client tools (psql) are not installed. Install PostgreSQL 15+ (Debian: apt-get install postgresql), or set QUARKUS_DATASOURCE_JDBC_URL to a database you run elsewhere." >&2
  exit 1
fi

if ! reachable && command -v pg_ctlcluster >/dev/null 2>&1; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    echo "db: starting local PostgreSQL cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  done
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
fi

if ! reachable; then
  echo "db: no PostgreSQL answers on $HOST:$PORT. Start it (for example: sudo pg_ctlcluster 15 main start), or set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to a database you run elsewhere." >&2
  exit 1
fi

if ! as_superuser -c 'select 1' >/dev/null 2>&1; then
  echo "db: cannot connect as the postgres superuser to create the '$ROLE' role and databases. Create them yourself (create role $ROLE login password '$ROLE'; create database stratum owner $ROLE; create database stratum_test owner $ROLE;) or set QUARKUS_DATASOURCE_JDBC_URL." >&2
  exit 1
fi

if [ "$(as_superuser -c "select 1 from pg_roles where rolname = '$ROLE'")" != "1" ]; then
  echo "db: creating role $ROLE"
  as_superuser -c "create role $ROLE login password '$ROLE'"
fi
for db in "${DATABASES[@]}" "$@"; do
  if [ "$(as_superuser -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    echo "db: creating database $db"
    as_superuser -c "create database $db owner $ROLE"
  fi
done
echo "db: PostgreSQL ready on $HOST:$PORT (databases: ${DATABASES[*]} $*)"
