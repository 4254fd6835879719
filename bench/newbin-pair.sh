#!/usr/bin/env bash
# Compares two statuslint binaries on the first run of a new binary, as
# bench/run.sh's newbin scenario does (warm GOCACHE, a fresh copy of the
# binary with a few bytes appended, an empty vetx cache), interleaved with
# each other and with noop's warm run, the floor, so that the machine's load
# falls on all three alike.
#
#   bash bench/newbin-pair.sh BEFORE AFTER [RUNS]
#
# BEFORE and AFTER are statuslint binaries (go build -o DIR/ ./cmd/statuslint
# in each checkout); noop comes from bench/out/bin (bench/setup.sh). MODULES
# picks corpus modules (default: every one set up). Prints one line per run:
# module, tool, wall seconds, user+system CPU seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "$1") after=$(realpath "$2") runs=${3:-3}
base=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-bench}
noop=$PWD/bench/out/bin/noop
[ -x "$noop" ] || { echo "newbin-pair: $noop is missing; run bench/setup.sh first" >&2; exit 1; }
export GOTOOLCHAIN=local GOCACHE=$(go env GOCACHE)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "${MODULES:-}" ]; then
	MODULES=$(awk '!/^#/ && NF { print $1 }' bench/corpus.txt | while read -r m; do
		[ -f "$base/corpus/$m/.bench-version" ] && echo "$m"
	done | tr '\n' ' ')
fi
time1() { # label command...: one timed run
	local label=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >/dev/null 2>&1 || true
	# The last line: time writes "Command exited with non-zero status" first
	# when the tool has findings.
	read -r wall user sys < <(tail -n 1 "$tmp/time")
	awk -v m="$module" -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "%s %s %s %.2f\n", m, l, w, u + s }'
}
for module in $MODULES; do
	cd "$base/corpus/$module"
	"$noop" ./... >/dev/null 2>&1 || true # prime
	for run in $(seq "$runs"); do
		for side in before after; do
			bin=${!side}
			cp "$bin" "$tmp/statuslint"
			printf '\nnewbin %s %s\n' "$module" "$(date +%s%N)" >>"$tmp/statuslint"
			rm -rf "$tmp/xdg"
			time1 "$side" env XDG_CACHE_HOME="$tmp/xdg" "$tmp/statuslint" ./...
		done
		time1 noop "$noop" ./...
	done
	cd - >/dev/null
done
