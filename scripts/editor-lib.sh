# Shared by the editor end-to-end checks, e2e-neovim.sh and e2e-gopls.sh,
# which source it after defining say and die.

# apt_install PKG...: installs Debian's packages PKG, fetching the package
# lists only if installing without them fails (missing or stale).
apt_install() {
	[ $# -gt 0 ] || return 0
	[ "$(id -u)" = 0 ] || die "$* not installed, and installing with apt-get needs root"
	say "installing $* from Debian"
	DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "$@" >/dev/null ||
		{ timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "$@" >/dev/null; } ||
		die "apt-get install $* failed"
}

# run_nvim WORK DIR FILE SERVER LOG: runs headless Neovim on the Lua driver
# WORK/e2e.lua, which reads the module directory DIR, the file FILE, the
# language server SERVER and its log LOG from the environment; on failure
# it prints the server's and Neovim's logs and dies. Neovim's state and logs
# go to WORK; the go command keeps the real build cache, which
# XDG_CACHE_HOME would otherwise move.
run_nvim() {
	local work=$1 dir=$2 file=$3 server=$4 log=$5 status=0
	GOCACHE=$(go env GOCACHE) E2E_FILE="$file" E2E_DIR="$dir" E2E_SERVER="$server" E2E_SERVER_LOG="$log" \
		XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" \
		timeout 480 nvim --headless --clean -c "luafile $work/e2e.lua" </dev/null || status=$?
	echo
	if [ "$status" != 0 ]; then
		echo "--- server log"; cat "$log" 2>/dev/null || true
		echo "--- Neovim's LSP log"; find "$work/state" "$work/cache" -name 'lsp.log' -exec tail -50 {} \; 2>/dev/null || true
		die "nvim exited with status $status (124: timed out)"
	fi
}
