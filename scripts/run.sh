#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fresh Debian 12 to a running ProcLens: installs dependencies, builds the
# default preset, then starts the live view. Arguments go to `proclens-cli record`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --parallel 2

# Loading BPF programs needs root; the CLI runs the capture engine in-process.
if [ "$(id -u)" -eq 0 ]; then
  exec ./build/cli/proclens-cli record "$@"
fi
exec sudo ./build/cli/proclens-cli record "$@"
