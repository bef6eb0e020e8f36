#!/usr/bin/env bash
# Builds dist/psc-counter_VERSION_ARCH.deb (the counter) and dist/psc-counter-central_VERSION_ARCH.deb (the
# reference central service as a systemd unit) from the bundle in dist/psc-counter/, with dpkg-deb.
#
# The counter package installs the bundle under /opt/psc-counter, /usr/bin/psc-counter, a desktop entry with
# a Thai name and the icon. It never touches the counter's data: that lives in each user's home
# (~/.local/share/psc-counter), so removing or upgrading the package keeps every record.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=dist/psc-counter
[ -x "$BUNDLE/psc-counter" ] || { echo "no bundle in $BUNDLE: run packaging/build_dist.py first" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb
rm -rf "$STAGE"

# ---------------------------------------------------------------- psc-counter
root="$STAGE/psc-counter"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/psc-counter"
cp -a "$BUNDLE" "$root/opt/psc-counter"
# A wrapper, not a symlink: the bundle finds its _internal folder next to the real program.
cat > "$root/usr/bin/psc-counter" <<'SH'
#!/bin/sh
exec /opt/psc-counter/psc-counter "$@"
SH
chmod 0755 "$root/usr/bin/psc-counter"
install -m 0644 resources/icons/psc-counter.svg "$root/usr/share/icons/hicolor/scalable/apps/psc-counter.svg"
install -m 0644 packaging/deb/psc-counter.desktop "$root/usr/share/applications/psc-counter.desktop"
install -m 0644 packaging/deb/copyright "$root/usr/share/doc/psc-counter/copyright"
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: psc-counter
Version: $VERSION
Architecture: $ARCH
Maintainer: PSC Counter team <psc-counter@localhost>
Installed-Size: $size
Section: misc
Priority: optional
Depends: libc6, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libegl1, libgl1, libxkbcommon0,
 libxkbcommon-x11-0, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-xinerama0, libxcb-xkb1, libxcb-shape0, libxcb-randr0, libcups2
Description: PSC Counter — walk-in complaint counter of the Government Complaint Center 1111
 Registers walk-in complaints and group petitions, prints thermal receipts with a tracking QR code and
 syncs to the central complaint-management system. Self-contained: no Python needed. The counter's data
 lives in each user's home folder and is kept when this package is removed or upgraded.
CONTROL
install -m 0755 packaging/deb/postinst "$root/DEBIAN/postinst"
install -m 0755 packaging/deb/postrm "$root/DEBIAN/postrm"
dpkg-deb --root-owner-group -Zgzip --build "$root" "dist/psc-counter_${VERSION}_${ARCH}.deb" >/dev/null

# ---------------------------------------------------------------- psc-counter-central
root="$STAGE/psc-counter-central"
mkdir -p "$root/DEBIAN" "$root/lib/systemd/system" "$root/etc/psc-counter" "$root/usr/share/doc/psc-counter-central"
install -m 0644 packaging/deb/psc-counter-central.service "$root/lib/systemd/system/psc-counter-central.service"
install -m 0640 packaging/deb/central.env "$root/etc/psc-counter/central.env"
install -m 0644 docs/CENTRAL.md "$root/usr/share/doc/psc-counter-central/CENTRAL.md"
echo "/etc/psc-counter/central.env" > "$root/DEBIAN/conffiles"
cat > "$root/DEBIAN/control" <<CONTROL
Package: psc-counter-central
Version: $VERSION
Architecture: all
Maintainer: PSC Counter team <psc-counter@localhost>
Section: net
Priority: optional
Depends: psc-counter (= $VERSION), passwd
Recommends: postgresql
Description: PSC Counter reference central intake service (systemd unit)
 Runs "psc-counter central serve" as the psc-central system user, configured in
 /etc/psc-counter/central.env (database URL, address, TLS certificate and key). PostgreSQL and TLS
 set-up: /usr/share/doc/psc-counter-central/CENTRAL.md.
CONTROL
install -m 0755 packaging/deb/central.postinst "$root/DEBIAN/postinst"
dpkg-deb --root-owner-group -Zgzip --build "$root" "dist/psc-counter-central_${VERSION}_all.deb" >/dev/null
ls -l dist/*.deb
