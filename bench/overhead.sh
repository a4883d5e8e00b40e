#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Overhead benchmark (see bench/README.md). Runs each workload as interleaved
# pairs — baseline (no tracer), then traced — for every tracer, and reports the
# median slowdown ratio (traced / baseline) with min–max, plus events/s and
# drops for the tracers that count events. Tracers attach before the workload.
#
# usage: sudo bench/overhead.sh [-b BUILD_DIR] [-n ROUNDS] [-w WORKLOADS] [-t TRACERS] [-o RESULTS.tsv] [-x LABEL=COMMAND]...
#   WORKLOADS: comma list of getppid,tar,forkexec (default all)
#   TRACERS:   comma list of bpftrace,minimal,minimal-clock,summary,events,summary-hash,events-hash
#              (default bpftrace,minimal,summary,events)
#   -x adds a tracer command that prints "ready" once attached (e.g. another build's
#      proclens_tracer, to compare before/after in the same interleaved rounds)
#   GETPPID_CALLS / FORKEXEC_RUNS in the environment scale the workloads (default 5000000 / 2000)
set -euo pipefail
. "$(dirname "$0")/tracer_ready.sh"

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../build"
rounds=7
workloads="getppid,tar,forkexec"
tracers="bpftrace,minimal,summary,events"
results=""
declare -A extra=()
extra_order=()

usage() { sed -n 's/^#   *//p; s/^# usage: /usage: /p' "$0" | head -8 >&2; exit 2; }
while getopts "b:n:w:t:o:x:h" opt; do
  case "$opt" in
    b) build=$OPTARG ;;
    n) rounds=$OPTARG ;;
    w) workloads=$OPTARG ;;
    t) tracers=$OPTARG ;;
    o) results=$OPTARG ;;
    x) [[ "$OPTARG" == ?*=?* ]] || { echo "overhead.sh: -x needs LABEL=COMMAND" >&2; exit 2; }
       extra[${OPTARG%%=*}]=${OPTARG#*=}; extra_order+=("${OPTARG%%=*}") ;;
    *) usage ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "overhead.sh: -n needs a positive round count" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "overhead.sh: the tracers load BPF programs, so run it as root" >&2; exit 1; }
for bin in getppid_loop forkexec_loop minimal_counter proclens_tracer; do
  [ -x "$build/bench/$bin" ] || { echo "overhead.sh: $build/bench/$bin is missing; build first (cmake --build --preset default)" >&2; exit 1; }
done
if [[ ",$tracers," == *,bpftrace,* ]] && ! command -v bpftrace >/dev/null; then
  echo "overhead.sh: bpftrace is not installed (scripts/install-deps.sh installs it)" >&2; exit 1
fi

# bpftrace's tracepoints need tracefs (and older kernels debugfs); mount them if absent.
if ! mountpoint -q /sys/kernel/tracing; then mount -t tracefs nodev /sys/kernel/tracing; fi
if ! mountpoint -q /sys/kernel/debug; then mount -t debugfs nodev /sys/kernel/debug || true; fi

work=$(mktemp -d)
tracer_pid=""
cleanup() {
  if [ -n "$tracer_pid" ]; then kill -TERM "$tracer_pid" 2>/dev/null || true; wait "$tracer_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
keep_results=$results
[ -n "$results" ] || results="$work/results.tsv"

workload_cmd() {
  case "$1" in
    getppid) echo "taskset -c 0 '$build/bench/getppid_loop' ${GETPPID_CALLS:-5000000}" ;;
    tar) echo "tar cf - /usr/include 2>/dev/null | cat >/dev/null" ;;
    forkexec) echo "'$build/bench/forkexec_loop' ${FORKEXEC_RUNS:-2000} /bin/true" ;;
    *) echo "overhead.sh: unknown workload '$1'" >&2; exit 2 ;;
  esac
}

tracer_cmd() {
  if [ -n "${extra[$1]+set}" ]; then echo "${extra[$1]}"; return; fi
  case "$1" in
    # BEGIN fires once every probe is attached, so "ready" means attached.
    bpftrace) echo "bpftrace -B line -e 'BEGIN { printf(\"ready\\n\"); } tracepoint:raw_syscalls:sys_enter { @[pid] = count(); }'" ;;
    minimal) echo "'$build/bench/minimal_counter'" ;;
    minimal-clock) echo "'$build/bench/minimal_counter' --clock" ;;
    summary) echo "'$build/bench/proclens_tracer' --level summary" ;;
    events) echo "'$build/bench/proclens_tracer' --level events --ring-mb 64" ;;
    # The same levels with the pre-5.11 fallback slot (a tid-keyed hash), for comparison.
    summary-hash) echo "'$build/bench/proclens_tracer' --level summary --thread-slot hash" ;;
    events-hash) echo "'$build/bench/proclens_tracer' --level events --ring-mb 64 --thread-slot hash" ;;
    *) echo "overhead.sh: unknown tracer '$1'" >&2; exit 2 ;;
  esac
}

# Runs a workload; sets $wall and $cpu (user + system seconds of it and its children).
# CPU time includes the BPF programs run in the workload's syscalls and is far less
# disturbed than wall time when other jobs share the machine.
timed() {
  local TIMEFORMAT='%3R %3U %3S' real user sys
  if ! { time bash -c "$1" >/dev/null 2>"$work/workload.err"; } 2>"$work/time.out"; then
    echo "overhead.sh: workload failed: $1" >&2
    cat "$work/workload.err" >&2
    exit 1
  fi
  read -r real user sys <"$work/time.out"
  wall=$real
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
}

start_tracer() {
  : >"$work/tracer.out"
  bash -c "exec $(tracer_cmd "$1")" >"$work/tracer.out" 2>"$work/tracer.err" &
  tracer_pid=$!
  wait_for_tracer overhead.sh "tracer '$1'"
}

# Stops the tracer; sets $events and $drops ("-" when the tracer does not count).
# SIGTERM, not SIGINT: background jobs of a script start with SIGINT ignored, and a
# tracer that had not yet installed its handler would never see it.
stop_tracer() {
  kill -TERM "$tracer_pid"
  for _ in $(seq 100); do kill -0 "$tracer_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$tracer_pid" 2>/dev/null || true
  wait "$tracer_pid" || true
  tracer_pid=""
  read -r events drops < <(awk '/^events / { print $2, ($4 == "" ? "-" : $4); found = 1 } END { if (!found) print "- -" }' "$work/tracer.out")
}

IFS=, read -r -a wl_list <<<"$workloads"
IFS=, read -r -a tr_list <<<"$tracers"
tr_list+=("${extra_order[@]}")
printf 'workload\ttracer\tround\tbaseline_s\ttraced_s\tbaseline_cpu_s\ttraced_cpu_s\tevents\tdrops\n' >"$results"
for tr in "${tr_list[@]}"; do tracer_cmd "$tr" >/dev/null; done
for wl in "${wl_list[@]}"; do
  cmd=$(workload_cmd "$wl")
  bash -c "$cmd"  # warm the page cache and the binaries once
  # Tracers take turns within each round, so a drift of the machine hits them alike.
  for round in $(seq "$rounds"); do
    for tr in "${tr_list[@]}"; do
      timed "$cmd"
      base=$wall base_cpu=$cpu
      start_tracer "$tr"
      timed "$cmd"
      stop_tracer
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$wl" "$tr" "$round" "$base" "$wall" "$base_cpu" "$cpu" \
        "$events" "$drops" >>"$results"
      echo "$wl/$tr round $round: baseline ${base}s (cpu ${base_cpu}s) traced ${wall}s (cpu ${cpu}s)" \
        "events $events drops $drops" >&2
    done
  done
done

python3 "$here/summarize.py" "$results"
if [ -n "$keep_results" ]; then echo "raw results: $results" >&2; fi
