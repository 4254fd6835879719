#!/usr/bin/env bash
# End-to-end check of the golangci-lint module plugin (plugin.go).
#
# Builds a custom golangci-lint with the real `golangci-lint custom`
# command, with the plugin taken from this working tree, then runs it on
# the fixture module testdata/e2e/golangci and checks: the diagnostics,
# a wrapper declared in another package, //nolint:statuslint, the allow
# setting, malformed settings, and that --fix output builds.
#
# `golangci-lint custom` runs `git clone https://github.com/golangci/golangci-lint.git`,
# and only the Go module proxy is reachable here and in CI. So the clone is
# served from a local git repository made from the proxy's copy of the
# module, through a url.<base>.insteadOf rewrite passed in the environment
# (golangci-lint keeps GIT_CONFIG_COUNT/KEY/VALUE for its git child).
#
# Go's build and module caches are reused; everything else lives in a
# temporary directory (kept, and printed, if STATUSLINT_E2E_KEEP is set).
set -euo pipefail

echo "== golangci-lint plugin e2e (scripts/golangci-e2e.sh)"
GCL_VERSION=v2.15.0
GCL_MODULE=github.com/golangci/golangci-lint/v2
GCL_REPO_URL=https://github.com/golangci/golangci-lint.git

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/statuslint-gcl-e2e.XXXXXX")
if [ -n "${STATUSLINT_E2E_KEEP:-}" ]; then
	echo "golangci-e2e: keeping $work"
else
	trap 'rm -rf "$work"' EXIT
fi

fail() {
	echo "golangci-e2e: FAIL: $*" >&2
	exit 1
}

# now prints the time in seconds with a fraction; elapsed prints the
# seconds since its argument.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# -trimpath keys compiled packages by module and version instead of by
# directory. golangci-lint custom clones into a new temporary directory
# each time, so without it the go command recompiles all of golangci-lint's
# own packages on every build (151 s warm here, against 10 s with it); it
# also lets the custom build reuse what go install compiled.
export GOFLAGS="${GOFLAGS:-$(go env GOFLAGS)} -trimpath"

command -v git >/dev/null || fail "git is required (golangci-lint custom clones with it)"

# 1. The stock golangci-lint, which provides the `custom` command.
t=$(now)
GOBIN="$work/bin" go install "$GCL_MODULE/cmd/golangci-lint@$GCL_VERSION"
echo "golangci-e2e: go install golangci-lint $GCL_VERSION: $(elapsed "$t")s"

# 2. A local git repository with tag $GCL_VERSION, from the module proxy.
src=$(cd "$work" && go mod download -json "$GCL_MODULE@$GCL_VERSION" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || fail "go mod download $GCL_MODULE@$GCL_VERSION gave no source directory"
repo="$work/golangci-lint-repo"
cp -R "$src" "$repo"
chmod -R u+w "$repo" # the module cache is read-only
(
	cd "$repo"
	git init -q
	git add -A
	git -c user.name=statuslint-e2e -c user.email=e2e@statuslint.invalid \
		commit -q -m "golangci-lint $GCL_VERSION from the Go module proxy"
	git tag "$GCL_VERSION"
)

# 3. The custom build: the very command users run, with the plugin from
# this working tree (path:).
mkdir "$work/build"
cat >"$work/build/.custom-gcl.yml" <<EOF
version: $GCL_VERSION
name: custom-gcl
destination: $work/bin
plugins:
  - module: github.com/statuslint/statuslint
    path: $root
EOF
t=$(now)
(
	cd "$work/build"
	GIT_CONFIG_COUNT=1 \
		GIT_CONFIG_KEY_0="url.file://$repo/.insteadOf" \
		GIT_CONFIG_VALUE_0="$GCL_REPO_URL" \
		"$work/bin/golangci-lint" custom -v
) || fail "golangci-lint custom failed (output above)"
gcl="$work/bin/custom-gcl"
[ -x "$gcl" ] || fail "golangci-lint custom produced no $gcl"
echo "golangci-e2e: golangci-lint custom: $(elapsed "$t")s"

# The plugin must not change golangci-lint's dependencies (go.mod pins
# x/tools to golangci-lint's version): the custom binary's modules are the
# stock binary's plus ours.
deps() { go version -m "$1" | awk '$1 == "dep" { print $2, $3 }' | grep -v '^github.com/statuslint/statuslint ' || true; }
deps "$work/bin/golangci-lint" | grep -q '^golang.org/x/tools ' ||
	fail "go version -m lists no golang.org/x/tools in $work/bin/golangci-lint"
if ! diff <(deps "$work/bin/golangci-lint") <(deps "$gcl") >"$work/deps.diff"; then
	cat "$work/deps.diff" >&2
	fail "the custom build changed golangci-lint's dependencies (< stock, > custom): align go.mod with golangci-lint $GCL_VERSION"
fi
go version -m "$gcl" | grep -q 'dep[[:space:]]*github.com/statuslint/statuslint' ||
	fail "$gcl does not contain github.com/statuslint/statuslint"

# 4. Lint runs on a copy of the fixture module (--fix edits it). The
# configuration files go beside it, because golangci-lint prints paths
# relative to the configuration file.
fixture="$work/fixture"
cp -R "$root/testdata/e2e/golangci" "$fixture"
cp "$root/.golangci.example.yml" "$fixture/.golangci-example.yml"

# config NAME SETTINGS writes $fixture/.golangci-NAME.yml enabling only
# statuslint with the given settings block (YAML, indented under settings:).
config() {
	{
		cat <<-EOF
			version: "2"
			linters:
			  default: none
			  enable:
			    - statuslint
			  settings:
			    custom:
			      statuslint:
			        type: module
			        description: bare HTTP status codes
		EOF
		if [ -n "$2" ]; then
			echo "        settings:"
			printf '%s\n' "$2" | sed 's/^/          /'
		fi
	} >"$fixture/.golangci-$1.yml"
}
config default ""
config badallow "allow: [200, 1000]"
config badkey "alow: [200]"

# lint NAME [FLAGS...] runs the custom binary on the fixture with the
# configuration file .golangci-NAME.yml, writing its output to $work/out and
# statuslint's reports (file:line: message) to $work/got; it sets status to
# the exit code.
lint() {
	local cfg=".golangci-$1.yml" t
	shift
	t=$(now)
	status=0
	(cd "$fixture" && "$gcl" run -c "$cfg" --allow-parallel-runners \
		--output.text.print-issued-lines=false --show-stats=false "$@" ./...) \
		>"$work/out" 2>&1 || status=$?
	echo "golangci-e2e: custom-gcl run -c $cfg $*: exit $status, $(elapsed "$t")s"
	sed -n 's/^\([^ ]*\.go:[0-9]*\):[0-9]*: \(.*\) (statuslint)$/\1: \2/p' "$work/out" | sort >"$work/got"
}

# expect NAME lists the reports a run must print, exactly.
expect() {
	if ! diff <(sort) "$work/got" >"$work/diff"; then
		cat "$work/out" >&2
		echo "-- reports (< missing, > unexpected):" >&2
		cat "$work/diff" >&2
		fail "$1"
	fi
}

all_reports='b/b.go:12: bare HTTP status code 404, use http.StatusNotFound
b/b.go:17: bare HTTP status code 418, use http.StatusTeapot
b/b.go:22: bare HTTP status code 200, use http.StatusOK
b/b.go:35: bare HTTP status code 409, use http.StatusConflict
b/b.go:37: bare HTTP status code 409, use http.StatusConflict
b/b.go:39: bare HTTP status code 409, use http.StatusConflict
b/b.go:41: bare HTTP status code 409, use http.StatusConflict
c/c.go:13: bare HTTP status code 201, use http.StatusCreated'

# Diagnostics, including the wrapper from package a reported in b and c;
# b/b.go:27 has //nolint:statuslint and must not appear.
lint default --max-same-issues 0
[ "$status" = 1 ] || { cat "$work/out" >&2; fail "lint with findings exited $status, want 1"; }
expect "reports with default settings" <<<"$all_reports"
echo "golangci-e2e: ok: reports, cross-package wrapper, //nolint:statuslint"

# golangci-lint's default max-same-issues (3) hides the fourth identical
# message; the README tells users to pass --max-same-issues 0.
lint default
expect "reports with golangci-lint's default max-same-issues" <<<"$(grep -v '^b/b.go:41:' <<<"$all_reports")"
echo "golangci-e2e: ok: default max-same-issues hides the 4th identical report"

# The allow setting, through the example configuration, which sets every
# key (and enables golangci-lint's standard linters besides).
lint example --max-same-issues 0
[ "$status" = 1 ] || { cat "$work/out" >&2; fail "lint with .golangci.example.yml exited $status, want 1"; }
expect "reports with .golangci.example.yml (allow: [200])" <<<"$(grep -v 'code 200,' <<<"$all_reports")"
echo "golangci-e2e: ok: .golangci.example.yml accepted, allow setting"

# Malformed settings fail the run with a message naming the key.
for bad in 'badallow:statuslint settings: allow: code 1000 out of range' \
	'badkey:statuslint settings: unknown key "alow"'; do
	cfg=${bad%%:*} msg=${bad#*:}
	lint "$cfg" --max-same-issues 0
	[ "$status" != 0 ] && [ "$status" != 1 ] || { cat "$work/out" >&2; fail "$cfg: exit code $status, want a configuration failure"; }
	grep -qF "$msg" "$work/out" || { cat "$work/out" >&2; fail "$cfg: output lacks \"$msg\""; }
	echo "golangci-e2e: ok: $cfg fails: $(grep -F "$msg" "$work/out" | head -n 1)"
done

# --fix rewrites every fixable report, the result builds and matches the
# golden files, and a second run is clean.
lint default --max-same-issues 0 --fix
(cd "$fixture" && go build ./... && go vet ./...) || fail "the fixture does not build after --fix"
for golden in "$root"/testdata/e2e/golangci/*/*.go.golden; do
	rel=${golden#"$root/testdata/e2e/golangci/"}
	diff -u "$golden" "$fixture/${rel%.golden}" || fail "${rel%.golden} after --fix differs from its golden file"
done
lint default --max-same-issues 0
[ "$status" = 0 ] || { cat "$work/out" >&2; fail "lint after --fix exited $status, want 0"; }
expect "reports after --fix" </dev/null
echo "golangci-e2e: ok: --fix applies, builds and leaves nothing to report"

echo "golangci-e2e: PASS"
