#!/usr/bin/env bash
# End-to-end check that a CI fleet shares statuslint's results through the
# go command's cache (GOCACHEPROG), the way README's "At scale" says.
#
# A real cache server and client, built from the module proxy at a pinned
# version (scripts/cacheprog-lib.sh), serve on loopback. Machines share only
# that server: each has its own HOME, GOCACHE, GOPATH, client disk cache and
# statuslint vetx cache. On the fixture testdata/e2e/cacheprog, whose one
# finding (b calls a's wrapper with 404) needs a fact about package a:
#
#   A  statuslint built with -trimpath in this checkout: analyses everything
#   B  a fresh checkout at A's path, statuslint built with -trimpath from a
#      copy of the source elsewhere (a byte-identical binary): the same
#      findings and exit code with the vet tool run on zero units; then
#      -fix applies the fix
#   C  statuslint built with other flags (-ldflags=-s): another tool ID, so
#      it must not replay A's results
#   D  A's binary on a checkout at another path: the go command keys a
#      package's results by its directory, so D analyses its own packages
#      and reports its own files, never A's
#
# Go's module and build caches are reused to build the tools; everything
# else lives in a temporary directory (kept, and printed, if
# STATUSLINT_E2E_KEEP is set).
set -euo pipefail

echo "== shared cache e2e (scripts/e2e-cacheprog.sh)"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/statuslint-cacheprog.XXXXXX")
die() {
	echo "e2e-cacheprog: FAIL: $*" >&2
	exit 1
}
. "$root/scripts/cacheprog-lib.sh"
cleanup() {
	stop_server
	if [ -n "${STATUSLINT_E2E_KEEP:-}" ]; then
		echo "e2e-cacheprog: keeping $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
export GOTOOLCHAIN=local
unset GOFLAGS # the builds below say which flags they use

fixture=$root/testdata/e2e/cacheprog
want_findings='b/b.go:12:15: bare HTTP status code 404, use http.StatusNotFound'
start=$SECONDS

build_cacheprog
# Identical builds from two paths: -trimpath, and no VCS stamp (the copy
# has no .git; go install ...@version stamps none either).
(cd "$root" && go build -trimpath -buildvcs=false -o "$work/a/statuslint" ./cmd/statuslint)
mkdir -p "$work/elsewhere/src"
(cd "$root" && tar --exclude=./.git --exclude=./bench/out -cf - .) | tar -xf - -C "$work/elsewhere/src"
(cd "$work/elsewhere/src" && go build -trimpath -buildvcs=false -o "$work/b/statuslint" ./cmd/statuslint)
(cd "$root" && go build -trimpath -buildvcs=false -ldflags=-s -o "$work/c/statuslint" ./cmd/statuslint)
cmp -s "$work/a/statuslint" "$work/b/statuslint" ||
	die "statuslint built with -trimpath from $root and from $work/elsewhere/src differs: machines would not share results"
echo "e2e-cacheprog: tools built in $((SECONDS - start)) s"

start_server

# checkout DIR: a fresh copy of the fixture at DIR, as a CI runner's clone.
checkout() {
	rm -rf "$1"
	mkdir -p "$(dirname "$1")"
	cp -R "$fixture" "$1"
}

# run NAME BINARY DIR ARGS...: runs statuslint BINARY as machine NAME in DIR
# with go vet's -x, so that its output lists the vet tool's runs; the
# output goes to $work/NAME.out, the exit code to rc, the seconds to secs.
run() {
	local name=$1 bin=$2 dir=$3 t0
	shift 3
	t0=$(date +%s.%N)
	rc=0
	(cd "$dir" && as_machine "$name" "$bin" -x "$@" ./...) >"$work/$name.out" 2>&1 || rc=$?
	secs=$(awk -v t0="$t0" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.1f", t1 - t0 }')
	echo "e2e-cacheprog: machine $name: exit $rc, $(vet_units "$work/$name.out") vet tool runs, ${secs} s"
}

# expect NAME: machine NAME exited 1 and printed exactly the fixture's finding.
expect() {
	local got
	got=$(findings "$work/$1.out")
	if [ "$rc" != 1 ] || [ "$got" != "$want_findings" ]; then
		tail -40 "$work/$1.out" >&2
		die "machine $1: exit $rc and findings:
$got
want exit 1 and:
$want_findings"
	fi
}

checkout "$work/ci/fleet"
run A "$work/a/statuslint" "$work/ci/fleet"
expect A
[ "$(vet_units "$work/A.out")" -gt 0 ] || die "machine A ran the vet tool on no unit: -x output changed? see $work/A.out"

# Nothing A put in the shared cache may name A's own directories (HOME, so
# statuslint's vetx cache; GOCACHE; GOPATH): B would replay them. The
# checkout's path is in go vet's output, keyed by it, so it is allowed.
if leak=$(grep -rl -F "$work/machines/A" "$work/server"); then
	die "the shared cache holds machine A's own paths, in:
$leak"
fi

checkout "$work/ci/fleet" # B's own clone, at the path every runner uses
run B "$work/b/statuslint" "$work/ci/fleet"
expect B
units=$(vet_units "$work/B.out")
[ "$units" = 0 ] || die "machine B ran the vet tool on $units units; want 0 (all replayed from A's results)"
[ ! -e "$work/machines/B/home/.cache/statuslint" ] ||
	die "machine B wrote a statuslint cache, so statuslint ran"

run B "$work/b/statuslint" "$work/ci/fleet" -fix
[ "$rc" = 0 ] || { tail -40 "$work/B.out" >&2; die "machine B: statuslint -fix exited $rc; want 0 (nothing left)"; }
diff -u "$fixture/b/b.go.golden" "$work/ci/fleet/b/b.go" || die "machine B: -fix did not write b/b.go.golden"

checkout "$work/ci/fleet"
run C "$work/c/statuslint" "$work/ci/fleet"
expect C
units=$(vet_units "$work/C.out")
[ "$units" -gt 2 ] || die "machine C (another statuslint build) ran the vet tool on $units units; want every unit, not A's results"

checkout "$work/other/fleet"
run D "$work/a/statuslint" "$work/other/fleet"
expect D
units=$(vet_units "$work/D.out")
[ "$units" -ge 2 ] || die "machine D (another checkout path) ran the vet tool on $units units; want at least its own packages a and b"
grep -q "^cd $work/other/fleet/b\$" "$work/D.out" || die "machine D did not analyse its own package b"

echo "e2e-cacheprog: ok in $((SECONDS - start)) s"
