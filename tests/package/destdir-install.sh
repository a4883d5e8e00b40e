#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Test fixture: a fresh DESTDIR install of the build tree.
#
#   destdir-install.sh BUILD_DIR STAGE_DIR
set -euo pipefail
build="${1:?usage: destdir-install.sh BUILD_DIR STAGE_DIR}"
stage="${2:?usage: destdir-install.sh BUILD_DIR STAGE_DIR}"
rm -rf "$stage"
mkdir -p "$stage"
DESTDIR="$stage" cmake --install "$build" >"$stage.log" 2>&1 || { cat "$stage.log" >&2; exit 1; }
echo "installed $(find "$stage" -type f | wc -l) files under $stage"
