# SPDX-License-Identifier: MIT
# Sourced by the benchmark scripts: waits until the tracer started as $tracer_pid has printed
# "ready" into $work/tracer.out (it attached), or exits the script with its stderr.
# usage: wait_for_tracer SCRIPT_NAME WHAT
wait_for_tracer() {
  for _ in $(seq 600); do
    grep -q '^ready' "$work/tracer.out" && return 0
    kill -0 "$tracer_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$1: $2 did not attach:" >&2
  cat "$work/tracer.err" >&2
  exit 1
}
