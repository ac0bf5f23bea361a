#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Benchmarks of check, analyze and report on synthetic models, with and without errors; prints one
# table. Every command runs as a user runs it (bin/iotssf, so with the launcher's JVM settings), on
# 2 processors with -Xmx1g (-Xmx2g at 50,000 elements, whose models alone take about 1 GB). Wall time
# and peak memory (RSS) per run.
#
# Usage: releng/benchmark/run.sh [SIZE...]     (default: 1000 10000 50000)
#        releng/benchmark/run.sh --smoke       (tiny sizes; the build runs this so the script cannot rot)
# BENCH_DIR sets the work folder (default: target/benchmark); BENCH_RUNS the runs per row below 50,000
# elements (default 3; the median is shown).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_DIR:-$root/target/benchmark}
sizes=${*:-1000 10000 50000}
big=50000
runs=${BENCH_RUNS:-3}
if [ "${1:-}" = --smoke ]; then
	sizes="20 200"
	big=200
	runs=1
fi
"$root/bin/iotssf" --version >/dev/null
# measure the jar as built; never rebuild it half-way
export IOTSSF_NO_BUILD=1
jar=$(ls "$root"/releng/org.iotssf.cli/target/org.iotssf.cli-*-all.jar | head -n 1)
mkdir -p "$work"

generate() { # DIR ELEMENTS [PER_SYSTEM]
	[ -d "$1" ] || java -cp "$jar" org.iotssf.cli.bench.SyntheticModels "$@" >/dev/null
}

# once LABEL SIZE HEAP EXPECTED_EXIT COMMAND...: one timed run; sets $seconds and $rss (MiB)
once() {
	label=$1 size=$2 expected=$4
	heap_once=$3
	shift 4
	log="$work/last.log"
	start=$(date +%s.%N)
	set +e
	if [ -x /usr/bin/time ]; then
		IOTSSF_JAVA_OPTS="-Xmx$heap_once -XX:ActiveProcessorCount=2" /usr/bin/time -f '%M' -o "$work/rss" \
			"$root/bin/iotssf" "$@" >"$log" 2>"$log.err"
	else
		echo 0 >"$work/rss"
		IOTSSF_JAVA_OPTS="-Xmx$heap_once -XX:ActiveProcessorCount=2" "$root/bin/iotssf" "$@" >"$log" 2>"$log.err"
	fi
	code=$?
	set -e
	end=$(date +%s.%N)
	if [ "$code" != "$expected" ]; then
		echo "benchmark: '$label' at $size exited with $code, expected $expected:" >&2
		tail -n 5 "$log" "$log.err" >&2
		exit 1
	fi
	seconds=$(awk "BEGIN { print $end - $start }")
	rss=$(( $(tail -n 1 "$work/rss") / 1024 ))
}

# run LABEL SIZE HEAP EXPECTED_EXIT COMMAND...: one table row, the median of $runs runs (below 50,000
# elements: 3; runs on a busy machine vary by ±10 % and more) and the largest peak memory
run() {
	repeat=1
	[ "$2" -lt "$big" ] && repeat=$runs
	times=""
	peak=0
	done_runs=0
	while [ "$done_runs" -lt "$repeat" ]; do
		once "$@"
		times="$times $seconds"
		[ "$rss" -gt "$peak" ] && peak=$rss
		done_runs=$((done_runs + 1))
	done
	median=$(echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	printf '%-34s %8s %9.2f %9d\n' "$1" "$2" "$median" "$peak"
}

printf '%-34s %8s %9s %9s\n' "what" elements "seconds" "RSS MiB"
run "check examples/hospital-hvac.ssf" 1 1g 0 check -q "$root/examples/hospital-hvac.ssf"
for n in $sizes; do
	dir="$work/models-$n"
	generate "$dir" "$n"
	heap=1g
	[ "$n" -ge "$big" ] && heap=2g
	run "check, valid" "$n" "$heap" 0 check -q "$dir"
	# one misspelt domain, then one in each of up to 100 files
	for errors in 1 100; do
		bad="$work/models-$n-errors-$errors"
		if [ ! -d "$bad" ]; then
			cp -r "$dir" "$bad"
			for f in $(ls "$bad"/*.ssf | head -n "$errors"); do
				sed -i '0,/ in Site$/s// in Sitee/' "$f"
			done
		fi
		run "check, $(ls "$bad"/*.ssf | head -n "$errors" | wc -l) file(s) with an error" "$n" "$heap" 1 check -q "$bad"
	done
	run "analyze --format json" "$n" "$heap" 0 analyze --format json "$dir"
	rm -rf "$work/report-$n"
	run "report, all formats" "$n" "$heap" 0 report "$dir" -o "$work/report-$n" --as-of 2026-01-01
done
# one file of about 5 MB (11,000 elements) on a single line that lost its closing brace
n=$((big * 11 / 50))
one="$work/one-line-$n"
if [ ! -f "$one/one-line.ssf" ]; then
	generate "$work/single-$n" "$n" "$n"
	mkdir -p "$one"
	cat "$work/single-$n"/*.ssf | tr '\n\t' '  ' | sed 's/} *$//' >"$one/one-line.ssf.tmp"
	mv "$one/one-line.ssf.tmp" "$one/one-line.ssf"
fi
run "check, one line, no closing brace" "$n" 1g 1 check -q "$one"
# the analysis alone, beyond loading (prints its own line)
for n in $sizes; do
	printf '%-34s %8s ' "analyze, beyond loading" "$n"
	java -Xmx2g -XX:ActiveProcessorCount=2 -cp "$jar" org.iotssf.cli.bench.AnalyzeBenchmark "$work/models-$n" |
		sed 's/.*analyze \([0-9.]*\) s.*/\1/' | awk '{ printf "%9.2f\n", $1 }'
done
# the language server's latency (its own table)
echo
if [ "${1:-}" = --smoke ]; then
	"$root/releng/benchmark/lsp.sh" 30 4
else
	"$root/releng/benchmark/lsp.sh"
fi
