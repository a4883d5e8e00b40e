#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed desktop entry and AppStream metainfo pass their validators, and
# the metainfo's launchable, binaries, icon and screenshots exist.
#
#   check-desktop.sh STAGE_DIR SOURCE_DIR
set -euo pipefail
stage="${1:?usage: check-desktop.sh STAGE_DIR SOURCE_DIR}"
source="${2:?}"
for tool in desktop-file-validate appstreamcli xmllint; do
  command -v "$tool" >/dev/null ||
    { echo "SKIP: $tool is not installed (scripts/install-deps.sh installs it)"; exit 77; }
done
fail=0

desktop="$(find "$stage" -path '*/share/applications/org.proclens.ProcLens.desktop')"
metainfo="$(find "$stage" -path '*/share/metainfo/org.proclens.ProcLens.metainfo.xml')"
[ -n "$desktop" ] && [ -n "$metainfo" ] || { echo "desktop entry or metainfo not installed"; exit 1; }
share="${desktop%/applications/*}"

desktop-file-validate "$desktop" || fail=1
appstreamcli validate --no-net "$metainfo" || fail=1

# The desktop entry's translations: every language for every translated key.
for key in GenericName Comment Keywords; do
  for lang in de fr es pt_BR zh_CN ja; do
    grep -q "^$key\[$lang\]=" "$desktop" || { echo "$desktop: no $key[$lang]"; fail=1; }
  done
done

launchable="$(xmllint --xpath 'string(//launchable[@type="desktop-id"])' "$metainfo")"
[ "$launchable" = "$(basename "$desktop")" ] || { echo "launchable '$launchable' is not the installed desktop entry"; fail=1; }
icon="$(sed -n 's/^Icon=//p' "$desktop")"
for dir in scalable symbolic; do
  suffix=""
  [ "$dir" = symbolic ] && suffix="-symbolic"
  svg="$share/icons/hicolor/$dir/apps/$icon$suffix.svg"
  [ -f "$svg" ] && xmllint --noout "$svg" || { echo "icon $svg missing or not well-formed"; fail=1; }
done
bindir="$share/../bin"
for binary in $(xmllint --xpath '//provides/binary/text()' "$metainfo"); do
  [ -x "$bindir/$binary" ] || { echo "metainfo provides $binary, not installed in $bindir"; fail=1; }
done
# Screenshot URLs mirror the repository: https://proclens.org/docs/screenshots/NAME.png.
for url in $(xmllint --xpath '//screenshot/image/text()' "$metainfo"); do
  case "$url" in
    https://proclens.org/docs/screenshots/*.png) ;;
    *) echo "screenshot $url is not under https://proclens.org/docs/screenshots/"; fail=1; continue ;;
  esac
  [ -f "$source/docs/screenshots/${url##*/}" ] || { echo "screenshot $url: no docs/screenshots/${url##*/}"; fail=1; }
done

[ "$fail" -eq 0 ] && echo "desktop entry and metainfo valid; launchable, icons, binaries and screenshots present"
exit "$fail"
