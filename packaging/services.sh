#!/usr/bin/env bash
# Starts the services the test suite uses, as root, each idempotent (make test calls this before pytest).
# Elsewhere (not root) it says so; the tests that need a service then skip with the reason.
set -uo pipefail
cd "$(dirname "$0")"
if [ "$(id -u)" -ne 0 ]; then
  echo "services.sh: not root — PostgreSQL tests will be skipped unless a server answers on 127.0.0.1:5433"
  exit 0
fi
bash postgres.sh || echo "services.sh: PostgreSQL could not be started; its tests will say so and skip"
