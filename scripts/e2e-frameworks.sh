#!/usr/bin/env bash
# End-to-end check of statuslint against the REAL frameworks and test
# libraries (gin, echo, fiber + fasthttp, chi + render, resty, testify),
# which catches drift between their APIs and the stubs under testdata/src.
#
# It copies the module testdata/e2e/frameworks (its own go.mod and go.sum)
# to a temporary directory, builds statuslint from the working tree, and:
#   1. runs `statuslint ./...` and compares the findings with
#      testdata/e2e/frameworks.findings;
#   2. runs `statuslint -fix ./...`, then go build, go vet and
#      go test -run '^$' (the tests compile) on the fixed module;
#   3. runs `statuslint ./...` again: only the findings without a fix
#      remain, as listed in testdata/e2e/frameworks.after-fix.
#
# It needs only the module proxy (or a warm module cache) and reuses Go's
# build and module caches. UPDATE=1 rewrites the two expected lists.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# Never download another toolchain: test with the Go at hand.
export GOTOOLCHAIN=local
export GOFLAGS=-mod=readonly

src=$root/testdata/e2e/frameworks
want_findings=$root/testdata/e2e/frameworks.findings
want_after=$root/testdata/e2e/frameworks.after-fix

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mod=$tmp/frameworks
cp -R "$src" "$mod"
# The module cache is read-only; so are files copied from a checkout
# sometimes. -fix must be able to write.
chmod -R u+w "$mod"

fail() {
	echo "e2e-frameworks: FAIL: $*" >&2
	exit 1
}

echo "== e2e-frameworks: build statuslint"
go build -o "$tmp/statuslint" ./cmd/statuslint

echo "== e2e-frameworks: download the real modules"
(cd "$mod" && go mod download) || fail "go mod download: the module proxy is needed for the first run"
(cd "$mod" && go build ./...) || fail "the fixture module does not build before any fix"

# findings runs statuslint in the module with the given flags and prints
# its findings as sorted "file:line:col: message" lines. go vet exits 1
# when it reports anything; any other failure is fatal.
findings() {
	local out rc=0
	out=$(cd "$mod" && "$tmp/statuslint" "$@" ./... 2>&1) || rc=$?
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
		echo "$out" >&2
		fail "statuslint $* exited $rc"
	fi
	# Anything but findings and go vet's package headers is an error.
	if grep -vE '^(\./)?[^ :]+\.go:[0-9]+:[0-9]+: |^# ' <<<"$out" | grep -q .; then
		echo "$out" >&2
		fail "statuslint $* printed something other than findings"
	fi
	grep -E '^(\./)?[^ :]+\.go:[0-9]+:[0-9]+: ' <<<"$out" | sed 's|^\./||' | LC_ALL=C sort -u || true
}

# compare checks the findings got against the list in file want.
compare() {
	local what=$1 got=$2 want=$3
	if [ "${UPDATE:-}" = 1 ]; then
		printf '%s\n' "$got" >"$want"
		echo "e2e-frameworks: wrote $want"
		return
	fi
	if ! diff -u "$want" <(printf '%s\n' "$got") >"$tmp/diff"; then
		cat "$tmp/diff" >&2
		fail "$what differ from ${want#"$root"/} (- expected, + got; UPDATE=1 rewrites it)"
	fi
	echo "e2e-frameworks: $(grep -c . <<<"$got") $what as expected"
}

echo "== e2e-frameworks: statuslint ./..."
got=$(findings) # an assignment, so that a failure stops the script
compare findings "$got" "$want_findings"

echo "== e2e-frameworks: statuslint -fix ./..."
findings -fix >/dev/null
(cd "$mod" && go build ./...) || fail "the fixed module does not build"
(cd "$mod" && go vet ./...) || fail "go vet fails on the fixed module"
(cd "$mod" && go test -count=1 -run '^$' ./... >/dev/null) || fail "the fixed module's tests do not compile"
if diff -r -q "$src" "$mod" >/dev/null; then
	fail "-fix changed nothing"
fi

echo "== e2e-frameworks: statuslint ./... after -fix"
got=$(findings)
compare "findings left after -fix" "$got" "$want_after"
echo "e2e-frameworks: ok"
