#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 cluster and creates the role and database the tests use, then prints
# their connection URL. Idempotent: run it as often as you like (as root), e.g.
#   export SUBSIDIA_TEST_PG="$(bash .ci/postgres.sh)"
set -euo pipefail
pg_lsclusters -h 2>/dev/null | grep -q '^15 \+main ' || pg_createcluster 15 main >/dev/null
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start >&2
as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAX "$@"; }
for _ in $(seq 1 30); do as_postgres -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
[ "$(as_postgres -c "select 1 from pg_roles where rolname = 'subsidia'")" = 1 ] ||
  as_postgres -c "create role subsidia login password 'subsidia'" >/dev/null
[ "$(as_postgres -c "select 1 from pg_database where datname = 'subsidia_test'")" = 1 ] ||
  as_postgres -c "create database subsidia_test owner subsidia" >/dev/null
echo "postgres://subsidia:subsidia@127.0.0.1:5432/subsidia_test"
