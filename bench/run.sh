#!/usr/bin/env bash
# Runs the benchmark: statuslint against its peers and the no-op floor on the
# corpus that bench/setup.sh set up, then compares their findings.
#
#   bash bench/setup.sh && bash bench/run.sh
#
# Settings, from the environment:
#   MODULES       corpus modules to run (default: every one set up)
#   RUNS          timed warm runs per tool, module and mode (default 5; 0 skips
#                 warm runs and the findings comparison)
#   COLD_RUNS     timed cold runs (default 1; 0 skips cold runs)
#   COLD_MODULES  modules that get cold runs (default: MODULES)
#   NEW_RUNS      timed new-binary runs (default 3; 0 skips them)
#   MODES         "standalone vet" (default both)
#   TOOLS         tools of the warm and cold runs (default: all five below)
#   ANALYZER_BENCH 0 skips the analyzer's go test -bench on each module
#   BENCH_COUNT, BENCH_TIME  its -count (default 5) and -benchtime (default 1s)
#
# Tools, alternating within each round so that load on the machine falls on
# all of them alike:
#   statuslint     this checkout; standalone it runs go vet -vettool=itself
#   usestdlibvars  v1.29.0, -http-method=false: status codes only
#   staticcheck    -checks ST1013, standalone only (it is not a vet tool)
#   noop           requires inspect, does nothing: the floor
#   noopfacts      noop plus a fact type: what declaring facts costs; standalone
#                  it loads every dependency from source, so it is timed once
#                  per module (warm), not RUNS times
# Modes: standalone (the command on ./...) and vet (go vet -vettool=TOOL ./...).
# Cache: warm uses the usual GOCACHE and staticcheck cache, primed by an
# untimed run of each tool; cold wipes a separate GOCACHE (and staticcheck
# cache) in BENCH_CACHE before each run, so the run compiles everything it
# loads, the standard library included. New binary ("newbin") keeps the warm
# GOCACHE but runs a fresh copy of statuslint with a few bytes appended, so
# that go vet sees a new tool ID and runs it on every package again, as after
# an upgrade or on a CI runner that restores GOCACHE but builds statuslint
# anew; noop's warm runs in the same rounds are its floor.
#
# Results go to bench/out/results/DATE/: samples.tsv (one line per run),
# summary.md (medians and ratios), findings.md, statuslint-only.txt and the
# logs of every run. bench/RESULTS.md records a full run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/out
bin=$out/bin
base=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-bench}
corpus=$base/corpus
export GOTOOLCHAIN=local

for t in statuslint usestdlibvars staticcheck noop noopfacts; do
	[ -x "$bin/$t" ] || { echo "run: $bin/$t is missing; run bench/setup.sh first" >&2; exit 1; }
done
# Rebuild ours: the benchmark must measure this checkout, not a stale binary.
go build -o "$bin/" ./cmd/statuslint ./bench/noop ./bench/noopfacts ./bench/benchtool

if [ -z "${MODULES:-}" ]; then
	MODULES=$(awk '!/^#/ && NF { print $1 }' bench/corpus.txt | while read -r m; do
		[ -f "$corpus/$m/.bench-version" ] && echo "$m"
	done | tr '\n' ' ')
fi
[ -n "${MODULES// /}" ] || { echo "run: no corpus module is set up; run bench/setup.sh first" >&2; exit 1; }
RUNS=${RUNS:-5}
COLD_RUNS=${COLD_RUNS:-1}
COLD_MODULES=${COLD_MODULES:-$MODULES}
NEW_RUNS=${NEW_RUNS:-3}
MODES=${MODES:-standalone vet}

res=${RESULTS:-$out/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$res/logs"
res=$(cd "$res" && pwd) # measure runs in the module's directory
tsv=$res/samples.tsv
: >>"$tsv" # exists even when only the analyzer benchmark runs
# Warm runs use the go command's and staticcheck's own caches, as a
# developer's runs do.
warm_go=$(go env GOCACHE)
warm_st=${STATICCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/staticcheck}
cold=$base/cache/cold

# command prints the command line of tool in mode.
cmdline() {
	local tool=$1 mode=$2
	case $mode/$tool in
	standalone/usestdlibvars) echo "$bin/usestdlibvars -http-method=false ./..." ;;
	standalone/staticcheck) echo "$bin/staticcheck -checks ST1013 ./..." ;;
	standalone/*) echo "$bin/$tool ./..." ;;
	vet/usestdlibvars) echo "go vet -vettool=$bin/usestdlibvars -http-method=false ./..." ;;
	vet/staticcheck) return 1 ;;
	vet/*) echo "go vet -vettool=$bin/$tool ./..." ;;
	esac
}

# measure runs tool once and appends its sample: module mode cache tool run.
measure() {
	local module=$1 mode=$2 cache=$3 tool=$4 run=$5 gocache stcache cmd
	local xdg=${XDG_CACHE_HOME:-$HOME/.cache}
	cmd=$(cmdline "$tool" "$mode") || return 0
	if [ "$cache/$tool" = newbin/statuslint ]; then
		# A copy with a new tail: a new build ID, hence a new tool ID for go vet.
		mkdir -p "$base/newbin"
		cp "$bin/statuslint" "$base/newbin/statuslint"
		printf '\nnewbin %s %s\n' "$module" "$(date +%s%N)" >>"$base/newbin/statuslint"
		cmd=${cmd/"$bin/statuslint"/"$base/newbin/statuslint"}
		# And no vetx files rebuilt by an earlier binary (internal/vettool's
		# cache in the user's cache directory): the CI runner's case.
		rm -rf "$base/newbin/cache"
		xdg=$base/newbin/cache
	fi
	if [ "$cache" = cold ]; then
		rm -rf "$cold"
		mkdir -p "$cold/go" "$cold/staticcheck"
		gocache=$cold/go stcache=$cold/staticcheck
	else
		gocache=$warm_go stcache=$warm_st
	fi
	# shellcheck disable=SC2086 # cmd is split into words on purpose
	(cd "$corpus/$module" && GOCACHE=$gocache STATICCHECK_CACHE=$stcache XDG_CACHE_HOME=$xdg \
		"$bin/benchtool" measure -tsv "$tsv" -label "$module	$mode	$cache	$tool	$run" \
		-log "$res/logs/$module-$mode-$cache-$tool-$run.log" -- $cmd)
	tail -1 "$tsv" | awk -F'\t' '{ printf "  %-12s %-10s %-4s %-13s run %s: %6.2fs wall %6.2fs cpu %5.0f MiB largest %5.0f MiB tree exit %s\n", $1, $2, $3, $4, $5, $6, $7+$8, $9/1024, $10/1024, $11 }'
	case $(tail -1 "$tsv" | cut -f11) in
	0 | 1 | 3) ;; # clean, or findings
	*) echo "run: $tool failed on $module; see $res/logs/$module-$mode-$cache-$tool-$run.log" >&2 ;;
	esac
}

TOOLS=${TOOLS:-statuslint usestdlibvars staticcheck noop noopfacts}
# noopfacts is timed apart (see above).
tools=$(echo " $TOOLS " | sed 's/ noopfacts / /; s/^ *//; s/ *$//')
facts=
[[ " $TOOLS " == *" noopfacts "* ]] && facts=noopfacts
{
	echo "date: $(date -u)"
	echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
	echo "go: $(go version)"
	echo "load before: $(uptime)"
	echo "settings: MODULES=\"$MODULES\" TOOLS=\"$TOOLS\" RUNS=$RUNS COLD_RUNS=$COLD_RUNS NEW_RUNS=$NEW_RUNS COLD_MODULES=\"$COLD_MODULES\" MODES=\"$MODES\""
} | tee "$res/machine.txt"

for module in $MODULES; do
	echo "== $module ($(cat "$corpus/$module/.bench-version"))"
	for mode in $MODES; do
		# Prime the warm cache, untimed.
		[ "$RUNS" -gt 0 ] && for tool in $tools $facts; do
			cmd=$(cmdline "$tool" "$mode") || continue
			# singlechecker caches nothing of its own: noop has compiled
			# what noopfacts loads, and noopfacts standalone is slow.
			[ "$mode/$tool" = standalone/noopfacts ] && continue
			# shellcheck disable=SC2086
			(cd "$corpus/$module" && GOCACHE=$warm_go STATICCHECK_CACHE=$warm_st $cmd >/dev/null 2>&1) || true
		done
		for run in $(seq "$RUNS"); do
			for tool in $tools; do
				measure "$module" "$mode" warm "$tool" "$run"
			done
		done
		[ "$RUNS" -gt 0 ] && [ -n "$facts" ] && measure "$module" "$mode" warm noopfacts 1
		# New binary, standalone only: what users run after an upgrade.
		if [ "$mode" = standalone ] && [ "$NEW_RUNS" -gt 0 ]; then
			[ "$RUNS" -gt 0 ] || for tool in noop statuslint; do # prime, untimed
				(cd "$corpus/$module" && $(cmdline "$tool" "$mode") >/dev/null 2>&1) || true
			done
			for run in $(seq "$NEW_RUNS"); do
				for tool in noop statuslint; do
					measure "$module" "$mode" newbin "$tool" "$run"
				done
			done
		fi
		if [[ " $COLD_MODULES " == *" $module "* ]]; then
			for run in $(seq "$COLD_RUNS"); do
				for tool in $tools $facts; do
					measure "$module" "$mode" cold "$tool" "$run"
				done
			done
		fi
	done
done
rm -rf "$cold" "$base/newbin"
echo "load after: $(uptime)" | tee -a "$res/machine.txt"

"$bin/benchtool" summary "$tsv" >"$res/summary.md"

# Findings, from the first warm runs' output (standalone where it ran).
fmode=standalone
[[ " $MODES " == *" standalone "* ]] || fmode=vet
header=-header
for module in $MODULES; do
	args=()
	for tool in statuslint usestdlibvars staticcheck; do
		log=$res/logs/$module-$fmode-warm-$tool-1.log
		[ -f "$log" ] && args+=("$tool=$log")
	done
	[ ${#args[@]} -gt 0 ] || continue # no warm run to compare
	"$bin/benchtool" findings $header -root "$corpus/$module" -module "$module" \
		-only "$res/statuslint-only.txt" "${args[@]}"
	header=
done >"$res/findings.md"
touch "$res/statuslint-only.txt"

# The analyzer alone, on packages loaded once (analyzer/bench_test.go): its
# run next to a bare inspector walk over the same node types.
if [ "${ANALYZER_BENCH:-1}" = 1 ]; then
	go test -c -o "$bin/analyzer.test" ./analyzer
	{
		echo
		echo "### analyzer alone: its run next to a bare inspector walk (medians of ${BENCH_COUNT:-5})"
		echo
		echo "Wall: the two benchmarks run one after the other. CPU: both alternate in one loop, measured in CPU time of the process (robust to load)."
		echo
		echo "| module | run ms wall | walk ms wall | ratio wall | run ms CPU | walk ms CPU | ratio CPU |"
		echo "|---|---|---|---|---|---|---|"
	} >>"$res/summary.md"
	for module in $MODULES; do
		(cd "$corpus/$module" && BENCH_DIR=. BENCH_PKGS=./... "$bin/analyzer.test" \
			-test.run '^$' -test.bench '^BenchmarkRun$' -test.benchtime "${BENCH_TIME:-1s}" \
			-test.count "${BENCH_COUNT:-5}") >"$res/analyzer-bench-$module.txt" 2>&1 ||
			echo "run: analyzer benchmark failed on $module; see $res/analyzer-bench-$module.txt" >&2
		awk -v m="$module" '
			function med(a, n,   i, j, t) {
				for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
				return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
			}
			/^BenchmarkRun\/analyzer/ { run[++nr] = $3 }
			/^BenchmarkRun\/walk/ { walk[++nw] = $3 }
			/^BenchmarkRun\/ratio/ { ratio[++nq] = $5; runc[nq] = $7; walkc[nq] = $9 }
			END {
				if (!nr || !nw || !nq) { printf "| %s | failed | | | | | |\n", m; exit }
				r = med(run, nr); w = med(walk, nw)
				printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", m, r / 1e6, w / 1e6, r / w, med(runc, nq) / 1e6, med(walkc, nq) / 1e6, med(ratio, nq)
			}' "$res/analyzer-bench-$module.txt" >>"$res/summary.md"
	done
fi

cat "$res/summary.md"
echo
echo "### findings (distinct file:line:message; overlap by file:line)"
echo
cat "$res/findings.md"
echo
echo "run: results in ${res#"$root"/}; statuslint-only findings in ${res#"$root"/}/statuslint-only.txt"
