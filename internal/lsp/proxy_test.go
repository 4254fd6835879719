package lsp_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/statuslint/statuslint/internal/lsp"
	"go.lsp.dev/uri"
)

// editor is the tests' end of a connection to the proxy: raw messages, so
// that ids and unknown fields are seen as they are on the wire.
type editor struct {
	t    *testing.T
	conn *rawConn

	mu      sync.Mutex
	nextID  int
	waiting map[string]chan *rawMsg // responses by id

	notes    chan *rawMsg // notifications from the server
	requests chan *rawMsg // requests from the server
}

// newEditor starts reading the server's messages from r. With autoReply,
// the server's requests are answered as a plain editor would: an empty
// settings object per workspace/configuration item, null to the rest.
func newEditor(t *testing.T, r io.Reader, w io.Writer, autoReply bool) *editor {
	e := &editor{
		t:        t,
		conn:     newRawConn(r, w),
		waiting:  make(map[string]chan *rawMsg),
		notes:    make(chan *rawMsg, 1000),
		requests: make(chan *rawMsg, 100),
	}
	go func() {
		for {
			m, err := e.conn.read()
			if err != nil {
				return
			}
			switch {
			case m.Method == "":
				e.mu.Lock()
				ch := e.waiting[string(m.ID)]
				e.mu.Unlock()
				if ch != nil {
					ch <- m
				}
			case len(m.ID) > 0:
				if autoReply {
					e.reply(m)
				}
				select {
				case e.requests <- m:
				default: // nobody looks at them
				}
			default:
				e.notes <- m
			}
		}
	}()
	return e
}

// reply answers a request of the server.
func (e *editor) reply(m *rawMsg) {
	result := json.RawMessage("null")
	if m.Method == "workspace/configuration" {
		var p struct{ Items []json.RawMessage }
		json.Unmarshal(m.Params, &p)
		items := make([]map[string]any, len(p.Items))
		for i := range items {
			items[i] = map[string]any{}
		}
		result = mustJSON(items)
	}
	e.conn.write(&rawMsg{ID: m.ID, Result: result})
}

// call sends a request and returns its response.
func (e *editor) call(method string, params any) *rawMsg {
	e.t.Helper()
	e.mu.Lock()
	e.nextID++
	id := mustJSON(e.nextID)
	ch := make(chan *rawMsg, 1)
	e.waiting[string(id)] = ch
	e.mu.Unlock()
	if err := e.conn.write(&rawMsg{ID: id, Method: method, Params: mustJSON(params)}); err != nil {
		e.t.Fatalf("%s: %v", method, err)
	}
	select {
	case m := <-ch:
		return m
	case <-time.After(waitTimeout):
		e.t.Fatalf("no response to %s within %v", method, waitTimeout)
		return nil
	}
}

func (e *editor) notify(method string, params any) {
	e.t.Helper()
	if err := e.conn.write(&rawMsg{Method: method, Params: mustJSON(params)}); err != nil {
		e.t.Fatalf("%s: %v", method, err)
	}
}

// waitNote returns the next notification for which ok is true.
func (e *editor) waitNote(what string, ok func(*rawMsg) bool) *rawMsg {
	e.t.Helper()
	timeout := time.After(waitTimeout)
	for {
		select {
		case m := <-e.notes:
			if ok(m) {
				return m
			}
		case <-timeout:
			e.t.Fatalf("no %s within %v", what, waitTimeout)
		}
	}
}

// diagnostic is the part of an LSP diagnostic the tests read.
type diagnostic struct {
	Range struct {
		Start struct{ Line, Character int }
	}
	Source  string
	Message string
}

// waitDiagnostics returns the messages of the next publishDiagnostics for
// u for which ok is true.
func (e *editor) waitDiagnostics(u uri.URI, ok func(msgs []string) bool) []string {
	e.t.Helper()
	var got []string
	e.waitNote("diagnostics of "+string(u), func(m *rawMsg) bool {
		var p struct {
			URI         uri.URI
			Diagnostics []diagnostic
		}
		if m.Method != "textDocument/publishDiagnostics" || json.Unmarshal(m.Params, &p) != nil || p.URI != u {
			return false
		}
		got = nil
		for _, d := range p.Diagnostics {
			got = append(got, d.Source+": "+d.Message)
		}
		e.t.Logf("diagnostics: %q", got)
		return ok(got)
	})
	return got
}

// startProxy runs the proxy in front of the stand-in gopls.
func startProxy(t *testing.T) (*editor, chan int) {
	t.Helper()
	return startProxyWith(t, vetTool)
}

// startProxyWith runs the proxy with tool as its vet tool.
func startProxyWith(t *testing.T, tool string) (*editor, chan int) {
	t.Helper()
	serverEnd, editorEnd := net.Pipe()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), fakeGoplsEnv+"=1")
	cmd.Stderr = os.Stderr
	done := make(chan int, 1)
	go func() {
		code, err := lsp.Proxy(context.Background(), serverEnd, cmd, lsp.ProxyOptions{
			Options: lsp.Options{VetTool: tool, Debounce: 50 * time.Millisecond, Timeout: waitTimeout},
		})
		if err != nil {
			t.Errorf("Proxy: %v", err)
		}
		done <- code
	}()
	t.Cleanup(func() {
		editorEnd.Close()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Errorf("the proxy did not return within 20s of the editor's end")
		}
	})
	return newEditor(t, editorEnd, editorEnd, false), done
}

func has(msgs []string, substr string) bool {
	return slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, substr) })
}

func TestProxy(t *testing.T) {
	dir := module(t, map[string]string{"a.go": "package m\n"})
	u := uri.File(filepath.Join(dir, "a.go"))
	e, done := startProxy(t)

	// statuslint's settings ride in initializationOptions; gopls must not
	// see them.
	res := e.call("initialize", map[string]any{
		"processId":             nil,
		"rootUri":               uri.File(dir),
		"capabilities":          map[string]any{},
		"initializationOptions": map[string]any{"staticcheck": true, "statuslint": map[string]any{"allow": []int{500}}},
	})
	var init struct {
		Capabilities struct {
			HoverProvider      bool
			CodeActionProvider struct{ CodeActionKinds []string }
		}
		ServerInfo struct{ Name string }
	}
	if err := json.Unmarshal(res.Result, &init); err != nil {
		t.Fatalf("initialize result %s: %v", res.Result, err)
	}
	if !init.Capabilities.HoverProvider || init.ServerInfo.Name != "fake gopls" {
		t.Errorf("initialize result %s: want gopls's capabilities and server info", res.Result)
	}
	if got, want := init.Capabilities.CodeActionProvider.CodeActionKinds, []string{"quickfix", "refactor.rewrite", "source.fixAll", "source.fixAll.statuslint"}; !slices.Equal(got, want) {
		t.Errorf("code action kinds %q, want %q (gopls's, then statuslint's)", got, want)
	}
	e.notify("initialized", map[string]any{})

	// gopls's server-to-client request reaches the editor with its id;
	// the editor's answer reaches gopls without statuslint's settings.
	var req *rawMsg
	select {
	case req = <-e.requests:
	case <-time.After(waitTimeout):
		t.Fatalf("no workspace/configuration request from gopls")
	}
	if req.Method != "workspace/configuration" || string(req.ID) != `"config-1"` {
		t.Fatalf("got request %s with id %s, want workspace/configuration with id \"config-1\"", req.Method, req.ID)
	}
	e.conn.write(&rawMsg{ID: req.ID, Result: mustJSON([]any{map[string]any{"gofumpt": true, "statuslint": map[string]any{"allow": []int{500}}}})})

	// Both sources, one list: the buffer has 404 and 500, and 500 is
	// allowed by the settings.
	e.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "go", "version": 1, "text": noHTTPImport}})
	e.waitDiagnostics(u, func(msgs []string) bool {
		return has(msgs, "gopls: version 1") && has(msgs, "statuslint: bare HTTP status code 404")
	})

	// An edit: gopls's update replaces gopls's part and keeps statuslint's
	// (the 404 of version 1) until statuslint's own update replaces it.
	edited := strings.Replace(noHTTPImport, "404", "418", 1)
	e.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": 2},
		"contentChanges": []any{map[string]any{"text": edited}},
	})
	msgs := e.waitDiagnostics(u, func(msgs []string) bool { return has(msgs, "gopls: version 2") })
	if has(msgs, "gopls: version 1") || !has(msgs, "code 404") {
		t.Errorf("after gopls's update: %q, want gopls's version 2 and statuslint's 404", msgs)
	}
	msgs = e.waitDiagnostics(u, func(msgs []string) bool { return has(msgs, "code 418") })
	if !has(msgs, "gopls: version 2") || has(msgs, "code 404") || has(msgs, "code 500") {
		t.Errorf("after statuslint's update: %q, want gopls's version 2 and statuslint's 418 only", msgs)
	}
	// gopls clears its part: statuslint's stays.
	e.notify("fake/clear", map[string]any{"uri": u})
	msgs = e.waitDiagnostics(u, func(msgs []string) bool { return !has(msgs, "gopls:") })
	if len(msgs) != 1 || !has(msgs, "code 418") {
		t.Errorf("after gopls cleared its diagnostics: %q, want statuslint's 418 alone", msgs)
	}

	// Code actions: gopls's, then statuslint's quick fix.
	line := strings.Split(edited, "\n")[8] // "\tif rec.Code == 418 {"
	col := strings.Index(line, "418")
	res = e.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": u},
		"range":        map[string]any{"start": map[string]int{"line": 8, "character": col}, "end": map[string]int{"line": 8, "character": col}},
		"context":      map[string]any{"diagnostics": []any{}},
	})
	var actions []struct{ Title, Kind string }
	if err := json.Unmarshal(res.Result, &actions); err != nil {
		t.Fatalf("codeAction result %s: %v", res.Result, err)
	}
	var titles []string
	for _, a := range actions {
		titles = append(titles, a.Kind+": "+a.Title)
	}
	if want := []string{"quickfix: gopls fix", "quickfix: Replace 418 with http.StatusTeapot", "source.fixAll.statuslint: Replace every bare HTTP status code in the file"}; !slices.Equal(titles, want) {
		t.Errorf("code actions %q, want %q", titles, want)
	}

	// A malformed setting is shown to the user, naming the key; gopls
	// keeps working and does not see it.
	e.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"gopls": map[string]any{"gofumpt": false, "statuslint": map[string]any{"allow": []int{1000}}}}})
	shown := e.waitNote("window/showMessage", func(m *rawMsg) bool { return m.Method == "window/showMessage" })
	var show struct {
		Type    int
		Message string
	}
	json.Unmarshal(shown.Params, &show)
	if show.Type != 1 || !strings.Contains(show.Message, "statuslint settings: allow:") || !strings.Contains(show.Message, "1000") {
		t.Errorf("showMessage %s, want an error naming allow and 1000", shown.Params)
	}

	// A cancellation passes through, id and all.
	e.notify("$/cancelRequest", map[string]any{"id": 99})

	res = e.call("fake/received", nil)
	var received struct {
		InitializationOptions  map[string]any
		Configuration          []map[string]any
		DidChangeConfiguration struct {
			Settings map[string]map[string]any
		}
		Cancel  map[string]any
		Methods []string
	}
	if err := json.Unmarshal(res.Result, &received); err != nil {
		t.Fatalf("fake/received result %s: %v", res.Result, err)
	}
	if got := received.InitializationOptions; got["staticcheck"] != true || got["statuslint"] != nil {
		t.Errorf("gopls got initializationOptions %v, want staticcheck and no statuslint", got)
	}
	if got := received.Configuration; len(got) != 1 || got[0]["gofumpt"] != true || got[0]["statuslint"] != nil {
		t.Errorf("gopls got configuration %v, want gofumpt and no statuslint", got)
	}
	if got := received.DidChangeConfiguration.Settings["gopls"]; got["gofumpt"] != false || got["statuslint"] != nil {
		t.Errorf("gopls got didChangeConfiguration settings %v, want gofumpt and no statuslint", got)
	}
	if got := received.Cancel; got["id"] != float64(99) {
		t.Errorf("gopls got $/cancelRequest %v, want id 99", got)
	}
	want := []string{"initialize", "initialized", "textDocument/didOpen", "textDocument/didChange", "fake/clear", "textDocument/codeAction", "workspace/didChangeConfiguration", "$/cancelRequest", "fake/received"}
	if !slices.Equal(received.Methods, want) {
		t.Errorf("gopls got %q, want %q: every message, in order", received.Methods, want)
	}

	e.call("shutdown", nil)
	e.notify("exit", nil)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("after shutdown and exit, the proxy returned %d, want 0", code)
		}
		done <- code
	case <-time.After(20 * time.Second):
		t.Fatalf("the proxy did not return within 20s of exit")
	}
}

// TestProxyExitStatus: gopls's exit status is the proxy's.
func TestProxyExitStatus(t *testing.T) {
	for _, test := range []struct {
		name string
		end  func(e *editor)
		want int
	}{
		{"exit without shutdown", func(e *editor) { e.notify("exit", nil) }, 1},
		{"gopls crashes", func(e *editor) { e.notify("fake/crash", nil) }, 3},
	} {
		t.Run(test.name, func(t *testing.T) {
			e, done := startProxy(t)
			e.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}})
			test.end(e)
			select {
			case code := <-done:
				if code != test.want {
					t.Errorf("the proxy returned %d, want gopls's %d", code, test.want)
				}
				done <- code
			case <-time.After(20 * time.Second):
				t.Fatalf("the proxy did not return within 20s")
			}
		})
	}
}

// TestProxyAnalysisDoesNotBlock holds statuslint's analysis in the middle of
// its go vet run, and gopls's traffic goes on: diagnostics, code actions,
// requests. Then the analysis finishes and its diagnostics are merged in.
func TestProxyAnalysisDoesNotBlock(t *testing.T) {
	dir := module(t, map[string]string{"a.go": "package m\n"})
	u := uri.File(filepath.Join(dir, "a.go"))
	// A vet tool that waits, on the package's analysis, for a file the
	// test writes; it answers go vet's other calls (-V=full, -flags) at once.
	gate := t.TempDir()
	tool := filepath.Join(gate, "vettool")
	script := "#!/bin/sh\ncase \"$*\" in *.cfg) touch " + gate + "/started; while [ ! -e " + gate + "/release ]; do sleep 0.05; done;; esac\nexec " + vetTool + " \"$@\"\n"
	if err := os.WriteFile(tool, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	e, _ := startProxyWith(t, tool)
	e.call("initialize", map[string]any{"processId": nil, "rootUri": uri.File(dir), "capabilities": map[string]any{}})
	e.notify("initialized", map[string]any{})
	// Unique content, so that go vet cannot replay a cached result.
	text := noHTTPImport + "// " + t.Name() + " " + time.Now().String() + "\n"
	e.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": u, "languageId": "go", "version": 1, "text": text}})
	for deadline := time.Now().Add(waitTimeout); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(gate, "started")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the analysis did not start within %v", waitTimeout)
		}
	}

	// The analysis is held: gopls's messages still flow both ways.
	e.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": 2},
		"contentChanges": []any{map[string]any{"text": text}},
	})
	e.waitDiagnostics(u, func(msgs []string) bool { return has(msgs, "gopls: version 2") })
	res := e.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": u},
		"range":        map[string]any{"start": map[string]int{"line": 0, "character": 0}, "end": map[string]int{"line": 0, "character": 0}},
		"context":      map[string]any{"diagnostics": []any{}},
	})
	if !strings.Contains(string(res.Result), "gopls fix") {
		t.Errorf("code actions during the analysis: %s, want gopls's", res.Result)
	}
	if _, err := os.Stat(filepath.Join(gate, "release")); err == nil {
		t.Fatal("test is wrong: the analysis was released early")
	}

	if err := os.WriteFile(filepath.Join(gate, "release"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	e.waitDiagnostics(u, func(msgs []string) bool {
		return has(msgs, "gopls: version 2") && has(msgs, "statuslint: bare HTTP status code 404")
	})
}
