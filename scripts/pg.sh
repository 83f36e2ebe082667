# Shared by the database scripts: where PostgreSQL is and how to reach it as its superuser.
HOST=127.0.0.1
PORT=5432
ROLE=stratum

reachable() { pg_isready -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

# Run SQL as the postgres superuser: over TCP if trusted, else through the local socket as the postgres OS user.
as_superuser() {
  if psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -c 'select 1' >/dev/null 2>&1; then
    psql -h "$HOST" -p "$PORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -qtA "$@"
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  else
    sudo -n -u postgres psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  fi
}
