#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compares two tracers of bench/overhead.sh round by round: in each round (of each
results TSV given) the CPU-time slowdown of tracer A divided by that of tracer B,
then the median and quartiles over all rounds. Both ran in the same round minutes
apart, so a drift of the machine cancels out; a tracer's own ratio moves by ±0.1
between runs on this VM, far more than the few per cent being compared.

usage: bench/paired.py A B RESULTS.tsv [RESULTS.tsv ...]   (per workload)"""
import csv
import statistics
import sys


def main(a, b, paths):
    rounds = {}
    for i, path in enumerate(paths):
        for r in csv.DictReader(open(path, newline=""), delimiter="\t"):
            slowdown = float(r["traced_cpu_s"]) / max(float(r["baseline_cpu_s"]), 1e-3)
            rounds.setdefault((r["workload"], i, r["round"]), {})[r["tracer"]] = slowdown
    by_workload = {}
    for (workload, _, _), tracers in rounds.items():
        if a in tracers and b in tracers:
            by_workload.setdefault(workload, []).append(tracers[a] / tracers[b])
    if not by_workload:
        sys.exit(f"paired.py: no round has both {a} and {b}")
    for workload, ratios in by_workload.items():
        q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
        print(f"{workload}: {a} / {b} = {statistics.median(ratios):.3f} "
              f"(quartiles {q[0]:.3f}–{q[2]:.3f}, {len(ratios)} rounds)")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
