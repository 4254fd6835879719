#!/usr/bin/env bash
# End-to-end check of statuslint-lsp in a real editor: headless Neovim
# (Debian's package) starts the server with its built-in LSP client on a
# file containing w.WriteHeader(404), waits for the diagnostic, requests
# the quick fix and applies it, and writes the file. The file must then say
# http.StatusNotFound, and the module must build.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "e2e-neovim: $*"; }
die() { echo "e2e-neovim: FAIL: $*" >&2; exit 1; }

. scripts/editor-lib.sh

command -v nvim >/dev/null || apt_install neovim
say "statuslint-lsp in $(nvim --version | head -1)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/statuslint-lsp" ./cmd/statuslint-lsp

mod="$work/mod"
mkdir -p "$mod"
cat >"$mod/go.mod" <<'GO'
module example.com/e2e

go 1.22
GO
cat >"$mod/main.go" <<'GO'
package main

import "net/http"

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
}

func main() { http.HandleFunc("/", handle) }
GO

# The editor's side. It uses Neovim 0.7's client API (Debian 12 ships
# 0.7.2), which later versions still have.
cat >"$work/e2e.lua" <<'LUA'
local function say(msg) io.stderr:write("e2e-neovim: " .. msg .. "\n") end
local function fail(msg)
  io.stderr:write("e2e-neovim: FAIL: " .. msg .. "\n")
  vim.cmd("cquit 1")
end

vim.cmd("edit " .. vim.fn.fnameescape(vim.env.E2E_FILE))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "statuslint",
  cmd = { vim.env.E2E_SERVER, "-logfile", vim.env.E2E_SERVER_LOG },
  root_dir = vim.env.E2E_DIR,
})
if not client_id then fail("the LSP client did not start") end
vim.lsp.buf_attach_client(buf, client_id)

-- The first go vet on a cold build cache compiles net/http (in .ci/run,
-- go test has warmed it with the same vet tool).
local timeout_ms = 420000
if not vim.wait(timeout_ms, function() return #vim.diagnostic.get(buf) > 0 end, 100) then
  fail("no diagnostic within " .. timeout_ms / 1000 .. "s")
end
local d = vim.diagnostic.get(buf)[1]
say(string.format("diagnostic at %d:%d: %s (%s)", d.lnum + 1, d.col + 1, d.message, d.source))
if d.source ~= "statuslint" or not d.message:find("bare HTTP status code 404", 1, true) then
  fail("unexpected diagnostic: " .. vim.inspect(d))
end

-- Ask for the quick fixes at the literal, as the client's code action
-- request does, and apply the preferred one.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
local client = vim.lsp.get_client_by_id(client_id)
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf), only = { "quickfix" } }
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 30000)
local action
for _, resp in pairs(responses or {}) do
  for _, a in ipairs(resp.result or {}) do
    if a.isPreferred then action = a end
  end
end
if not action then fail("no preferred quick fix: " .. vim.inspect(responses)) end
say("applying: " .. action.title)
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
vim.cmd("silent write")
vim.lsp.stop_client(client_id)
vim.cmd("qall!")
LUA

say "running headless Neovim"
start=$(date +%s)
run_nvim "$work" "$mod" "$mod/main.go" "$work/statuslint-lsp" "$work/server.log"

grep -q 'w.WriteHeader(http.StatusNotFound)' "$mod/main.go" || { cat "$mod/main.go"; die "the file does not say http.StatusNotFound"; }
(cd "$mod" && go build ./...) || die "the fixed module does not build"
grep "go vet took" "$work/server.log" || true
say "ok: the quick fix was applied and the module builds (editor session: $(( $(date +%s) - start ))s)"
