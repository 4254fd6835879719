# Shared by scripts/e2e-cacheprog.sh and bench/cacheprog.sh, which source it
# after defining die and setting work (a temporary directory of their own):
# a GOCACHEPROG cache server on loopback, and "machines" that share only it.

# The cache server and client, pinned: go-tool-cache has no releases, and
# this commit speaks Go 1.24's official GOCACHEPROG protocol (cmd/go/internal/cacheprog).
CACHEPROG_MODULE=github.com/bradfitz/go-tool-cache
CACHEPROG_VERSION=v0.0.0-20260722201841-0bb331e19f64

# build_cacheprog installs go-cacher (the client the go command starts) and
# go-cacher-server (the HTTP server every client talks to) in $work/bin.
build_cacheprog() {
	GOBIN=$work/bin go install -trimpath \
		"$CACHEPROG_MODULE/cmd/go-cacher@$CACHEPROG_VERSION" \
		"$CACHEPROG_MODULE/cmd/go-cacher-server@$CACHEPROG_VERSION" ||
		die "cannot build $CACHEPROG_MODULE@$CACHEPROG_VERSION"
}

# start_server serves an empty cache in $work/server on a free loopback
# port, sets cache_server to its URL and server_pid to its process, and
# returns once it accepts connections. A port taken meanwhile by another
# process makes the server exit: it tries another.
start_server() {
	local try port i
	for try in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 30000))
		"$work/bin/go-cacher-server" -listen "127.0.0.1:$port" -cache-dir "$work/server" \
			>>"$work/server.log" 2>&1 &
		server_pid=$!
		for i in $(seq 50); do
			if ! kill -0 "$server_pid" 2>/dev/null; then
				break # exited: the port was taken
			fi
			if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
				cache_server=http://127.0.0.1:$port
				return 0
			fi
			sleep 0.1
		done
		kill "$server_pid" 2>/dev/null || true
	done
	cat "$work/server.log" >&2
	die "the cache server did not start"
}

# stop_server ends the server that start_server started, if any.
stop_server() {
	if [ -n "${server_pid:-}" ]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
		server_pid=
	fi
}

# as_machine NAME COMMAND...: runs COMMAND as a fresh machine NAME would: its
# own HOME (so its own vetx cache, ~/.cache/statuslint/vetx), GOCACHE,
# GOPATH and go-cacher disk in $work/machines/NAME, sharing only the cache
# server. The module cache stays the real one: CI runners restore it at one
# path, and the go command keys a dependency's results by its directory.
# Nothing is downloaded (GOPROXY=off), and no GOFLAGS of the caller apply.
as_machine() {
	local name=$1 m=$work/machines/$1 modcache
	shift
	modcache=$(go env GOMODCACHE)
	mkdir -p "$m/home"
	env -u XDG_CACHE_HOME -u XDG_CONFIG_HOME -u GOFLAGS -u GOENV \
		HOME="$m/home" GOCACHE="$m/gocache" GOPATH="$m/gopath" GOMODCACHE="$modcache" \
		GOTOOLCHAIN=local GOPROXY=off \
		GOCACHEPROG="$work/bin/go-cacher -cache-dir=$m/cacher -cache-server=$cache_server" \
		"$@"
}

# vet_units prints how many times go vet ran the vet tool on a unit, from
# the -x output in FILE: each run is a command line ending in a unit's
# vet.cfg. A unit replayed from the cache is not run.
vet_units() {
	grep -cE '/statuslint( .*)? [^ ]*/vet\.cfg$' "$1" || true
}

# findings prints the findings in the go vet output in FILE.
findings() {
	grep -E '^[^ ]+\.go:[0-9]+:[0-9]+: ' "$1" || true
}
