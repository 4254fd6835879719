#!/usr/bin/env bash
# End-to-end check of statuslint-gopls, the command that stands in for
# gopls, with real components: gopls v0.23.0 (installed once into the build
# cache), headless Neovim and Emacs with eglot in batch mode (Debian's
# packages, installed with apt-get if missing). Each editor runs
# statuslint-gopls as its only Go server on a file with a gopls finding
# (printf) and a statuslint finding (w.WriteHeader(404)): both diagnostics
# must arrive, gopls's hover must work, statuslint's quick fix is applied
# and the file must build. E2E_SKIP_GO_TEST=1 skips the Go protocol test
# (TestProxyRealGopls), for a quick rerun of the editors alone.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "e2e-gopls: $*"; }
die() { echo "e2e-gopls: FAIL: $*" >&2; exit 1; }

# gopls: installed once per build cache, so a warm CI run does not build it
# again (v0.24 needs Go 1.27).
gopls_version=v0.23.0
gopls_bin="$(go env GOCACHE)/statuslint-e2e/gopls-$gopls_version"
if [ ! -x "$gopls_bin/gopls" ]; then
	say "installing gopls $gopls_version into $gopls_bin (takes minutes on a cold cache)"
	mkdir -p "$gopls_bin"
	(cd / && GOBIN="$gopls_bin" GOFLAGS= timeout 1200 go install "golang.org/x/tools/gopls@$gopls_version") || die "go install gopls@$gopls_version failed"
fi
export STATUSLINT_GOPLS="$gopls_bin/gopls"
say "$("$STATUSLINT_GOPLS" version | head -1)"

. scripts/editor-lib.sh

missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
[ -d /usr/share/emacs/site-lisp/elpa-src ] && ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* >/dev/null 2>&1 || missing+=(elpa-eglot)
apt_install "${missing[@]}"

# The protocol test against the real gopls (go test ./... skips it where no
# gopls is installed).
say "protocol test with the real gopls"
[ -n "${E2E_SKIP_GO_TEST:-}" ] || go test -count=1 -run TestProxyRealGopls ./internal/lsp || die "TestProxyRealGopls failed"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/bin/statuslint-gopls" ./cmd/statuslint-gopls

# module writes the test module into $1.
module() {
	mkdir -p "$1"
	cat >"$1/go.mod" <<'GO'
module example.com/e2e

go 1.22
GO
	cat >"$1/main.go" <<'GO'
package main

import (
	"fmt"
	"net/http"
)

func handle(w http.ResponseWriter, r *http.Request) {
	fmt.Printf("%d\n", "x")
	w.WriteHeader(404)
}

func main() { http.HandleFunc("/", handle) }
GO
}

# check verifies the editor's result in module $1, edited by $2.
check() {
	grep -q 'w.WriteHeader(http.StatusNotFound)' "$1/main.go" || { cat "$1/main.go"; die "$2: the file does not say http.StatusNotFound"; }
	(cd "$1" && go build ./...) || die "$2: the fixed module does not build"
}

# ---- Neovim: statuslint-gopls as the only Go server.
module "$work/nvim"
cat >"$work/e2e.lua" <<'LUA'
local function say(msg) io.stderr:write("e2e-gopls: neovim: " .. msg .. "\n") end
local function fail(msg)
  io.stderr:write("e2e-gopls: neovim: FAIL: " .. msg .. "\n")
  vim.cmd("cquit 1")
end

-- A Lua error must fail the run, not leave Neovim waiting.
local ok, err = pcall(function()
vim.cmd("edit " .. vim.fn.fnameescape(vim.env.E2E_FILE))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "gopls",
  cmd = { vim.env.E2E_SERVER, "-statuslint.logfile=" .. vim.env.E2E_SERVER_LOG },
  root_dir = vim.env.E2E_DIR,
  init_options = { statuslint = { allow = { 200 } } },
})
if not client_id then fail("the LSP client did not start") end
vim.lsp.buf_attach_client(buf, client_id)

local function find(source, text)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == source and d.message:find(text, 1, true) then return d end
  end
end
local timeout_ms = 420000
local ours, theirs
if not vim.wait(timeout_ms, function()
  ours = find("statuslint", "bare HTTP status code 404")
  theirs = find("printf", "wrong type string")
  return ours ~= nil and theirs ~= nil
end, 100) then
  fail("not both diagnostics within " .. timeout_ms / 1000 .. "s: " .. vim.inspect(vim.diagnostic.get(buf)))
end
say(string.format("gopls: %d:%d: %s", theirs.lnum + 1, theirs.col + 1, theirs.message))
say(string.format("statuslint: %d:%d: %s", ours.lnum + 1, ours.col + 1, ours.message))
local client = vim.lsp.get_client_by_id(client_id)

-- gopls's hover on WriteHeader.
local line = vim.api.nvim_buf_get_lines(buf, ours.lnum, ours.lnum + 1, false)[1]
vim.api.nvim_win_set_cursor(0, { ours.lnum + 1, (line:find("WriteHeader", 1, true)) - 1 })
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", vim.lsp.util.make_position_params(), 30000)
local text = ""
for _, resp in pairs(hover or {}) do
  if resp.result then text = text .. vim.inspect(resp.result.contents) end
end
if not text:find("WriteHeader(statusCode int)", 1, true) then fail("hover: " .. text) end
say("hover: WriteHeader(statusCode int)")

-- statuslint's quick fix at the literal, from the one server.
vim.api.nvim_win_set_cursor(0, { ours.lnum + 1, ours.col })
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf), only = { "quickfix" } }
local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 30000)
local action
for _, resp in pairs(responses or {}) do
  for _, a in ipairs(resp.result or {}) do
    if a.title == "Replace 404 with http.StatusNotFound" then action = a end
  end
end
if not action then fail("no statuslint quick fix: " .. vim.inspect(responses)) end
say("applying: " .. action.title)
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
vim.cmd("silent write")
vim.lsp.stop_client(client_id)
end)
if not ok then fail(tostring(err)) end
vim.cmd("qall!")
LUA

say "headless $(nvim --version | head -1)"
start=$(date +%s)
run_nvim "$work" "$work/nvim" "$work/nvim/main.go" "$work/bin/statuslint-gopls" "$work/nvim-proxy.log"
check "$work/nvim" neovim
say "neovim: ok: both diagnostics, hover, the quick fix applied, the module builds ($(( $(date +%s) - start ))s)"

# ---- Emacs with eglot, batch mode: statuslint-gopls is eglot's one server
# for the buffer.
module "$work/emacs"
eglot_dir=$(ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* | head -1)
cat >"$work/e2e.el" <<'EL'
;;; e2e.el --- statuslint-gopls under eglot, in batch mode  -*- lexical-binding: t -*-
(require 'eglot)
(defun e2e-say (fmt &rest args) (message "e2e-gopls: emacs: %s" (apply #'format fmt args)))
(defun e2e-fail (fmt &rest args)
  (message "e2e-gopls: emacs: FAIL: %s" (apply #'format fmt args))
  (kill-emacs 1))

;; No go-mode in Debian's Emacs: a major mode of our own, whose name gives
;; eglot the language id "go".
(define-derived-mode go-mode prog-mode "Go")

;; Every diagnostic the server publishes, as "source: message".
(defvar e2e-diags nil)
(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq e2e-diags
                      (mapcar (lambda (d) (concat (plist-get d :source) ": " (plist-get d :message)))
                              (plist-get args :diagnostics))))))
(defun e2e-has (substr)
  (seq-find (lambda (m) (string-search substr m)) e2e-diags))

(find-file (getenv "E2E_FILE"))
(go-mode)
(eglot '(go-mode) (cons 'transient (getenv "E2E_DIR")) 'eglot-lsp-server
       (list (getenv "E2E_SERVER") (concat "-statuslint.logfile=" (getenv "E2E_SERVER_LOG"))
             :initializationOptions '(:statuslint (:allow [200])))
       "go")
(let ((deadline (+ (float-time) 420)))
  (while (not (and (e2e-has "statuslint: bare HTTP status code 404")
                   (e2e-has "printf: fmt.Printf format %d has arg \"x\" of wrong type string")))
    (when (> (float-time) deadline) (e2e-fail "not both diagnostics within 420s: %S" e2e-diags))
    (accept-process-output nil 0.1)))
(e2e-say "%s" (e2e-has "printf:"))
(e2e-say "%s" (e2e-has "statuslint:"))

(let ((server (eglot--current-server-or-lose)))
  ;; gopls's hover on WriteHeader.
  (goto-char (point-min))
  (search-forward "w.WriteHeader")
  (backward-char 3)
  (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
         (text (format "%S" (plist-get hover :contents))))
    (unless (string-search "WriteHeader(statusCode int)" text) (e2e-fail "hover: %s" text))
    (e2e-say "hover: WriteHeader(statusCode int)"))

  ;; statuslint's quick fix at the literal.
  (goto-char (point-min))
  (search-forward "404")
  (let* ((beg (- (point) 3))
         (actions (jsonrpc-request server :textDocument/codeAction
                                   (list :textDocument (eglot--TextDocumentIdentifier)
                                         :range (list :start (eglot--pos-to-lsp-position beg)
                                                      :end (eglot--pos-to-lsp-position beg))
                                         :context (list :diagnostics [] :only ["quickfix"]))))
         (action (seq-find (lambda (a) (equal (plist-get a :title) "Replace 404 with http.StatusNotFound")) actions)))
    (unless action (e2e-fail "no statuslint quick fix: %S" actions))
    (e2e-say "applying: %s" (plist-get action :title))
    (eglot--apply-workspace-edit (plist-get action :edit)))
  (save-buffer)
  (eglot-shutdown server))
(kill-emacs 0)
EL

say "batch $(emacs --version | head -1), $(basename "$eglot_dir")"
start=$(date +%s)
status=0
GOCACHE=$(go env GOCACHE) E2E_FILE="$work/emacs/main.go" E2E_DIR="$work/emacs/" E2E_SERVER="$work/bin/statuslint-gopls" E2E_SERVER_LOG="$work/emacs-proxy.log" \
	HOME="$work/home" timeout 480 emacs --batch -Q -L "$eglot_dir" -l "$work/e2e.el" </dev/null || status=$?
if [ "$status" != 0 ]; then
	echo "--- proxy log"; cat "$work/emacs-proxy.log" 2>/dev/null || true
	die "emacs exited with status $status (124: timed out)"
fi
check "$work/emacs" emacs
say "emacs: ok: both diagnostics, hover, the quick fix applied, the module builds ($(( $(date +%s) - start ))s)"
