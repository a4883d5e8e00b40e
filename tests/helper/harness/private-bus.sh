#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command against a private D-Bus "system" bus with a real polkitd.
#
#   private-bus.sh [--rules FILE] [--actions FILE] [--helper EXE] [--system-socket] -- COMMAND [ARGS...]
#
# Inside a private mount namespace (unshare -m --propagation private) it starts
# dbus-daemon with its own config, socket and service dir, bind-mounts the test
# polkit rules over /etc/polkit-1/rules.d and the action file into
# /usr/share/polkit-1/actions, starts /usr/lib/polkit-1/polkitd on that bus, and
# runs COMMAND with:
#   DBUS_SYSTEM_BUS_ADDRESS     the private bus
#   PROCLENS_TESTBUS_DIR        the bus's scratch dir (config, logs)
#   PROCLENS_TESTBUS_POLKITD_PID polkitd's pid (tests stop it to check refusals)
#   PROCLENS_TESTBUS_DBUS_PID   dbus-daemon's pid
# With --helper, the bus activates EXE as org.proclens.Helper1 (as root; dbus-daemon
# without a launch helper ignores User=). Everything is torn down when COMMAND ends;
# its exit status is returned. With --system-socket the bus also appears at the
# standard /run/dbus/system_bus_socket (a tmpfs over /run/dbus in the namespace),
# for setuid programs such as pkexec, which ignore DBUS_SYSTEM_BUS_ADDRESS. Not root: COMMAND runs as is, without these variables,
# so tests skip with a clear message.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rules="$here/50-proclens-test.rules"
actions=""
helper=""
system_socket=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rules) rules="$2"; shift 2 ;;
    --actions) actions="$2"; shift 2 ;;
    --helper) helper="$2"; shift 2 ;;
    --system-socket) system_socket=1; shift ;;
    --) shift; break ;;
    *) echo "private-bus.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: private-bus.sh [--rules F] [--actions F] [--helper EXE] -- COMMAND..." >&2; exit 2; }

if [ "$(id -u)" -ne 0 ]; then
  echo "private-bus.sh: not root, running the command without a private bus" >&2
  exec "$@"
fi

polkitd=/usr/lib/polkit-1/polkitd
missing=""
command -v dbus-daemon >/dev/null || missing="$missing dbus-daemon"
[ -x "$polkitd" ] || missing="$missing polkitd"
getent passwd polkitd >/dev/null || missing="$missing polkitd-user"
command -v unshare >/dev/null || missing="$missing unshare"
if [ -n "$missing" ]; then
  echo "private-bus.sh: missing:$missing; running the command without a private bus" >&2
  exec "$@"
fi

# Re-enter in a private mount namespace so the bind mounts never leak to the host.
if [ "${PROCLENS_TESTBUS_INNER:-}" != 1 ]; then
  exec unshare -m --propagation private env PROCLENS_TESTBUS_INNER=1 \
    "$0" --rules "$rules" ${actions:+--actions "$actions"} ${helper:+--helper "$helper"} \
    ${system_socket:+--system-socket} -- "$@"
fi
unset PROCLENS_TESTBUS_INNER

dir="$(mktemp -d /tmp/proclens-testbus.XXXXXX)"
chmod 755 "$dir"
mkdir -p "$dir/services" "$dir/system.d" "$dir/rules.d" "$dir/actions"
dbus_pid=""
polkitd_pid=""
cleanup() {
  [ -n "$polkitd_pid" ] && kill "$polkitd_pid" 2>/dev/null || true
  [ -n "$dbus_pid" ] && kill "$dbus_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

# Policies: polkitd's own and ours, root may own our name, everyone may connect.
cp /usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf "$dir/system.d/"
cp "$here/../../../resources/dbus/org.proclens.Helper1.conf" "$dir/system.d/"
cat > "$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$dir/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$dir/services</servicedir>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
  </policy>
  <includedir>$dir/system.d</includedir>
</busconfig>
CONF
if [ -n "$helper" ]; then
  printf '[D-BUS Service]\nName=org.proclens.Helper1\nExec=%s\nUser=root\n' "$helper" \
    > "$dir/services/org.proclens.Helper1.service"
fi

dbus-daemon --config-file="$dir/bus.conf" --nofork --nopidfile --print-address=3 \
  3>"$dir/address" 2>"$dir/dbus.log" &
dbus_pid=$!
for _ in $(seq 200); do [ -s "$dir/address" ] && break; sleep 0.01; done
[ -s "$dir/address" ] || { echo "private-bus.sh: dbus-daemon did not start:" >&2; cat "$dir/dbus.log" >&2; exit 1; }
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$dir/system_bus_socket"
if [ -n "$system_socket" ]; then
  mkdir -p /run/dbus
  mount -t tmpfs -o mode=755 tmpfs /run/dbus
  touch /run/dbus/system_bus_socket
  mount --bind "$dir/system_bus_socket" /run/dbus/system_bus_socket
fi

# polkit: only our test rules, the system's actions plus ours.
cp "$rules" "$dir/rules.d/"
chown -R polkitd "$dir/rules.d"
chmod 700 "$dir/rules.d"
mount --bind "$dir/rules.d" /etc/polkit-1/rules.d
mount --bind "$dir/rules.d" /usr/share/polkit-1/rules.d
[ -n "$actions" ] || actions="$here/../../../resources/polkit/org.proclens.policy"
cp /usr/share/polkit-1/actions/*.policy "$dir/actions/" 2>/dev/null || true
cp "$actions" "$dir/actions/"
mount --bind "$dir/actions" /usr/share/polkit-1/actions

"$polkitd" --no-debug >"$dir/polkitd.log" 2>&1 &
polkitd_pid=$!
for _ in $(seq 300); do
  if dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
       string:org.freedesktop.PolicyKit1 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.01
done
if ! kill -0 "$polkitd_pid" 2>/dev/null; then
  echo "private-bus.sh: polkitd did not start:" >&2; cat "$dir/polkitd.log" >&2; exit 1
fi

export PROCLENS_TESTBUS_DIR="$dir"
export PROCLENS_TESTBUS_POLKITD_PID="$polkitd_pid"
export PROCLENS_TESTBUS_DBUS_PID="$dbus_pid"
set +e
"$@"
status=$?
set -e
exit "$status"
