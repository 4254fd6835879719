package lsp_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/statuslint/statuslint/internal/lsp"
	"go.lsp.dev/uri"
)

// TestProxyOverhead measures what statuslint-gopls adds to gopls's
// messages on a real session: the same scripted session (hover,
// completion and code actions at every method call in a file, an edit
// every tenth step) runs against gopls directly, through the proxy in
// this process, which reports the time each message spends in it, and
// through the built statuslint-gopls, whose memory is read at the end.
// It needs a package directory and a file in it:
//
//	STATUSLINT_GOPLS_BENCH=/tmp/gin/context.go go test -run TestProxyOverhead -v ./internal/lsp
//
// STATUSLINT_GOPLS_STEPS sets the number of steps (default 300).
func TestProxyOverhead(t *testing.T) {
	file := os.Getenv("STATUSLINT_GOPLS_BENCH")
	if file == "" {
		t.Skip("set STATUSLINT_GOPLS_BENCH=dir/file.go to measure")
	}
	gopls := realGopls(t)
	steps := 300
	if n, err := strconv.Atoi(os.Getenv("STATUSLINT_GOPLS_STEPS")); err == nil {
		steps = n
	}
	dir := filepath.Dir(file)

	// Direct: the editor talks to gopls. The first session fills gopls's
	// file cache and the build cache for the rest, and is not counted.
	runDirect := func() *session {
		cmd := exec.Command(gopls)
		cmd.Dir = dir
		stdin, _ := cmd.StdinPipe()
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { stdin.Close(); cmd.Wait() }()
		return runSession(t, newEditor(t, stdout, stdin, true), file, steps)
	}
	runDirect()
	direct := runDirect()

	// In process, observed: the proxy's own time per message.
	var mu sync.Mutex
	observed := make(map[string][]time.Duration) // by direction and method
	inProcess := func() *session {
		toProxy, fromEditor, _ := os.Pipe()
		toEditor, fromProxy, _ := os.Pipe()
		cmd := exec.Command(gopls)
		cmd.Dir = dir
		done := make(chan struct{})
		go func() {
			defer close(done)
			lsp.Proxy(context.Background(), struct {
				io.Reader
				io.Writer
			}{toProxy, fromProxy}, cmd, lsp.ProxyOptions{
				Options: lsp.Options{VetTool: goplsProxy},
				Observe: func(method string, fromGopls bool, d time.Duration) {
					dirn := "editor->gopls"
					if fromGopls {
						dirn = "gopls->editor"
					}
					mu.Lock()
					observed[dirn] = append(observed[dirn], d)
					observed[dirn+" "+method] = append(observed[dirn+" "+method], d)
					mu.Unlock()
				},
			})
			fromProxy.Close()
		}()
		defer func() { fromEditor.Close(); <-done }()
		return runSession(t, newEditor(t, toEditor, fromEditor, true), file, steps)
	}()

	// The command, for its memory.
	var status []byte
	binary := func() *session {
		e, cmd := startBinary(t, gopls, dir)
		s := runSession(t, e, file, steps)
		status, _ = os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
		return s
	}()

	t.Logf("%d steps on %s, gopls %s", steps, file, gopls)
	t.Logf("time in the proxy per message (read to written):")
	keys := make([]string, 0, len(observed))
	for k := range observed {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !strings.HasSuffix(k, " ") && len(observed[k]) >= 10 {
			t.Logf("  %-50s %s", k, percentiles(observed[k]))
		}
	}
	t.Logf("latency seen by the editor (request to response):")
	for _, method := range []string{"textDocument/hover", "textDocument/completion", "textDocument/codeAction"} {
		t.Logf("  %-26s direct %s", method, percentiles(direct.latency[method]))
		t.Logf("  %-26s proxy  %s", "", percentiles(inProcess.latency[method]))
		t.Logf("  %-26s binary %s", "", percentiles(binary.latency[method]))
	}
	for l := range bytes.Lines(status) {
		if bytes.HasPrefix(l, []byte("VmHWM")) || bytes.HasPrefix(l, []byte("VmRSS")) {
			t.Logf("statuslint-gopls (the proxy process alone) %s", bytes.Join(bytes.Fields(l), []byte(" ")))
		}
	}
}

// session is what one scripted session measured.
type session struct {
	latency map[string][]time.Duration // by request method
}

// callExpr finds method calls on c, the receiver of gin's Context methods,
// and any other identifier followed by a selector.
var callExpr = regexp.MustCompile(`\b[a-z]\w*\.([A-Z]\w*)\(`)

// runSession runs the scripted session of TestProxyOverhead.
func runSession(t *testing.T, e *editor, file string, steps int) *session {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	u := uri.File(file)
	e.initialize(filepath.Dir(file), nil)
	e.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "go", "version": 1, "text": text}})

	type pos struct{ line, col int }
	var positions []pos
	for i, line := range strings.Split(text, "\n") {
		for _, m := range callExpr.FindAllStringSubmatchIndex(line, -1) {
			positions = append(positions, pos{i, m[2]}) // the method name; ASCII, so bytes are UTF-16 units
		}
	}
	if len(positions) == 0 {
		t.Fatalf("%s has no method calls", file)
	}
	s := &session{latency: make(map[string][]time.Duration)}
	timed := func(method string, params any) {
		start := time.Now()
		res := e.call(method, params)
		if res.Error != nil {
			t.Logf("%s: %s", method, res.Error)
			return
		}
		s.latency[method] = append(s.latency[method], time.Since(start))
	}
	// gopls answers the first request after loading the workspace.
	e.call("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": u}, "position": map[string]int{"line": positions[0].line, "character": positions[0].col}})
	version := 1
	for i := range steps {
		p := positions[i%len(positions)]
		at := map[string]int{"line": p.line, "character": p.col}
		timed("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": u}, "position": at})
		timed("textDocument/completion", map[string]any{"textDocument": map[string]any{"uri": u}, "position": at})
		timed("textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": u},
			"range":        map[string]any{"start": at, "end": at},
			"context":      map[string]any{"diagnostics": []any{}},
		})
		if i%10 == 9 {
			// An edit that changes no position: a comment at the end of
			// the file, so gopls and statuslint analyse again.
			version++
			end := strings.Count(text, "\n")
			e.notify("textDocument/didChange", map[string]any{
				"textDocument": map[string]any{"uri": u, "version": version},
				"contentChanges": []any{map[string]any{
					"range": map[string]any{"start": map[string]int{"line": end, "character": 0}, "end": map[string]int{"line": end, "character": 0}},
					"text":  fmt.Sprintf("// edit %d\n", i),
				}},
			})
			text += fmt.Sprintf("// edit %d\n", i)
		}
	}
	e.call("shutdown", nil)
	e.notify("exit", nil)
	return s
}

// percentiles formats the count, p50, p90, p99 and maximum of ds.
func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	at := func(q float64) time.Duration { return ds[min(len(ds)-1, int(q*float64(len(ds))))] }
	return fmt.Sprintf("n=%d p50=%v p90=%v p99=%v max=%v", len(ds), at(0.50), at(0.90), at(0.99), ds[len(ds)-1])
}
