#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fresh Debian 12 to every test passing: installs dependencies, builds and tests
# the default preset (all labels; BPF tests need root, so ctest runs as root),
# then builds the ASan/UBSan preset and runs its unit tests (request validation and the
# client stream decoder take hostile input there) and the helper's end-to-end test, whose
# helper, probes and polkit traffic then all run under ASan/UBSan.
# Two parallel jobs keep it inside CI's 2 cores; each test has its own timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo --preserve-env=PATH)
fi

scripts/install-deps.sh

cmake --preset default
cmake --build --preset default --parallel 2
# Serial: the BPF tests count what the kernel sees, and parallel load skews that.
"${as_root[@]}" ctest --preset default --output-on-failure

cmake --preset asan
# Only what the sanitized tests need: the whole tree twice would not fit CI's time.
cmake --build --preset asan --parallel 2 --target tests_unit tests_e2e
"${as_root[@]}" ctest --preset asan --output-on-failure --label-regex '^unit$' --parallel 2
# Serial: it counts the helper's fds and memory, and times its clients.
"${as_root[@]}" ctest --preset asan --output-on-failure --label-regex '^e2e$'
