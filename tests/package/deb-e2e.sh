#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian packages, end to end:
#   1. dpkg-buildpackage -us -uc -b from a copy of the source (packaging/debian as
#      debian/; DEB_BUILD_OPTIONS=nocheck, the tests run in their own ctest stages);
#   2. lintian on the result: no error allowed, warnings listed;
#   3. a fresh Debian 12 minbase root (debian-root.sh, cached), the bus and polkit
#      from the mirror, then proclens-helper + proclens-cli installed with apt while
#      that root's system bus runs (the postinst reloads it);
#   4. in the root: dbus-daemon --system with the package's own configuration (its
#      socket is the root's /run/dbus/system_bus_socket, private to this test);
#      `proclens-cli record --duration 1` then `proclens-cli status` as root and as a
#      user a polkit rule allows (both must go through the system bus and name the
#      mode), `record` as a user without a rule (polkit must refuse). The helper and
#      polkitd are started by the bus from their installed activation files (D-Bus
#      activation through the setuid launch helper, as on a system without systemd);
#      the test never starts them itself.
#
#   deb-e2e.sh SOURCE_DIR
#
# Runs in a private mount namespace (unshare -m): the root's /proc, /sys, /dev and
# apt cache mounts never reach the host. PROCLENS_DEB_KEEP=1 keeps the work dir;
# PROCLENS_DEB_PREBUILT=DIR takes the .debs and .changes dpkg-buildpackage already
# wrote to DIR instead of building them again (steps 2-4 only).
set -euo pipefail

src="$(cd "${1:?usage: deb-e2e.sh SOURCE_DIR}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${PROCLENS_DEBOOTSTRAP_CACHE:-/var/cache/proclens-test-debootstrap}"

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: needs root (debootstrap, chroot, mounts)"; exit 77
fi
missing=""
for tool in dpkg-buildpackage dh lintian debootstrap unshare chroot fakeroot; do
  command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "SKIP: missing$missing (scripts/install-deps.sh installs them)"; exit 77
fi

# Outer part: make the work dir, run the rest in a private mount namespace, clean up
# after it (the namespace's mounts are gone then, so rm never crosses into them).
if [ "${PROCLENS_DEB_INNER:-}" != 1 ]; then
  work="$(mktemp -d /tmp/proclens-deb.XXXXXX)"
  set +e
  unshare -m --propagation private env PROCLENS_DEB_INNER=1 PROCLENS_DEB_WORK="$work" "$0" "$src"
  status=$?
  set -e
  if [ "${PROCLENS_DEB_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf --one-file-system "$work"; fi
  exit "$status"
fi

work="$PROCLENS_DEB_WORK"
root="$work/root"
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

# Processes the test started inside the root (the bus and what it activated).
stop_root_processes() {
  local pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill "$pid" 2>/dev/null || true
  done
}
trap stop_root_processes EXIT

# ---- 1. build ---------------------------------------------------------------------
if [ -n "${PROCLENS_DEB_PREBUILT:-}" ]; then
  step "taking the .debs built in $PROCLENS_DEB_PREBUILT"
  cp "$PROCLENS_DEB_PREBUILT"/proclens*.deb "$PROCLENS_DEB_PREBUILT"/proclens_*.changes \
     "$PROCLENS_DEB_PREBUILT"/proclens_*.buildinfo "$work/"
else
  step "building the .debs (dpkg-buildpackage -us -uc -b) in $work/src"
  mkdir -p "$work/src"
  tar -C "$src" --exclude='./build*' --exclude=./.git --exclude='./obj-*' -cf - . | tar -C "$work/src" -xf -
  cp -r "$src/packaging/debian" "$work/src/debian"
  if ! (cd "$work/src" && DEB_BUILD_OPTIONS="nocheck parallel=$(nproc)" \
          dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1); then
    tail -n 60 "$work/build.log"; echo "FAIL: dpkg-buildpackage"; exit 1
  fi
fi
changes="$(ls "$work"/proclens_*.changes)"
ls -1 "$work"/*.deb | sed 's|.*/|  built |'

# ---- 2. lintian -------------------------------------------------------------------
step "lintian $(basename "$changes")"
set +e
lintian --fail-on error --display-level '>=warning' "$changes" >"$work/lintian.log" 2>&1
lintian_status=$?
set -e
errors="$(grep -c '^E: ' "$work/lintian.log" || true)"
warnings="$(grep -c '^W: ' "$work/lintian.log" || true)"
echo "lintian: $errors errors, $warnings warnings"
grep -E '^[EW]: ' "$work/lintian.log" | sed 's/^/  /' || true
if [ "$lintian_status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  cat "$work/lintian.log"; echo "FAIL: lintian reports errors"; exit 1
fi

# ---- 3. a fresh Debian 12 root with the packages -------------------------------------
step "Debian 12 minbase root in $root"
"$here/debian-root.sh" "$root"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"       # BTF, bpffs, cgroups, cpu list (libbpf)
mount --rbind /dev "$root/dev"
mkdir -p "$cache/archives/partial" "$root/var/cache/apt/archives"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"  # downloads reused by reruns
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt: system bus and polkit from the mirror"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
in_root apt-get install -y -q --no-install-recommends dbus polkitd >>"$work/apt.log" 2>&1 ||
  { tail -n 40 "$work/apt.log"; echo "FAIL: apt-get install dbus polkitd"; exit 1; }

step "starting the root's system bus (dbus-daemon --system, the package's configuration)"
mkdir -p "$root/run/dbus"
chroot "$root" dbus-daemon --system --nofork --nopidfile >"$work/dbus.log" 2>&1 &
bus_pid=$!
for _ in $(seq 500); do [ -S "$root/run/dbus/system_bus_socket" ] && break; sleep 0.02; done
[ -S "$root/run/dbus/system_bus_socket" ] || { cat "$work/dbus.log"; echo "FAIL: the system bus did not start"; exit 1; }

step "apt: proclens-helper + proclens-cli (dependencies from the mirror)"
mkdir -p "$root/tmp/debs"
cp "$work"/proclens-helper_*.deb "$work"/proclens-cli_*.deb "$root/tmp/debs/"
in_root sh -c 'apt-get install -y -q --no-install-recommends /tmp/debs/*.deb' >>"$work/apt.log" 2>&1 ||
  { tail -n 40 "$work/apt.log"; echo "FAIL: apt-get install of the packages"; exit 1; }
in_root dpkg-query -W -f '  installed ${Package} ${Version}\n' proclens-helper proclens-cli

# polkitd pulled systemd into the root: its verifier checks the installed unit
# (syntax, unknown keys, ExecStart executable) although no systemd runs here.
step "systemd-analyze verify proclens-helper.service"
set +e
verify="$(in_root systemd-analyze verify /lib/systemd/system/proclens-helper.service 2>&1)"
verify_status=$?
set -e
if [ "$verify_status" -ne 0 ] || [ -n "$verify" ]; then
  echo "$verify"; echo "FAIL: systemd-analyze verify"; exit 1
fi
echo "  unit verified"

# ---- 4. proclens-cli status through the installed helper -------------------------------
in_root useradd --create-home proclens-allowed
in_root useradd --create-home proclens-refused
cat >"$root/etc/polkit-1/rules.d/50-proclens-test.rules" <<'RULES'
// Test rule: this one user may monitor without authenticating.
polkit.addRule(function(action, subject) {
    if (action.id == "org.proclens.monitor" && subject.user == "proclens-allowed")
        return polkit.Result.YES;
});
RULES

# polkitd is D-Bus-activated only (polkit.service is static). On a desktop the session's
# polkit agent starts it at login; the helper asks only a running polkitd (no
# auto-start), so the test starts it the same way, through the bus and its installed
# activation file.
in_root dbus-send --system --print-reply --dest=org.freedesktop.PolicyKit1 /org/freedesktop/PolicyKit1/Authority \
  org.freedesktop.DBus.Properties.Get string:org.freedesktop.PolicyKit1.Authority string:BackendName >/dev/null ||
  { cat "$work/dbus.log"; echo "FAIL: polkitd was not activated"; exit 1; }

fail=0
as_user() {  # USER COMMAND... ; sets $out and $rc
  local user="$1" home
  shift
  home="$(chroot "$root" getent passwd "$user" | cut -d: -f6)"
  set +e
  # setsid, no stdin: no terminal for a password prompt, so polkit's answer is the policy's.
  out="$(setsid --wait chroot --userspec="$user:$user" "$root" env -i PATH=/usr/bin:/bin HOME="$home" \
           LANG=C.UTF-8 "$@" 2>&1 </dev/null)"
  rc=$?
  set -e
  echo "$out" | head -n 4 | sed "s/^/  [$user, exit $rc] /"
}
# A capture (polkit: org.proclens.monitor, then the eBPF programs load in the helper),
# then status, which must name the helper's transport and the capture mode.
capture_and_status() {  # USER
  as_user "$1" proclens-cli record --summary --duration 1
  if [ "$rc" -ne 0 ] || ! grep -q 'through the helper (system bus, ' <<<"$out"; then
    echo "FAIL: record as $1 should run through the installed helper on the system bus"; fail=1
  fi
  as_user "$1" proclens-cli status
  if [ "$rc" -ne 0 ] || ! grep -q '^helper: .*(system bus)$' <<<"$out" || ! grep -qE '^mode: +[^ ]' <<<"$out"; then
    echo "FAIL: status as $1 should succeed over the system bus and name the mode"; fail=1
  fi
}
step "as root: proclens-cli record --duration 1, then status"
capture_and_status root
step "as proclens-allowed (polkit rule: yes): record, then status"
capture_and_status proclens-allowed
step "as proclens-refused (the policy's default auth_admin_keep, no agent): record is refused"
as_user proclens-refused proclens-cli record --summary --duration 1
if [ "$rc" -eq 0 ] || ! grep -q 'Not authorized for org.proclens.monitor' <<<"$out"; then
  echo "FAIL: record as proclens-refused should be refused by polkit"; fail=1
fi

# The helper that answered is the installed one, activated by the bus (its log goes
# to the bus's stderr with the activation lines).
grep -E "Activat.*org.proclens.Helper1|proclens-helper.*ready" "$work/dbus.log" | sed 's/^/  /'
if ! grep -q "Activating service name='org.proclens.Helper1'.*(using servicehelper)" "$work/dbus.log" ||
   ! grep -q "Successfully activated service 'org.proclens.Helper1'" "$work/dbus.log"; then
  echo "FAIL: the bus did not activate org.proclens.Helper1 from its installed service file"; fail=1
fi

if [ "$fail" -ne 0 ]; then
  echo "--- dbus-daemon log"; cat "$work/dbus.log"
fi
kill "$bus_pid" 2>/dev/null || true
step "done"
exit "$fail"
