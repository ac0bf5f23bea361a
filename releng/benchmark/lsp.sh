#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Latency of the language server (`iotssf lsp` from the shipped jar, 2 processors, -Xmx1g), measured through
# the protocol by a client in another process: diagnostics after one-character edits in a synthetic system of
# about 5,000 lines (also with an unresolved name in it), completion and hover right after an edit. Prints p50
# and p95 in milliseconds.
#
# Usage: releng/benchmark/lsp.sh [ELEMENTS [SAMPLES]]   (default: 550 elements, about 5,000 lines; 40 samples)
# BENCH_DIR sets the work folder (default: target/benchmark).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${BENCH_DIR:-$root/target/benchmark}
"$root/bin/iotssf" --version >/dev/null
jar=$(ls "$root"/releng/org.iotssf.cli/target/org.iotssf.cli-*-all.jar | head -n 1)
mkdir -p "$work"
java -XX:ActiveProcessorCount=2 -cp "$jar" org.iotssf.cli.bench.LspLatencyBenchmark "$jar" "$work" "${1:-550}" "${2:-40}"
