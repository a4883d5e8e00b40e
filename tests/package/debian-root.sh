#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes DIR a minimal Debian 12 root (debootstrap --variant=minbase bookworm).
#
#   debian-root.sh DIR
#
# The first run debootstraps from the mirror the host's apt uses (or
# $PROCLENS_DEBIAN_MIRROR) and keeps the result as a tarball in
# $PROCLENS_DEBOOTSTRAP_CACHE (default /var/cache/proclens-test-debootstrap), so
# later runs only unpack it (seconds instead of minutes). The root's apt sources
# name the same mirror for bookworm, bookworm-updates and, when the host has one,
# bookworm-security, so packages built on the host resolve against the same versions.
set -euo pipefail

root="${1:?usage: debian-root.sh DIR}"
cache="${PROCLENS_DEBOOTSTRAP_CACHE:-/var/cache/proclens-test-debootstrap}"
arch="$(dpkg --print-architecture)"
tarball="$cache/bookworm-minbase-$arch.tar"

# Every URI of the host's Debian sources (one-line and deb822 formats) serving SUITE.
host_uri_for_suite() {
  local suite="$1"
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk -v s="$suite" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i ~ /:\/\//) { if ($(i + 1) == s) print $i; break } }'
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    # deb822: a stanza's URIs and Suites lines; blank lines separate stanzas.
    awk -v s="$suite" '
      /^[ \t]*$/ { if (hit && uri != "") print uri; uri = ""; hit = 0; next }
      /^URIs:/   { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) hit = 1 }
      END        { if (hit && uri != "") print uri }' "$f"
  done
}

mirror="${PROCLENS_DEBIAN_MIRROR:-$(host_uri_for_suite bookworm | head -n1)}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="$(host_uri_for_suite bookworm-security | head -n1)"

mkdir -p "$root"
if [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  work="$(mktemp -d "$cache/debootstrap.XXXXXX")"
  # --one-file-system: never descend into a /proc or /sys a failed debootstrap left mounted.
  trap 'rm -rf --one-file-system "$work"' EXIT
  echo "debian-root.sh: debootstrap bookworm from $mirror (cached in $tarball afterwards)" >&2
  # In a private mount namespace: the /proc and /sys debootstrap mounts go away with it.
  unshare -m --propagation private \
    debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/log" 2>&1 ||
    { tail -n 30 "$work/log" >&2; exit 1; }
  rm -rf "$work/root/var/cache/apt/archives/"*.deb
  tar -C "$work/root" --numeric-owner -cf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
fi
tar -C "$root" --numeric-owner -xf "$tarball"

{
  echo "deb $mirror bookworm main"
  echo "deb $mirror bookworm-updates main"
  [ -z "$security" ] || echo "deb $security bookworm-security main"
} >"$root/etc/apt/sources.list"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
