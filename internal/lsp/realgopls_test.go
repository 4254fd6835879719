package lsp_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/statuslint/statuslint/internal/lsp"
	"go.lsp.dev/uri"
)

// realGopls returns the real gopls, or skips the test if there is none and
// $STATUSLINT_GOPLS is not set (.ci/run sets it to the gopls it installs).
func realGopls(t *testing.T) string {
	t.Helper()
	gopls, err := lsp.FindGopls("")
	if err != nil {
		if os.Getenv(lsp.GoplsEnv) != "" {
			t.Fatal(err)
		}
		t.Skipf("%v", err)
	}
	return gopls
}

// startBinary starts the built statuslint-gopls in front of gopls, as an
// editor does, and returns the editor's end and the process.
func startBinary(t *testing.T, gopls, dir string) (*editor, *exec.Cmd) {
	t.Helper()
	cmd := exec.Command(goplsProxy, "-statuslint.logfile="+filepath.Join(t.TempDir(), "proxy.log"))
	cmd.Env = append(os.Environ(), lsp.GoplsEnv+"="+gopls)
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	return newEditor(t, stdout, stdin, true), cmd
}

// initialize initializes a session the way editors do, with the
// capabilities gopls needs for literal code actions and hover.
func (e *editor) initialize(root string, options any) *rawMsg {
	e.t.Helper()
	res := e.call("initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   uri.File(root),
		"capabilities": map[string]any{
			"workspace": map[string]any{"configuration": true},
			"textDocument": map[string]any{
				"hover":              map[string]any{"contentFormat": []string{"plaintext"}},
				"publishDiagnostics": map[string]any{},
				"codeAction": map[string]any{"codeActionLiteralSupport": map[string]any{
					"codeActionKind": map[string]any{"valueSet": []string{"quickfix", "source.fixAll", "source.organizeImports"}},
				}},
			},
		},
		"initializationOptions": options,
	})
	if res.Error != nil {
		e.t.Fatalf("initialize: %s", res.Error)
	}
	e.notify("initialized", map[string]any{})
	return res
}

// e2eMain has a finding of gopls's printf check and one of statuslint's.
const e2eMain = `package main

import (
	"fmt"
	"net/http"
)

func handle(w http.ResponseWriter, r *http.Request) {
	fmt.Printf("%d\n", "x")
	w.WriteHeader(404)
}

func main() { http.HandleFunc("/", handle) }
`

// TestProxyRealGopls runs statuslint-gopls with the real gopls: one
// server, both sources' diagnostics, gopls's hover, statuslint's fix.
func TestProxyRealGopls(t *testing.T) {
	gopls := realGopls(t)
	dir := module(t, map[string]string{"main.go": e2eMain})
	u := uri.File(filepath.Join(dir, "main.go"))

	e, cmd := startBinary(t, gopls, dir)
	e.initialize(dir, map[string]any{"statuslint": map[string]any{"allow": []int{200}}})
	e.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "go", "version": 1, "text": e2eMain}})
	e.waitDiagnostics(u, func(msgs []string) bool {
		return has(msgs, "fmt.Printf format %d has arg \"x\" of wrong type string") && has(msgs, "statuslint: bare HTTP status code 404")
	})

	// gopls's hover on WriteHeader.
	line := strings.Split(e2eMain, "\n")[9]
	col := strings.Index(line, "WriteHeader")
	pos := map[string]int{"line": 9, "character": col}
	res := e.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": u}, "position": pos})
	if !strings.Contains(string(res.Result), "WriteHeader(statusCode int)") {
		t.Errorf("hover: %s, want gopls's WriteHeader signature", res.Result)
	}

	// statuslint's quick fix, among gopls's actions.
	col = strings.Index(line, "404")
	pos = map[string]int{"line": 9, "character": col}
	res = e.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": u},
		"range":        map[string]any{"start": pos, "end": pos},
		"context":      map[string]any{"diagnostics": []any{}},
	})
	var actions []struct {
		Title string
		Edit  struct {
			Changes map[string][]struct{ NewText string }
		}
	}
	json.Unmarshal(res.Result, &actions)
	found := false
	for _, a := range actions {
		if a.Title == "Replace 404 with http.StatusNotFound" && len(a.Edit.Changes[string(u)]) == 1 && a.Edit.Changes[string(u)][0].NewText == "http.StatusNotFound" {
			found = true
		}
	}
	if !found {
		t.Errorf("code actions %s: want statuslint's quick fix", res.Result)
	}

	e.call("shutdown", nil)
	e.notify("exit", nil)
	start := time.Now()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("after shutdown and exit: %v, want exit code 0", err)
		}
		t.Logf("statuslint-gopls exited %v after exit", time.Since(start).Round(time.Millisecond))
	case <-time.After(30 * time.Second):
		t.Fatalf("statuslint-gopls did not exit within 30s of exit")
	}
}
