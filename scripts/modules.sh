# Sourced by sweep.sh and fix-safety.sh: the real modules they run on,
# pinned so that their numbers are reproducible, how to fetch one, and
# their shared work directory.

modules=(
	github.com/gin-gonic/gin@v1.12.0
	github.com/labstack/echo/v4@v4.16.0
	github.com/gofiber/fiber/v2@v2.52.15
	github.com/go-chi/chi/v5@v5.5.0
	github.com/gorilla/mux@v1.8.1
	github.com/go-resty/resty/v2@v2.17.2
)

# module_version prints the pinned version of module path $1.
module_version() {
	local m
	for m in "${modules[@]}"; do
		if [ "${m%@*}" = "$1" ]; then echo "${m#*@}"; return; fi
	done
	echo "unknown module $1; want one of: ${modules[*]%@*}" >&2
	return 2
}

# fetch_module copies module $1 at version $2 out of the module cache (the
# proxy fills it) into the new writable directory $3 and downloads its
# dependencies, so that it builds and tests as a main module.
fetch_module() {
	local dir
	dir=$(go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [ -z "$dir" ]; then
		echo "go mod download $1@$2 gave no directory" >&2
		return 1
	fi
	mkdir -p "$3"
	cp -R "$dir/." "$3"
	chmod -R u+w "$3"
	(cd "$3" && go mod download) >&2
}

# setup_work makes the work directory of script $1, with statuslint and
# scripts/vetsummary.go built into it (a module of its own cannot run the
# latter, which imports our internal packages), and removes it on exit
# unless $2 is 1; it sets work, bin and vetsummary.
setup_work() {
	work=$(mktemp -d "${TMPDIR:-/tmp}/statuslint-$1.XXXXXX")
	if [ "${2:-}" = 1 ]; then
		echo "$1: work directory $work"
	else
		trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
	fi
	bin=$work/bin/statuslint
	vetsummary=$work/bin/vetsummary
	go build -o "$bin" ./cmd/statuslint
	go build -o "$vetsummary" ./scripts/vetsummary.go
}
