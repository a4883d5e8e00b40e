#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The DESTDIR install holds exactly the files of the manifest, and the installed
# D-Bus activation file and systemd unit start the helper at the path where it
# was installed and where the clients look for it.
#
#   check-manifest.sh STAGE_DIR MANIFEST HELPER_PATH
set -euo pipefail
stage="${1:?usage: check-manifest.sh STAGE_DIR MANIFEST HELPER_PATH}"
manifest="${2:?}"
helper="${3:?}"
fail=0

expected="$(grep -v '^#' "$manifest" | sed 's|//*|/|g; s|^/||' | sort)"
actual="$(cd "$stage" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort)"
if [ "$expected" != "$actual" ]; then
  echo "installed files differ from the manifest (< expected only, > installed only):"
  diff <(echo "$expected") <(echo "$actual") | grep '^[<>]' || true
  fail=1
fi

[ -x "$stage$helper" ] || { echo "the clients' helper path $helper is not an installed executable"; fail=1; }

service="$(find "$stage" -path '*/dbus-1/system-services/org.proclens.Helper1.service')"
unit="$(find "$stage" -name proclens-helper.service -path '*/systemd/system/*')"
for pair in "Exec:$service" "ExecStart:$unit"; do
  key="${pair%%:*}"
  file="${pair#*:}"
  [ -n "$file" ] || { echo "no installed file for $key"; fail=1; continue; }
  exec_path="$(sed -n "s/^$key=//p" "$file")"
  if [ "$exec_path" != "$helper" ]; then
    echo "$file: $key=$exec_path, expected $helper"
    fail=1
  fi
done
grep -qx 'SystemdService=proclens-helper.service' "$service" ||
  { echo "$service: no SystemdService=proclens-helper.service"; fail=1; }
grep -qx 'BusName=org.proclens.Helper1' "$unit" || { echo "$unit: no BusName=org.proclens.Helper1"; fail=1; }

[ "$fail" -eq 0 ] && echo "manifest: $(echo "$expected" | wc -l) files, all installed, none extra; Exec paths name $helper"
exit "$fail"
