#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Per-program BPF cost (see bench/README.md): with kernel.bpf_stats_enabled=1 the
# kernel times every run of every BPF program; run_time_ns / run_cnt is the mean
# cost of one run, measured inside the kernel, so other load on the machine hardly
# moves it (unlike wall time). For each tracer, in interleaved rounds: attach, run
# the getppid loop, read `bpftool prog show` for the tracer's programs, detach.
# Prints one line per tracer/program/round and a median table.
#
# usage: sudo bench/bpf_cost.sh [-b BUILD_DIR] [-n ROUNDS] [-t TRACERS] [-c CALLS] [-x LABEL=COMMAND]...
#   TRACERS: comma list of minimal,minimal-clock,summary,events,summary-hash,events-hash
#            (default minimal,summary,events)
#   -x adds a tracer command that prints "ready" once attached (e.g. another
#      build's proclens_tracer, to compare before/after in the same rounds)
set -euo pipefail
. "$(dirname "$0")/tracer_ready.sh"

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../build"
rounds=5
tracers="minimal,summary,events"
calls=2000000
declare -A extra=()
extra_order=()

while getopts "b:n:t:c:x:h" opt; do
  case "$opt" in
    b) build=$OPTARG ;;
    n) rounds=$OPTARG ;;
    t) tracers=$OPTARG ;;
    c) calls=$OPTARG ;;
    x) [[ "$OPTARG" == ?*=?* ]] || { echo "bpf_cost.sh: -x needs LABEL=COMMAND" >&2; exit 2; }
       extra[${OPTARG%%=*}]=${OPTARG#*=}; extra_order+=("${OPTARG%%=*}") ;;
    *) sed -n '/^# usage:/,/^set /p' "$0" | sed '$d; s/^# //' >&2; exit 2 ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "bpf_cost.sh: -n needs a positive round count" >&2; exit 2; }
[[ "$calls" =~ ^[1-9][0-9]*$ ]] || { echo "bpf_cost.sh: -c needs a positive call count" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "bpf_cost.sh: the tracers load BPF programs, so run it as root" >&2; exit 1; }
command -v bpftool >/dev/null || { echo "bpf_cost.sh: bpftool is missing (apt-get install bpftool)" >&2; exit 1; }
for bin in getppid_loop minimal_counter proclens_tracer; do
  [ -x "$build/bench/$bin" ] || { echo "bpf_cost.sh: $build/bench/$bin is missing; build first" >&2; exit 1; }
done

work=$(mktemp -d)
tracer_pid=""
old_stats=$(sysctl -n kernel.bpf_stats_enabled)
cleanup() {
  if [ -n "$tracer_pid" ]; then kill -TERM "$tracer_pid" 2>/dev/null || true; wait "$tracer_pid" 2>/dev/null || true; fi
  sysctl -q -w kernel.bpf_stats_enabled="$old_stats" || true
  rm -rf "$work"
}
trap cleanup EXIT
sysctl -q -w kernel.bpf_stats_enabled=1

tracer_cmd() {
  if [ -n "${extra[$1]+set}" ]; then echo "${extra[$1]}"; return; fi
  case "$1" in
    minimal) echo "'$build/bench/minimal_counter'" ;;
    minimal-clock) echo "'$build/bench/minimal_counter' --clock" ;;
    summary) echo "'$build/bench/proclens_tracer' --level summary" ;;
    events) echo "'$build/bench/proclens_tracer' --level events --ring-mb 64" ;;
    # The same levels with the pre-5.11 fallback slot (a tid-keyed hash), for comparison.
    summary-hash) echo "'$build/bench/proclens_tracer' --level summary --thread-slot hash" ;;
    events-hash) echo "'$build/bench/proclens_tracer' --level events --ring-mb 64 --thread-slot hash" ;;
    *) echo "bpf_cost.sh: unknown tracer '$1'" >&2; exit 2 ;;
  esac
}

start_tracer() {
  : >"$work/tracer.out"
  bash -c "exec $(tracer_cmd "$1")" >"$work/tracer.out" 2>"$work/tracer.err" &
  tracer_pid=$!
  wait_for_tracer bpf_cost.sh "tracer '$1'"
}

stop_tracer() {
  kill -TERM "$tracer_pid"
  wait "$tracer_pid" || true
  tracer_pid=""
}

# "name run_cnt run_time_ns" for every program the tracer process holds an fd of
# (its fdinfo names the prog_id; bpftool 7.1 cannot list programs by pid).
tracer_programs() {
  local ids
  ids=$(cat /proc/"$1"/fdinfo/* 2>/dev/null | awk '/^prog_id:/ { print $2 }' | sort -un)
  for id in $ids; do
    bpftool prog show id "$id" -j | python3 -c '
import json, sys
p = json.load(sys.stdin)
if p.get("run_cnt", 0) > 0:
    print(p["name"], p["run_cnt"], p["run_time_ns"])
'
  done
}

IFS=, read -r -a tr_list <<<"$tracers"
tr_list+=("${extra_order[@]}")
for tr in "${tr_list[@]}"; do tracer_cmd "$tr" >/dev/null; done
results="$work/cost.tsv"
: >"$results"
for round in $(seq "$rounds"); do
  for tr in "${tr_list[@]}"; do
    start_tracer "$tr"
    taskset -c 0 "$build/bench/getppid_loop" "$calls"
    tracer_programs "$tracer_pid" | while read -r name cnt ns; do
      printf '%s\t%s\t%s\t%s\t%s\n' "$tr" "$name" "$round" "$cnt" "$ns" >>"$results"
      awk -v t="$tr" -v n="$name" -v r="$round" -v c="$cnt" -v s="$ns" \
        'BEGIN { printf "%s/%s round %s: %d runs, %.1f ns/run\n", t, n, r, c, s / c }' >&2
    done
    stop_tracer
  done
done

python3 - "$results" <<'EOF'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
groups = {}
for tracer, name, rnd, cnt, ns in rows:
    groups.setdefault((tracer, name), []).append(int(ns) / int(cnt))
print("| tracer | program | ns/run median | min–max | rounds |")
print("| --- | --- | --- | --- | --- |")
for (tracer, name), v in groups.items():
    print(f"| {tracer} | {name} | {statistics.median(v):.1f} | {min(v):.1f}–{max(v):.1f} | {len(v)} |")
EOF
