#!/bin/bash
# SPDX-License-Identifier: MIT
# Starts the GUI under xvfb-run against the real helper (peer mode, as root)
# with a known workload (a small process tree, one in its own pid+mnt and net
# namespaces) and writes PNGs of each view into docs/screenshots/, then the
# Processes view again in German (--lang de: processes-de.png) and in a dark
# palette (--palette dark: processes-dark.png).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
gui="$build/gui/proclens"
helper="$build/helper/proclens-helper"
if [[ $EUID -ne 0 ]]; then
  echo "screenshots.sh: run as root (the helper is started directly in peer mode)" >&2
  exit 1
fi
for f in "$gui" "$helper"; do
  [[ -x "$f" ]] || { echo "screenshots.sh: $f not built (cmake --build $build)" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"

# Known workload: a shell with two workers, one in new pid+mnt namespaces, one in a new net namespace.
work="$(mktemp -d)"
trap 'pkill -P "$(cat "$work/pids" 2>/dev/null)" 2>/dev/null; kill $(cat "$work/pids" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$(command -v sleep)" "$work/proclens-demo"
bash -c "\"$work/proclens-demo\" 120 & \"$work/proclens-demo\" 121 & unshare --kill-child -pfm --mount-proc \"$work/proclens-demo\" 122 & unshare -n \"$work/proclens-demo\" 123 & wait" &
echo $! >>"$work/pids"
sleep 0.5

# A fresh settings file so the shots show the default layout.
export XDG_CONFIG_HOME="$work/config"
shoot() {  # DIR [GUI OPTIONS...]
  local dir="$1"
  shift
  xvfb-run -a -s "-screen 0 1280x800x24" \
    "$gui" --peer --helper "$helper" --screenshot "$dir" --screenshot-delay 3000 --select proclens-demo "$@"
}
# LANG=C: the English shots never pick up the build machine's language.
LANG=C LANGUAGE= LC_ALL= LC_MESSAGES= shoot "$out"
shoot "$work/de" --lang de
cp "$work/de/processes.png" "$out/processes-de.png"
LANG=C LANGUAGE= LC_ALL= LC_MESSAGES= shoot "$work/dark" --palette dark
cp "$work/dark/processes.png" "$out/processes-dark.png"
echo "screenshots written to $out"
