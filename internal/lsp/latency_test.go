package lsp_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// TestLatency measures the statuslint-lsp executable on a real package:
// the time from didChange to publishDiagnostics with the build cache warm,
// and the server's peak resident memory after a number of edits. It needs
// a package directory and a file in it with a status literal:
//
//	STATUSLINT_LSP_BENCH=/tmp/gin/context_test.go:1454 go test -run TestLatency -v ./internal/lsp
//
// The line's first three-digit literal is rewritten on every edit. With
// STATUSLINT_LSP_NEWBIN=1 the server is a copy with a few bytes appended, a
// new tool for go vet, which analyses every package again: the first
// diagnostics are then what users wait for after an upgrade.
func TestLatency(t *testing.T) {
	spec := os.Getenv("STATUSLINT_LSP_BENCH")
	if spec == "" {
		t.Skip("set STATUSLINT_LSP_BENCH=file.go:line to measure")
	}
	file, lineText, _ := strings.Cut(spec, ":")
	line, err := strconv.Atoi(lineText)
	if err != nil {
		t.Fatalf("STATUSLINT_LSP_BENCH=%s: want file.go:line", spec)
	}
	edits := 100
	if n, err := strconv.Atoi(os.Getenv("STATUSLINT_LSP_EDITS")); err == nil {
		edits = n
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	target := lines[line-1]
	col := strings.IndexFunc(target, func(r rune) bool { return r >= '1' && r <= '9' })
	if col < 0 || col+3 > len(target) {
		t.Fatalf("%s:%d has no three-digit literal: %q", file, line, target)
	}

	logFile := filepath.Join(t.TempDir(), "server.log")
	if env := os.Getenv("STATUSLINT_LSP_LOG"); env != "" {
		logFile = env
	}
	bin := vetTool
	if os.Getenv("STATUSLINT_LSP_NEWBIN") != "" {
		bin = newBinary(t, vetTool)
	}
	cmd := exec.Command(bin, "-logfile", logFile)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	c := &client{t: t, diags: make(chan *protocol.PublishDiagnosticsParams, 100), logs: make(chan string, 100)}
	ctx := context.Background()
	_, conn, server := protocol.NewClient(ctx, c, jsonrpc2.NewStream(pipe{stdout, stdin}))
	defer conn.Close()
	c.server = server
	if _, err := server.Initialize(ctx, &protocol.InitializeParams{}); err != nil {
		t.Fatal(err)
	}
	u := uri.File(file)
	c.open(u, 1, string(data))
	start := time.Now()
	first := c.waitDiagnostics(u, 1)
	t.Logf("first diagnostics after didOpen: %v (%d diagnostics)", time.Since(start).Round(time.Millisecond), len(first))

	// Registered codes: each gets a diagnostic, also in a comparison.
	codes := []int{400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 500, 502, 503, 504}
	var took []time.Duration
	width := 3 // of the text that the next edit replaces
	for i := range edits {
		version := int32(i + 2)
		code := fmt.Sprint(codes[i%len(codes)])
		// A comment makes every version new to go vet's cache, which
		// would otherwise replay the output for a content seen before.
		text := fmt.Sprintf("%s /* edit %d */", code, i)
		rng := protocol.Range{
			Start: protocol.Position{Line: uint32(line - 1), Character: uint32(col)},
			End:   protocol.Position{Line: uint32(line - 1), Character: uint32(col + width)},
		}
		width = len(text)
		start := time.Now()
		c.change(u, version, &protocol.TextDocumentContentChangePartial{Range: rng, Text: text})
		diags := c.waitDiagnostics(u, version)
		took = append(took, time.Since(start))
		if !slices.ContainsFunc(diags, func(d protocol.Diagnostic) bool {
			return d.Range.Start.Line == uint32(line-1) && strings.Contains(fmt.Sprint(d.Message), " "+code+",")
		}) {
			t.Fatalf("edit %d: no diagnostic for %s on line %d in %v", i, code, line, diags)
		}
	}
	slices.Sort(took)
	t.Logf("%d edits, didChange to publishDiagnostics (debounce %v included): min %v, median %v, p90 %v, max %v",
		edits, 300*time.Millisecond, took[0].Round(time.Millisecond), took[len(took)/2].Round(time.Millisecond),
		took[len(took)*9/10].Round(time.Millisecond), took[len(took)-1].Round(time.Millisecond))
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", cmd.Process.Pid))
	if err == nil {
		for l := range bytes.Lines(status) {
			if bytes.HasPrefix(l, []byte("VmHWM")) || bytes.HasPrefix(l, []byte("VmRSS")) {
				t.Logf("server %s", bytes.Join(bytes.Fields(l), []byte(" ")))
			}
		}
	}
}

// pipe joins a child's stdout and stdin into one stream.
type pipe struct {
	io.ReadCloser
	w io.WriteCloser
}

func (p pipe) Write(b []byte) (int, error) { return p.w.Write(b) }
func (p pipe) Close() error {
	p.w.Close()
	return p.ReadCloser.Close()
}

// newBinary returns a copy of the executable bin with a few bytes
// appended: the same program, with a new build ID for go vet.
func newBinary(t *testing.T, bin string) string {
	t.Helper()
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	data = fmt.Appendf(data, "\nnew binary %d\n", time.Now().UnixNano())
	copy := filepath.Join(t.TempDir(), filepath.Base(bin))
	if err := os.WriteFile(copy, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return copy
}
