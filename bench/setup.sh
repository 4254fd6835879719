#!/usr/bin/env bash
# Sets up the benchmark: the corpus of bench/corpus.txt and the peer tools,
# all from the Go module proxy at pinned versions.
#
#   bash bench/setup.sh [NAME...]    # default: every module in bench/corpus.txt
#
# Each module is copied out of the module cache (read-only there) into
# $BENCH_CACHE/corpus/NAME with its dependencies downloaded, so that
# 'go vet ./...' works in it offline. BENCH_CACHE defaults to
# ~/.cache/statuslint-bench: outside the checkout, so that gofmt -l . and
# editors do not wander into other modules' code. The tools go to bench/out/bin:
# statuslint (this checkout), usestdlibvars, staticcheck, and the no-op
# floors from bench/noop and bench/noopfacts.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/out
corpus=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-bench}/corpus
mkdir -p "$corpus" "$out/bin"

# Pinned peers. usestdlibvars is golangci-lint's status-code linter;
# staticcheck's ST1013 is the other one users have.
usestdlibvars=github.com/sashamelentyev/usestdlibvars@v1.29.0
staticcheck=honnef.co/go/tools/cmd/staticcheck@v0.8.2

# A module's go.mod may ask for a newer toolchain: the benchmark measures
# the Go installed here, and must not download another.
export GOTOOLCHAIN=local

echo "== tools -> bench/out/bin"
GOBIN=$out/bin go install "$usestdlibvars"
GOBIN=$out/bin go install "$staticcheck"
go build -o "$out/bin/" ./cmd/statuslint ./bench/noop ./bench/noopfacts
"$out/bin/staticcheck" -version
"$out/bin/usestdlibvars" -V=full | head -1

names=("$@")
while read -r name mod ver; do
	case $name in ''|'#'*) continue ;; esac
	if [ ${#names[@]} -gt 0 ] && [[ " ${names[*]} " != *" $name "* ]]; then
		continue
	fi
	dst=$corpus/$name
	if [ -f "$dst/.bench-version" ] && [ "$(cat "$dst/.bench-version")" = "$mod@$ver" ]; then
		echo "== $name: $mod@$ver already set up"
		continue
	fi
	echo "== $name: $mod@$ver"
	dir=$(go mod download -json "$mod@$ver" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [ -z "$dir" ] || [ ! -d "$dir" ]; then
		echo "setup: go mod download found no directory for $mod@$ver" >&2
		exit 1
	fi
	rm -rf "$dst"
	cp -r "$dir" "$dst"
	chmod -R u+w "$dst"
	# go vet ./... needs every package's dependencies, test ones included.
	(cd "$dst" && go mod download && go list -test -deps ./... >/dev/null) || {
		echo "setup: $name: dependencies do not resolve from the module proxy" >&2
		exit 1
	}
	echo "$mod@$ver" >"$dst/.bench-version"
done < bench/corpus.txt
echo "setup: done; corpus in $corpus"
