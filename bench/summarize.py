#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Summarises bench/overhead.sh's results TSV as a Markdown table: per workload
and tracer the median slowdown (traced / baseline of the same pair) in wall and
in CPU time, min-max, the median baseline time, and events/s and drops where the
tracer counts them."""
import csv
import statistics
import sys


def main(path):
    rows = list(csv.DictReader(open(path, newline=""), delimiter="\t"))
    groups = {}
    for r in rows:
        groups.setdefault((r["workload"], r["tracer"]), []).append(r)
    print("| workload | tracer | slowdown median | min–max | CPU-time slowdown median | min–max "
          "| baseline median (s) | events/s (median) | drops (max) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for (workload, tracer), rs in groups.items():
        ratios = [float(r["traced_s"]) / float(r["baseline_s"]) for r in rs]
        cpu = [float(r["traced_cpu_s"]) / max(float(r["baseline_cpu_s"]), 1e-3) for r in rs]
        base = statistics.median(float(r["baseline_s"]) for r in rs)
        counted = [r for r in rs if r["events"] != "-"]
        rate = drops = "–"
        if counted:
            rate = f"{statistics.median(int(r['events']) / float(r['traced_s']) for r in counted) / 1e6:.2f}M"
            reported = [int(r["drops"]) for r in counted if r["drops"].isdigit()]
            drops = str(max(reported)) if reported else "–"
        print(f"| {workload} | {tracer} | {statistics.median(ratios):.2f}x | "
              f"{min(ratios):.2f}–{max(ratios):.2f} | {statistics.median(cpu):.2f}x | "
              f"{min(cpu):.2f}–{max(cpu):.2f} | {base:.3f} | {rate} | {drops} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: summarize.py RESULTS.tsv")
    main(sys.argv[1])
