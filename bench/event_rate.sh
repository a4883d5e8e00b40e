#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Event-level throughput (see bench/README.md): the engine at the events level
# (64 MiB ring, batched wake-ups) while P getppid loops run at once, unpinned.
# Per run: the workload's syscalls per second (P x CALLS / wall time), every
# record the tracer consumed per second, and the drops it reported (kernel ring
# buffer full + malformed). Rounds are interleaved over the P values.
#
# usage: sudo bench/event_rate.sh [-b BUILD_DIR] [-n ROUNDS] [-p PROCS] [-c CALLS]
#   PROCS: comma list of parallel workload processes (default 1,2,4)
#   CALLS: getppid() calls per process (default 2000000)
set -euo pipefail
. "$(dirname "$0")/tracer_ready.sh"

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../build"
rounds=3
procs="1,2,4"
calls=2000000

while getopts "b:n:p:c:h" opt; do
  case "$opt" in
    b) build=$OPTARG ;;
    n) rounds=$OPTARG ;;
    p) procs=$OPTARG ;;
    c) calls=$OPTARG ;;
    *) sed -n '/^# usage:/,/^set /p' "$0" | sed '$d; s/^# //' >&2; exit 2 ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "event_rate.sh: -n needs a positive round count" >&2; exit 2; }
[[ "$calls" =~ ^[1-9][0-9]*$ ]] || { echo "event_rate.sh: -c needs a positive call count" >&2; exit 2; }
[[ "$procs" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "event_rate.sh: -p needs a comma list of counts" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "event_rate.sh: the tracer loads BPF programs, so run it as root" >&2; exit 1; }
for bin in getppid_loop proclens_tracer; do
  [ -x "$build/bench/$bin" ] || { echo "event_rate.sh: $build/bench/$bin is missing; build first" >&2; exit 1; }
done

work=$(mktemp -d)
tracer_pid=""
cleanup() {
  if [ -n "$tracer_pid" ]; then kill -TERM "$tracer_pid" 2>/dev/null || true; wait "$tracer_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_tracer() {
  "$build/bench/proclens_tracer" --level events --ring-mb 64 >"$work/tracer.out" 2>"$work/tracer.err" &
  tracer_pid=$!
  wait_for_tracer event_rate.sh "the tracer"
}

IFS=, read -r -a p_list <<<"$procs"
results="$work/rate.tsv"
: >"$results"
for round in $(seq "$rounds"); do
  for p in "${p_list[@]}"; do
    start_tracer
    t0=$(date +%s.%N)
    pids=()
    for _ in $(seq "$p"); do "$build/bench/getppid_loop" "$calls" & pids+=($!); done
    wait "${pids[@]}"
    t1=$(date +%s.%N)
    kill -TERM "$tracer_pid"
    wait "$tracer_pid" || true
    tracer_pid=""
    read -r events drops < <(awk '/^events / { print $2, $4 }' "$work/tracer.out")
    printf '%s\t%s\t%s\t%s\t%s\n' "$p" "$round" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" "$events" "$drops" >>"$results"
    awk -v p="$p" -v r="$round" -v a="$t0" -v b="$t1" -v c="$calls" -v e="$events" -v d="$drops" \
      'BEGIN { w = b - a; printf "procs %s round %s: %.2f s, workload %.2fM syscalls/s, records %.2fM/s, drops %s\n", p, r, w, p * c / w / 1e6, e / w / 1e6, d }' >&2
  done
done

python3 - "$results" "$calls" <<'EOF'
import statistics, sys
calls = int(sys.argv[2])
groups = {}
for line in open(sys.argv[1]):
    p, rnd, wall, events, drops = line.split()
    groups.setdefault(int(p), []).append((float(wall), int(events), int(drops)))
print("| processes | workload syscalls/s (M) median | min–max | records/s (M) median | drops (max) | rounds |")
print("| --- | --- | --- | --- | --- | --- |")
for p, runs in sorted(groups.items()):
    work = [p * calls / w / 1e6 for w, _, _ in runs]
    recs = [e / w / 1e6 for w, e, _ in runs]
    print(f"| {p} | {statistics.median(work):.2f} | {min(work):.2f}–{max(work):.2f} | "
          f"{statistics.median(recs):.2f} | {max(d for _, _, d in runs)} | {len(runs)} |")
EOF
