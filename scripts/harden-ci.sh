#!/usr/bin/env bash
# CI's share of the hardening checks: the sweep over the standard library
# and two real modules, then each fuzz target briefly (FUZZTIME, default
# 20s). The full sweep, fix-safety and long fuzzing runs are local:
# scripts/sweep.sh, scripts/fix-safety.sh, README.md "Hardening".
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== sweep (std and two modules)"
bash scripts/sweep.sh -ci

for target in FuzzFix FuzzFlags; do
	echo "== fuzz $target for ${FUZZTIME:-20s}"
	go test ./analyzer -run '^$' -fuzz "^$target\$" -fuzztime="${FUZZTIME:-20s}"
done
