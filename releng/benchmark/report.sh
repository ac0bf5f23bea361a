#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Benchmark of `iotssf report` end to end (load, check, analyze, lay out, write every format) on
# synthetic models of the given sizes, 100 elements per system; -Xmx1g on 2 processors.
# Usage: releng/benchmark/report.sh [SIZE...]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/bin/iotssf" --version >/dev/null
jar=$(ls "$root"/releng/org.iotssf.cli/target/org.iotssf.cli-*-all.jar | head -n 1)
work=${BENCH_DIR:-$root/target/benchmark}
printf '%-10s %-7s %-7s %-10s\n' elements systems files seconds
for n in ${*:-1000 10000}; do
	dir="$work/report-models-$n"
	out="$work/report-out-$n"
	rm -rf "$dir" "$out"
	java -cp "$jar" org.iotssf.cli.bench.SyntheticModels "$dir" "$n" >/dev/null
	start=$(date +%s.%N)
	java -Xmx1g -XX:ActiveProcessorCount=2 -jar "$jar" report "$dir" -o "$out" --as-of 2026-01-01 2>/dev/null
	end=$(date +%s.%N)
	printf '%-10s %-7s %-7s %-10s\n' "$n" "$(ls "$dir" | wc -l)" "$(ls "$out" | wc -l)" "$(awk "BEGIN { printf \"%.2f\", $end - $start }")"
done
