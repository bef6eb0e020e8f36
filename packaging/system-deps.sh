#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, when run as root on Debian and any is missing.
# Not root or not Debian: says what is missing and goes on (the tests that need a package will say so too).
set -euo pipefail
packages=(
  xvfb xauth                         # a screen for `make run` on a headless box
  openbox                            # the X11 walkthrough test needs a window manager (focus after dialogs)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0   # Qt's xcb platform plugin
  poppler-utils                      # pdftotext / pdftoppm read our PDFs back in tests
  libusb-1.0-0                       # python-escpos USB printers
  cups cups-client cups-bsd libcups2-dev   # cups:// printers: pycups builds against libcups; tests run a cupsd
  bubblewrap x11-utils               # make dist-test: the bundle in a sandbox without Python; xwininfo sees its window
  chromium chromium-driver fonts-thai-tlwg   # the citizen tracking page in a real headless browser
  pcscd libpcsclite-dev swig gcc     # ID-card reader: PC/SC daemon, and what pyscard builds against
  vsmartcard-vpcd                    # virtual card reader for the card tests (packaging/smartcard-stack.sh)
  sane-utils libsane1                # document scanner: scanimage and SANE backends (tests use "test")
)
command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages (run as root or: sudo apt-get install ${missing[*]})" >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
