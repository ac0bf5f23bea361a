#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Benchmark of `iotssf check` on synthetic models: generates models of the given sizes (elements) and
# times one check of each with -Xmx1g on 2 processors. Usage: releng/benchmark/check.sh [SIZE...]
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/bin/iotssf" --version >/dev/null
jar=$(ls "$root"/releng/org.iotssf.cli/target/org.iotssf.cli-*-all.jar | head -n 1)
work=${BENCH_DIR:-$root/target/benchmark}
sizes=${*:-1000 10000}
printf '%-10s %-7s %-9s %-10s\n' elements files lines seconds
for n in $sizes; do
	dir="$work/models-$n"
	rm -rf "$dir"
	java -cp "$jar" org.iotssf.cli.bench.SyntheticModels "$dir" "$n" >/dev/null
	files=$(ls "$dir" | wc -l)
	lines=$(cat "$dir"/*.ssf | wc -l)
	start=$(date +%s.%N)
	java -Xmx1g -XX:ActiveProcessorCount=2 -jar "$jar" check -q "$dir" >"$work/check-$n.out" || true
	end=$(date +%s.%N)
	errors=$(grep -c ': error:' "$work/check-$n.out" || true)
	printf '%-10s %-7s %-9s %-10s%s\n' "$n" "$files" "$lines" "$(awk "BEGIN { printf \"%.2f\", $end - $start }")" \
		"$([ "$errors" -gt 0 ] && echo "  ($errors errors: see $work/check-$n.out)")"
done
