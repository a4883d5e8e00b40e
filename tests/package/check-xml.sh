#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed polkit policy validates against polkit's DTD and is translated;
# the installed D-Bus bus policy validates against the busconfig DTD.
#
#   check-xml.sh STAGE_DIR BUSCONFIG_DTD
set -euo pipefail
stage="${1:?usage: check-xml.sh STAGE_DIR BUSCONFIG_DTD}"
busconfig_dtd="${2:?}"
command -v xmllint >/dev/null || { echo "SKIP: xmllint is not installed (scripts/install-deps.sh installs it)"; exit 77; }
fail=0

policy="$(find "$stage" -path '*/polkit-1/actions/org.proclens.policy')"
conf="$(find "$stage" -path '*/dbus-1/system.d/org.proclens.Helper1.conf')"
[ -n "$policy" ] && [ -n "$conf" ] || { echo "polkit policy or D-Bus policy not installed"; exit 1; }

# polkitd ships the policy DTD; without it, at least well-formedness.
polkit_dtd=/usr/share/polkit-1/policyconfig-1.dtd
if [ -f "$polkit_dtd" ]; then
  xmllint --noout --dtdvalid "$polkit_dtd" "$policy" || fail=1
else
  echo "note: $polkit_dtd not found (polkitd not installed); checking well-formedness only"
  xmllint --noout "$policy" || fail=1
fi
for action in org.proclens.monitor org.proclens.control; do
  for element in description message; do
    for lang in de fr es pt_BR zh_CN ja; do
      text="$(xmllint --xpath "string(//action[@id='$action']/$element[@xml:lang='$lang'])" "$policy")"
      [ -n "$text" ] || { echo "$policy: $action has no $element in $lang"; fail=1; }
    done
  done
done

xmllint --noout --dtdvalid "$busconfig_dtd" "$conf" || fail=1

[ "$fail" -eq 0 ] && echo "polkit policy and D-Bus policy valid; policy translated into de fr es pt_BR zh_CN ja"
exit "$fail"
