#!/usr/bin/env bash
# Measures what a CI fleet gains from sharing the go command's cache
# (GOCACHEPROG): on each corpus module, `statuslint ./...` as machine A
# (fresh HOME, GOCACHE and vetx cache, an empty shared cache server: it
# compiles and analyses everything) and then as machine B (all fresh again,
# only the server shared: it replays A's results). docs/performance.md
# records a run.
#
#   bash bench/setup.sh gin caddy && bash bench/cacheprog.sh gin caddy
#
# Each module gets its own empty server. The module cache is shared, as
# CI runners restore it at one path (see scripts/cacheprog-lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-bench}/corpus
work=$(mktemp -d "${TMPDIR:-/tmp}/statuslint-cacheprog-bench.XXXXXX")
die() {
	echo "cacheprog: $*" >&2
	exit 1
}
. "$root/scripts/cacheprog-lib.sh"
trap 'stop_server; rm -rf "$work"' EXIT
export GOTOOLCHAIN=local
unset GOFLAGS

[ $# -gt 0 ] || die "usage: bash bench/cacheprog.sh NAME... (modules that bench/setup.sh set up)"
build_cacheprog
declare -A secs units
go build -trimpath -buildvcs=false -o "$work/statuslint" ./cmd/statuslint

echo "| module | machine A (cold, empty server) | machine B (fresh, A's server) | vet tool runs A / B | findings A = B |"
echo "|---|---|---|---|---|"
for name in "$@"; do
	dir=$corpus/$name
	[ -f "$dir/.bench-version" ] || die "$name is not set up in $corpus; run bench/setup.sh $name"
	rm -rf "$work/server" "$work/machines"
	start_server
	for m in A B; do
		t0=$(date +%s.%N)
		(cd "$dir" && as_machine "$m" "$work/statuslint" -x ./...) >"$work/$m.out" 2>&1 || true
		t1=$(date +%s.%N)
		secs[$m]=$(awk -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.1f", t1 - t0 }')
		units[$m]=$(vet_units "$work/$m.out")
		findings "$work/$m.out" | sort >"$work/$m.findings"
	done
	stop_server
	same=yes
	cmp -s "$work/A.findings" "$work/B.findings" || same=no
	echo "| $name ($(cat "$dir/.bench-version")) | ${secs[A]} s | ${secs[B]} s | ${units[A]} / ${units[B]} | $same ($(wc -l <"$work/A.findings")) |"
done
