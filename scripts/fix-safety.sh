#!/usr/bin/env bash
# Fix safety: for each real module, on a copy, apply every statuslint fix
# and check that the module still builds, vets and compiles its tests, and
# that a second run finds nothing left to fix (findings without a fix, such
# as unregistered codes, may remain).
#
# Usage: scripts/fix-safety.sh [module path...]   (default: all modules in
# scripts/modules.sh). FIX_SAFETY_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
source scripts/modules.sh

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for m in "${modules[@]}"; do targets+=("${m%@*}"); done
fi

setup_work fix-safety "${FIX_SAFETY_KEEP:-}"

# summary runs statuslint -json in the current directory and prints the
# counts line; it fails on a crash or an analysis error.
summary() {
	"$bin" -json ./... >"$1" 2>&1 || true
	"$vetsummary" <"$1"
}

# normalize drops line and column numbers from compiler and vet messages
# and sorts them, for comparing a failing check before and after -fix.
normalize() { sed -E 's/^([^:]+\.go):[0-9]+(:[0-9]+)?:/\1:/' | sort -u; }

# fixable extracts fixable=N from a counts line.
fixable() { sed -n 's/.* fixable=\([0-9]*\) .*/\1/p' <<<"$1"; }

failed=0
for mod in "${targets[@]}"; do
	v=$(module_version "$mod")
	dir=$work/src/${mod//\//_}
	fetch_module "$mod" "$v" "$dir"
	cp -R "$dir" "$dir.orig"
	fail() {
		echo "fix-safety: $mod@$v: FAIL: $1" >&2
		failed=1
	}
	(
		cd "$dir"
		before=$(summary "$work/before.out") || { fail "statuslint failed before fixing"; exit 1; }
		# go vet applies the fixes (merging those that test variants repeat)
		# and exits 0; statuslint's exit code is go vet's.
		if ! "$bin" -fix ./... >"$work/fix.out" 2>&1; then
			grep -q -e 'panic:' -e 'internal error' "$work/fix.out" && { fail "statuslint -fix crashed"; cat "$work/fix.out"; exit 1; }
		fi
		files=$(diff -rq "$dir.orig" "$dir" | wc -l)
		lines=$(diff -r "$dir.orig" "$dir" | grep -c '^>' || true)
		for check in "go build ./..." "go vet ./..." "go test -count=1 -run ^\$ ./..."; do
			if $check >"$work/check.out" 2>&1; then
				continue
			fi
			# A check that already failed on the original module (some modules
			# have go vet findings of their own) must fail the same way:
			# compare the messages without their line and column numbers,
			# which the fixes may shift.
			if ! (cd "$dir.orig" && $check) >"$work/check.orig" 2>&1 &&
				[ -z "$(comm -13 <(normalize <"$work/check.orig") <(normalize <"$work/check.out"))" ]; then
				echo "$mod@$v: note: $check fails as on the original module ($(grep -c . "$work/check.orig") lines)"
				continue
			fi
			fail "after -fix, $check fails:"
			head -n 30 "$work/check.out" >&2
			diff -r "$dir.orig" "$dir" | head -n 60 >&2 || true
			exit 1
		done
		after=$(summary "$work/after.out") || { fail "statuslint failed after fixing"; exit 1; }
		left=$(fixable "$after")
		if [ "$left" != 0 ]; then
			fail "$left findings are still fixable after -fix"
			grep -B2 -A3 '"suggested_fixes"' "$work/after.out" | head -n 40 >&2
			exit 1
		fi
		echo "$mod@$v: before: $before"
		echo "$mod@$v: fixed: $(fixable "$before") findings, $lines changed lines in $files files; build, vet and test compile pass or fail as on the original"
		echo "$mod@$v: after:  $after"
	) || failed=1
done
if [ $failed -ne 0 ]; then
	echo "fix-safety: FAIL" >&2
	exit 1
fi
echo "fix-safety: ok"
