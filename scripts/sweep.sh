#!/usr/bin/env bash
# Sweep: run the built statuslint, standalone (through go vet), over the
# standard library and over real modules from the module proxy, and fail on
# any panic, internal error, analysis error or unexpected output.
#
# Usage: scripts/sweep.sh [-ci] [target...]
#   targets: std, cmd, or a module path from the list below (default: all)
#   -ci:     the subset CI runs (std and two modules)
#
# It prints one line per target: packages analysed (test variants count
# separately, as go vet analyses them), findings, findings with a fix, and
# the time taken. SWEEP_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

source scripts/modules.sh
ci_targets=(std github.com/gin-gonic/gin github.com/go-chi/chi/v5)

targets=()
for arg in "$@"; do
	case $arg in
	-ci) targets+=("${ci_targets[@]}") ;;
	-*) echo "sweep: unknown flag $arg" >&2; exit 2 ;;
	*) targets+=("$arg") ;;
	esac
done
if [ ${#targets[@]} -eq 0 ]; then
	targets=(std cmd)
	for m in "${modules[@]}"; do targets+=("${m%@*}"); done
fi

setup_work sweep "${SWEEP_KEEP:-}"

failed=0
printf '%-34s %s\n' target result
for t in "${targets[@]}"; do
	case $t in
	std | cmd)
		dir=$(go env GOROOT)/src
		label=$t
		;;
	*)
		v=$(module_version "$t")
		dir=$work/src/${t//\//_}
		fetch_module "$t" "$v" "$dir"
		label=$t@$v
		t=./...
		;;
	esac
	out=$work/${label//\//_}.out
	start=$(date +%s)
	# Exit code 1 means findings (or a failure, which the summary detects),
	# so the exit code alone decides nothing.
	(cd "$dir" && "$bin" -json "$t") >"$out" 2>&1 || true
	secs=$(( $(date +%s) - start ))
	if summary=$("$vetsummary" <"$out" 2>"$out.problems"); then
		printf '%-34s %s time=%ds\n' "$label" "$summary" "$secs"
	else
		printf '%-34s FAIL %s time=%ds\n' "$label" "$summary" "$secs"
		grep -n -m 20 -e 'panic:' -e 'internal error' -e 'analysis error' "$out" || true
		head -n 20 "$out.problems"
		failed=1
	fi
done
if [ $failed -ne 0 ]; then
	echo "sweep: FAIL: statuslint crashed, failed or printed unexpected output (see above)" >&2
	exit 1
fi
echo "sweep: ok"
