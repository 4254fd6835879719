package lsp_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/lsp"
	"github.com/statuslint/statuslint/internal/testmodule"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// vetTool is statuslint-lsp, built once: the server runs it under go vet.
// goplsProxy is statuslint-gopls, built once.
var vetTool, goplsProxy string

func TestMain(m *testing.M) {
	if os.Getenv(fakeGoplsEnv) != "" {
		os.Exit(fakeGopls()) // the proxy's tests run this binary as gopls
	}
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "statuslint-lsp-test-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		vetTool = filepath.Join(dir, "statuslint-lsp")
		goplsProxy = filepath.Join(dir, "statuslint-gopls")
		for cmd, exe := range map[string]string{"statuslint-lsp": vetTool, "statuslint-gopls": goplsProxy} {
			out, err := exec.Command("go", "build", "-o", exe, "github.com/statuslint/statuslint/cmd/"+cmd).CombinedOutput()
			if err != nil {
				fmt.Fprintf(os.Stderr, "building %s: %v\n%s", cmd, err, out)
				return 1
			}
		}
		return m.Run()
	}())
}

// waitTimeout bounds every wait for the server. The first go vet on a cold
// build cache compiles net/http and its dependencies.
const waitTimeout = 3 * time.Minute

// client is the test's end of an in-memory connection to a server.
type client struct {
	protocol.UnimplementedClient
	t      *testing.T
	server protocol.Server
	diags  chan *protocol.PublishDiagnosticsParams
	logs   chan string
	done   chan error // Serve's result
}

func (c *client) PublishDiagnostics(ctx context.Context, p *protocol.PublishDiagnosticsParams) error {
	c.diags <- p
	return nil
}

func (c *client) LogMessage(ctx context.Context, p *protocol.LogMessageParams) error {
	c.t.Logf("server log: %s", p.Message)
	select {
	case c.logs <- p.Message:
	default: // nobody waits for this one
	}
	return nil
}

// start starts a server over net.Pipe and initializes it.
func start(t *testing.T, flags ...string) *client {
	t.Helper()
	serverEnd, clientEnd := net.Pipe()
	c := &client{
		t:     t,
		diags: make(chan *protocol.PublishDiagnosticsParams, 100),
		logs:  make(chan string, 100),
		done:  make(chan error, 1),
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		c.done <- lsp.Serve(ctx, serverEnd, lsp.Options{
			VetTool:  vetTool,
			Flags:    flags,
			Debounce: 50 * time.Millisecond,
			Timeout:  waitTimeout,
		})
	}()
	_, conn, server := protocol.NewClient(ctx, c, jsonrpc2.NewStream(clientEnd))
	c.server = server
	t.Cleanup(func() {
		cancel()
		conn.Close()
		select {
		case <-c.done:
		case <-time.After(10 * time.Second):
			t.Errorf("server did not stop within 10s of its context's cancellation")
		}
	})

	res, err := server.Initialize(ctx, &protocol.InitializeParams{})
	if err != nil {
		t.Fatalf("initialize: %v", err)
	}
	if got := res.Capabilities.PositionEncoding; got != protocol.PositionEncodingKindUTF16 {
		t.Errorf("position encoding %q, want utf-16", got)
	}
	opts, ok := res.Capabilities.CodeActionProvider.(*protocol.CodeActionOptions)
	if !ok || !slices.Contains(opts.CodeActionKinds, protocol.CodeActionKindQuickFix) || !slices.Contains(opts.CodeActionKinds, protocol.CodeActionKindSourceFixAll) {
		t.Errorf("code action provider %#v, want quickfix and source.fixAll", res.Capabilities.CodeActionProvider)
	}
	if err := server.Initialized(ctx, &protocol.InitializedParams{}); err != nil {
		t.Fatalf("initialized: %v", err)
	}
	return c
}

// waitDiagnostics returns the next diagnostics published for u at version.
func (c *client) waitDiagnostics(u uri.URI, version int32) []protocol.Diagnostic {
	c.t.Helper()
	timeout := time.After(waitTimeout)
	for {
		select {
		case p := <-c.diags:
			if v, _ := p.Version.Get(); p.URI == u && v == version {
				return p.Diagnostics
			}
		case <-timeout:
			c.t.Fatalf("no diagnostics for %s version %d within %v", u, version, waitTimeout)
		}
	}
}

// waitLog returns the next log message that contains substr.
func (c *client) waitLog(substr string) string {
	c.t.Helper()
	timeout := time.After(waitTimeout)
	for {
		select {
		case msg := <-c.logs:
			if strings.Contains(msg, substr) {
				return msg
			}
		case <-timeout:
			c.t.Fatalf("no log message containing %q within %v", substr, waitTimeout)
		}
	}
}

func (c *client) open(u uri.URI, version int32, text string) {
	c.t.Helper()
	err := c.server.DidOpen(context.Background(), &protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: u, LanguageID: "go", Version: version, Text: text},
	})
	if err != nil {
		c.t.Fatalf("didOpen: %v", err)
	}
}

func (c *client) change(u uri.URI, version int32, changes ...protocol.TextDocumentContentChangeEvent) {
	c.t.Helper()
	err := c.server.DidChange(context.Background(), &protocol.DidChangeTextDocumentParams{
		TextDocument:   protocol.VersionedTextDocumentIdentifier{TextDocumentIdentifier: protocol.TextDocumentIdentifier{URI: u}, Version: version},
		ContentChanges: changes,
	})
	if err != nil {
		c.t.Fatalf("didChange: %v", err)
	}
}

func (c *client) codeActions(u uri.URI, rng protocol.Range, only ...protocol.CodeActionKind) []*protocol.CodeAction {
	c.t.Helper()
	res, err := c.server.CodeAction(context.Background(), &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u},
		Range:        rng,
		Context:      protocol.CodeActionContext{Diagnostics: []protocol.Diagnostic{}, Only: only},
	})
	if err != nil {
		c.t.Fatalf("codeAction: %v", err)
	}
	var actions []*protocol.CodeAction
	for _, r := range res {
		a, ok := r.(*protocol.CodeAction)
		if !ok {
			c.t.Fatalf("codeAction returned %T, want *protocol.CodeAction", r)
		}
		actions = append(actions, a)
	}
	return actions
}

// module writes a module with the given files and returns its directory.
func module(t *testing.T, files map[string]string) string {
	return testmodule.Write(t, files)
}

// onDisk has no finding: the server must analyse the buffer, not the file.
const onDisk = `package m

import "net/http"

func handle(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
}
`

// inBuffer has non-ASCII text before the literal on its line: "é" is two
// bytes and one UTF-16 unit, "😀" four bytes and two units.
const inBuffer = `package m

import "net/http"

func handle(w http.ResponseWriter) {
	w.Header().Set("X-Café", "😀"); w.WriteHeader(404)
}
`

func TestDiagnosticsOfBufferInUTF16(t *testing.T) {
	dir := module(t, map[string]string{"a.go": onDisk})
	c := start(t)
	u := uri.File(filepath.Join(dir, "a.go"))
	c.open(u, 1, inBuffer)
	diags := c.waitDiagnostics(u, 1)
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %v", len(diags), diags)
	}
	d := diags[0]
	// "\tw.Header().Set(\"X-Café\", \"😀\"); w.WriteHeader(" is 47 UTF-16 units (50 bytes).
	line := strings.Split(inBuffer, "\n")[5]
	col := uint32(len(utf16.Encode([]rune(line[:strings.Index(line, "404")]))))
	if col != 47 {
		t.Fatalf("test is wrong: column %d, want 47", col)
	}
	want := protocol.Range{Start: protocol.Position{Line: 5, Character: 47}, End: protocol.Position{Line: 5, Character: 50}}
	if d.Range != want {
		t.Errorf("range %v, want %v (UTF-16 columns)", d.Range, want)
	}
	if d.Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("severity %v, want warning", d.Severity)
	}
	if src, _ := d.Source.Get(); src != "statuslint" {
		t.Errorf("source %q, want statuslint", src)
	}
	if d.Code != protocol.String("statuslint") {
		t.Errorf("code %v, want statuslint", d.Code)
	}
	if d.CodeDescription.Href != uri.URI(analyzer.URL) {
		t.Errorf("code description %q, want %q", d.CodeDescription.Href, analyzer.URL)
	}
	if d.Message != protocol.String("bare HTTP status code 404, use http.StatusNotFound") {
		t.Errorf("message %v", d.Message)
	}

	// An incremental edit of the buffer: 404 becomes 418, after the emoji.
	c.change(u, 2, &protocol.TextDocumentContentChangePartial{Range: want, Text: "418"})
	diags = c.waitDiagnostics(u, 2)
	if len(diags) != 1 || diags[0].Message != protocol.String("bare HTTP status code 418, use http.StatusTeapot") {
		t.Fatalf("after the edit, got %v, want one diagnostic for 418", diags)
	}
	// Back to what is on disk: no diagnostics.
	c.change(u, 3, &protocol.TextDocumentContentChangeWholeDocument{Text: onDisk})
	if diags := c.waitDiagnostics(u, 3); len(diags) != 0 {
		t.Fatalf("with the disk's content, got %v, want none", diags)
	}
}

// noHTTPImport needs an import of net/http for its fixes.
const noHTTPImport = `package m

import (
	"fmt"
	"net/http/httptest"
)

func check(rec *httptest.ResponseRecorder) {
	if rec.Code == 404 {
		fmt.Println("ünïcode", rec.Code == 500)
	}
}
`

func TestQuickFix(t *testing.T) {
	dir := module(t, map[string]string{"a.go": "package m\n"})
	c := start(t)
	u := uri.File(filepath.Join(dir, "a.go"))
	c.open(u, 1, noHTTPImport)
	diags := c.waitDiagnostics(u, 1)
	if len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %v", len(diags), diags)
	}
	// The cursor on the second literal, after non-ASCII text.
	cursor := protocol.Range{Start: diags[1].Range.Start, End: diags[1].Range.Start}
	actions := c.codeActions(u, cursor, protocol.CodeActionKindQuickFix)
	if len(actions) != 1 {
		t.Fatalf("got %d quick fixes at %v, want 1: %v", len(actions), cursor, actions)
	}
	a := actions[0]
	if a.Title != "Replace 500 with http.StatusInternalServerError" {
		t.Errorf("title %q", a.Title)
	}
	if a.Kind == nil || *a.Kind != protocol.CodeActionKindQuickFix || a.IsPreferred == nil || !*a.IsPreferred {
		t.Errorf("kind %v, preferred %v: want a preferred quickfix", a.Kind, a.IsPreferred)
	}
	if len(a.Diagnostics) != 1 || a.Diagnostics[0].Range != diags[1].Range {
		t.Errorf("the fix's diagnostics %v, want the one at %v", a.Diagnostics, diags[1].Range)
	}
	got := apply(t, noHTTPImport, a.Edit.Changes[u])
	want := strings.Replace(strings.Replace(noHTTPImport, "rec.Code == 500", "rec.Code == http.StatusInternalServerError", 1),
		"\"fmt\"\n", "\"fmt\"\n\t\"net/http\"\n", 1)
	if got != want {
		t.Errorf("after the quick fix:\n%s\nwant:\n%s", got, want)
	}
}

func TestFixAll(t *testing.T) {
	dir := module(t, map[string]string{"a.go": "package m\n"})
	c := start(t)
	u := uri.File(filepath.Join(dir, "a.go"))
	c.open(u, 1, noHTTPImport)
	if diags := c.waitDiagnostics(u, 1); len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2: %v", len(diags), diags)
	}
	for _, only := range []protocol.CodeActionKind{"source.fixAll", "source"} {
		actions := c.codeActions(u, protocol.Range{}, only)
		if len(actions) != 1 || actions[0].Kind == nil || *actions[0].Kind != "source.fixAll.statuslint" {
			t.Fatalf("only %s: got %v, want one source.fixAll.statuslint action", only, actions)
		}
		edits := actions[0].Edit.Changes[u]
		if len(edits) != 3 {
			t.Errorf("only %s: got %d edits, want 3 (one import, two literals): %v", only, len(edits), edits)
		}
		got := apply(t, noHTTPImport, edits)
		want := `package m

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func check(rec *httptest.ResponseRecorder) {
	if rec.Code == http.StatusNotFound {
		fmt.Println("ünïcode", rec.Code == http.StatusInternalServerError)
	}
}
`
		if got != want {
			t.Errorf("only %s: after fix all:\n%s\nwant:\n%s", only, got, want)
		}
		// The result compiles.
		if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("go", "build", "./...")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("the fixed module does not build: %v\n%s", err, out)
		}
	}
	// Quick fixes only: no source action.
	for _, a := range c.codeActions(u, protocol.Range{}, protocol.CodeActionKindQuickFix) {
		if *a.Kind != protocol.CodeActionKindQuickFix {
			t.Errorf("asked for quick fixes, got %s", *a.Kind)
		}
	}
}

func TestBrokenCodeIsLoggedNotFatal(t *testing.T) {
	for _, test := range []struct {
		name, text, log string
		noModule        bool
	}{
		{name: "syntax error", text: "package m\n\nfunc f( {\n", log: "expected"},
		{name: "type error", text: "package m\n\nvar x int = \"s\"\n", log: "cannot use"},
		{name: "outside a module", text: onDisk, log: "go.mod file not found", noModule: true},
	} {
		t.Run(test.name, func(t *testing.T) {
			dir := t.TempDir()
			if !test.noModule {
				dir = module(t, map[string]string{})
			}
			c := start(t)
			u := uri.File(filepath.Join(dir, "a.go"))
			c.open(u, 1, test.text)
			c.waitLog(test.log)
			if diags := c.waitDiagnostics(u, 1); len(diags) != 0 {
				t.Errorf("got %v, want no diagnostics", diags)
			}
			if test.noModule {
				return
			}
			// The server lives on: fix the buffer and get diagnostics.
			c.change(u, 2, &protocol.TextDocumentContentChangeWholeDocument{Text: inBuffer})
			if diags := c.waitDiagnostics(u, 2); len(diags) != 1 {
				t.Errorf("after fixing the code, got %v, want one diagnostic", diags)
			}
		})
	}
}

func TestShutdownExit(t *testing.T) {
	for _, shutdown := range []bool{true, false} {
		c := start(t)
		if shutdown {
			if err := c.server.Shutdown(context.Background()); err != nil {
				t.Fatalf("shutdown: %v", err)
			}
		}
		if err := c.server.Exit(context.Background()); err != nil {
			t.Fatalf("exit: %v", err)
		}
		select {
		case err := <-c.done:
			if shutdown && err != nil {
				t.Errorf("after shutdown and exit, Serve returned %v, want nil", err)
			}
			if !shutdown && !errors.Is(err, lsp.ErrExitWithoutShutdown) {
				t.Errorf("after exit without shutdown, Serve returned %v, want ErrExitWithoutShutdown", err)
			}
			c.done <- err // for the cleanup
		case <-time.After(10 * time.Second):
			t.Fatalf("Serve did not return within 10s of exit")
		}
	}
}

// apply applies LSP text edits, in UTF-16 positions, to text.
func apply(t *testing.T, text string, edits []protocol.TextEdit) string {
	t.Helper()
	offset := func(p protocol.Position) int {
		lines := strings.SplitAfter(text, "\n")
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		units := 0
		for i, r := range lines[p.Line] {
			if units == int(p.Character) {
				return off + i
			}
			units += len(utf16.Encode([]rune{r}))
		}
		return off + len(lines[p.Line])
	}
	type edit struct {
		start, end int
		text       string
	}
	var es []edit
	for _, e := range edits {
		es = append(es, edit{offset(e.Range.Start), offset(e.Range.End), e.NewText})
	}
	// Apply from the end, so earlier offsets stay valid.
	slices.SortFunc(es, func(a, b edit) int { return b.start - a.start })
	for i, e := range es {
		if i > 0 && e.end > es[i-1].start {
			t.Fatalf("overlapping edits: %v", edits)
		}
		text = text[:e.start] + e.text + text[e.end:]
	}
	return text
}

// TestCachedVetOutput analyses the same buffer in two servers. go vet
// replays the second run from its cache, with the first server's file names.
func TestCachedVetOutput(t *testing.T) {
	dir := module(t, map[string]string{"a.go": onDisk})
	u := uri.File(filepath.Join(dir, "a.go"))
	for i := range 2 {
		c := start(t)
		c.open(u, 1, inBuffer)
		if diags := c.waitDiagnostics(u, 1); len(diags) != 1 {
			t.Fatalf("server %d: got %v, want one diagnostic", i+1, diags)
		}
	}
}

// TestAnalyzerFlags passes an analyzer flag through go vet to the analyzer.
func TestAnalyzerFlags(t *testing.T) {
	dir := module(t, map[string]string{"a.go": "package m\n"})
	c := start(t, "-allow=404")
	u := uri.File(filepath.Join(dir, "a.go"))
	c.open(u, 1, noHTTPImport)
	diags := c.waitDiagnostics(u, 1)
	if len(diags) != 1 || !strings.Contains(fmt.Sprint(diags[0].Message), " 500,") {
		t.Fatalf("with -allow=404, got %v, want only the diagnostic for 500", diags)
	}
}
