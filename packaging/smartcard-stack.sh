#!/usr/bin/env bash
# The PC/SC test stack: Debian's pcscd with the vsmartcard virtual reader driver (vpcd), started once per
# machine. Prints the pid of the pcscd it started (nothing when one was already running) and exits 0 when
# readers "Virtual PCD 00 00"/"00 01" listen on 127.0.0.1:35963/35964; exits 77 with the reason on stderr
# when it cannot (not root, not Debian, packages missing and not installable).
# Traps: only one pcscd per machine (its socket is /run/pcscd/pcscd.comm), so an already running one is reused;
# vpcd listens on all interfaces on 35963/35964, so nothing else may bind those ports; there is no systemd
# here, so pcscd runs in the foreground (-f) in its own session, with its log in /tmp.
set -euo pipefail
packages=(pcscd vsmartcard-vpcd libpcsclite-dev swig gcc)
# Listening on 35963 (0x8C7B), read from /proc: connecting to look would insert an empty card into the reader.
port_open() { grep -qE '^ *[0-9]+: [0-9A-F]+:8C7B [0-9A-F]+:0000 0A' /proc/net/tcp /proc/net/tcp6 2>/dev/null; }
if pgrep -x pcscd >/dev/null 2>&1; then
  if port_open; then exit 0; fi
  echo "pcscd runs without the vpcd reader driver (vsmartcard-vpcd); restart it as root to load it" >&2
  exit 77
fi
if ! command -v dpkg >/dev/null 2>&1; then echo "not a Debian system: no pcscd/vpcd test stack" >&2; exit 77; fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "$(id -u)" -ne 0 ]; then
  echo "pcscd is not running and starting it needs root (sudo packaging/smartcard-stack.sh)" >&2
  exit 77
fi
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}" >&2; exit 77; }
fi
setsid /usr/sbin/pcscd -f -e >/tmp/pcscd-test.log 2>&1 < /dev/null &
pid=$!
for _ in $(seq 1 100); do
  if [ -S /run/pcscd/pcscd.comm ] && port_open; then echo "$pid"; exit 0; fi
  sleep 0.05
done
echo "pcscd started (pid $pid) but the vpcd reader did not appear; see /tmp/pcscd-test.log" >&2
kill "$pid" 2>/dev/null || true
exit 77
