#!/usr/bin/env bash
# CI's quick check that the benchmark runs end to end: it sets up the tools
# and the smallest corpus module (gorilla/mux), times every tool once, warm,
# standalone and under go vet, and a new statuslint binary once, and checks
# that each ran cleanly and that the findings comparison sees the bare code
# that mux's tests hold. The full
# benchmark is bench/run.sh; CI never runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash bench/setup.sh mux
res=bench/out/results/smoke
mkdir -p "$(dirname "$res")"
rm -rf "$res"
RESULTS=$res MODULES=mux RUNS=1 COLD_RUNS=0 NEW_RUNS=1 BENCH_COUNT=1 BENCH_TIME=10x bash bench/run.sh >"$res.log" 2>&1 || {
	cat "$res.log"; echo "smoke: bench/run.sh failed" >&2; exit 1
}

# One sample per tool and mode: four tools and noopfacts standalone, and
# the same less staticcheck, which is no vet tool, under go vet.
# 9 warm (every tool in both modes, staticcheck only standalone) and 2
# new-binary (noop, statuslint).
if [ "$(wc -l <"$res/samples.tsv")" -ne 11 ]; then
	cat "$res.log"; echo "smoke: want 11 samples in $res/samples.tsv" >&2; exit 1
fi
# Exit 0 is clean, 1 and 3 are findings; anything else is a failure.
awk -F'\t' '$11 != 0 && $11 != 1 && $11 != 3 { bad = 1; print "smoke: " $4 " (" $2 ") exited " $11 } END { exit bad }' "$res/samples.tsv" || {
	cat "$res.log"; exit 1
}
# mux_httpserver_test.go:34 compares a recorder's code with 200: both
# statuslint and usestdlibvars report it, so the overlap must count it.
want='| mux | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |'
if ! grep -qF "$want" "$res/findings.md"; then
	cat "$res/findings.md"; echo "smoke: want the findings row $want" >&2; exit 1
fi
if ! grep -q '^| mux | [0-9.]* | [0-9.]* | [0-9.]* | [0-9.]* | [0-9.]* | [0-9.]* |$' "$res/summary.md"; then
	cat "$res/summary.md"; echo "smoke: the analyzer benchmark gave no numbers for mux" >&2; exit 1
fi
echo "smoke: bench/run.sh ran every tool, a new binary and the analyzer benchmark on mux; findings as expected"
