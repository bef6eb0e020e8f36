#!/usr/bin/env bash
# Starts a PostgreSQL cluster "psc" on 127.0.0.1:5433 for the central service's tests (CI and developers, as root).
# Idempotent: ~0.2 s when it already runs. Exports nothing; tests find it through PSC_TEST_POSTGRES_URL or the
# default in tests/sync/conftest.py (postgresql+psycopg://psc:psc-test@127.0.0.1:5433/psc_central_test), and
# skip the PostgreSQL variant when it does not answer.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "postgres.sh: not root, skipping"; exit 0; }
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
# Under a C locale the cluster comes out SQL_ASCII: Thai text needs UTF-8.
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx psc; then
  pg_createcluster --locale C.UTF-8 -p 5433 "$version" psc -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/$version/psc/postgresql.conf"
fi
pg_ctlcluster "$version" psc start 2>/dev/null || true
for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5433 && break; sleep 0.2; done
su postgres -c "psql -p 5433 -tAc \"SELECT 1 FROM pg_roles WHERE rolname='psc'\"" | grep -q 1 ||
  su postgres -c "psql -p 5433 -c \"CREATE ROLE psc LOGIN PASSWORD 'psc-test'\"" >/dev/null
su postgres -c "psql -p 5433 -tAc \"SELECT 1 FROM pg_database WHERE datname='psc_central_test'\"" | grep -q 1 ||
  su postgres -c "createdb -p 5433 -O psc -E UTF8 psc_central_test" >/dev/null
# A database of its own for the center's checks (issue 8), so parallel test runs do not empty each other's.
su postgres -c "psql -p 5433 -tAc \"SELECT 1 FROM pg_database WHERE datname='psc_center_checks'\"" | grep -q 1 ||
  su postgres -c "createdb -p 5433 -O psc -E UTF8 psc_center_checks" >/dev/null
# The benchmarks' own database (make bench: bench_sync, bench_load), so a bench run never empties a test's.
su postgres -c "psql -p 5433 -tAc \"SELECT 1 FROM pg_database WHERE datname='psc_bench'\"" | grep -q 1 ||
  su postgres -c "createdb -p 5433 -O psc -E UTF8 psc_bench" >/dev/null
echo "PostgreSQL ready on 127.0.0.1:5433 (database psc_central_test)"
