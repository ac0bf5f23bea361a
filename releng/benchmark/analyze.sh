#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Benchmark of the analysis apart from parsing: synthetic models of the given sizes, once as systems of
# 100 elements (one file each) and once as a single system in one file; -Xmx1g on 2 processors.
# Usage: releng/benchmark/analyze.sh [SIZE...]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/bin/iotssf" --version >/dev/null
jar=$(ls "$root"/releng/org.iotssf.cli/target/org.iotssf.cli-*-all.jar | head -n 1)
work=${BENCH_DIR:-$root/target/benchmark}
for n in ${*:-1000 10000 50000}; do
	for shape in split single; do
		dir="$work/analyze-$shape-$n"
		rm -rf "$dir"
		per=100
		[ "$shape" = single ] && per=$n
		java -cp "$jar" org.iotssf.cli.bench.SyntheticModels "$dir" "$n" "$per" >/dev/null
		printf '%-7s %-6s ' "$shape" "$n"
		java -Xmx1g -XX:ActiveProcessorCount=2 -cp "$jar" org.iotssf.cli.bench.AnalyzeBenchmark "$dir"
	done
done
