#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fresh Debian 12 to a running ProcLens: installs dependencies, builds the
# default preset, then starts the live view. Arguments go to the GUI or to
# `proclens-cli record`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --parallel 2

# On a desktop: the GUI, as yourself. It starts the privileged helper (system service when
# installed, else peer mode through pkexec, which asks for the admin password).
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/gui/proclens "$@"
fi
# No display (server, CI, ssh): the live text view of proclens-cli. As root it starts the
# helper itself; otherwise it goes through the system bus or pkexec like the GUI.
exec ./build/cli/proclens-cli record "$@"
