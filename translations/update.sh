#!/bin/bash
# SPDX-License-Identifier: MIT
# Reruns lupdate over the GUI and CLI sources into every translations/*.ts,
# keeping the existing translations (new strings come in as unfinished; the
# tests/translations completeness test lists them until they are translated).
# Usage: translations/update.sh [--no-obsolete]   (drops strings gone from the sources)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v lupdate 2>/dev/null || true)"
[[ -n "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
[[ -x "$lupdate" ]] || { echo "update.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }
options=(-locations relative)
case "${1:-}" in
  "") ;;
  --no-obsolete) options+=(-no-obsolete) ;;
  *) echo "usage: translations/update.sh [--no-obsolete]" >&2; exit 2 ;;
esac
cd "$root"
# One file per language; keep in step with translations/CMakeLists.txt and proclens/language.h.
ts=()
for lang in de es fr pt_BR zh_CN ja; do ts+=("translations/proclens_$lang.ts"); done
"$lupdate" "${options[@]}" gui cli translations/src -ts "${ts[@]}"
