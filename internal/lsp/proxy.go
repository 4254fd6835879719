package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"sync"
	"syscall"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// The proxy stands between an editor and gopls, so that an editor with one
// Go server gets gopls and statuslint from it. Every message passes
// through unchanged and in order, except:
//
//   - textDocument/publishDiagnostics: the editor gets, per file, gopls's
//     latest list followed by statuslint's latest list; an update from
//     either side replaces only that side's part;
//   - a textDocument/codeAction response: gopls's actions, then statuslint's;
//   - the initialize result: gopls's capabilities, with statuslint's code
//     action kinds added;
//   - settings (initializationOptions, workspace/configuration results and
//     workspace/didChangeConfiguration): statuslint's object, SettingsKey,
//     is taken out for statuslint before gopls sees them.
//
// Document sync notifications go to gopls first and then to the same
// analysis statuslint-lsp runs (server). The analysis runs on its own
// goroutine and publishes when it is done: it never holds up gopls's traffic.

// ProxyOptions configure a proxy.
type ProxyOptions struct {
	// Options configure statuslint's analysis, as for Serve. Flags come
	// from the editor's settings instead, if it sends any.
	Options
	// Observe, if not nil, is called for every message the proxy forwards,
	// with the method (of the request, for a response), whether it came
	// from gopls, and the time from reading the whole message to having
	// written it: what the proxy adds to the message's latency. It is
	// called on the forwarding goroutine and must be quick.
	Observe func(method string, fromGopls bool, d time.Duration)
	// ExitWait bounds the wait for gopls to exit after the editor's exit
	// notification, or the end of the editor's stream, before gopls is
	// killed. Zero means 10 seconds.
	ExitWait time.Duration
}

// Proxy starts gopls with cmd, whose Stdin and Stdout must be unset (its
// Stderr is the caller's to choose), proxies the editor's connection
// editor to it until gopls exits, and returns gopls's exit code. It
// returns once gopls has exited and its messages have been forwarded,
// without waiting for a read of editor that is blocked: after exit, the
// caller should end the process.
func Proxy(ctx context.Context, editor io.ReadWriter, cmd *exec.Cmd, opts ProxyOptions) (int, error) {
	if opts.ExitWait <= 0 {
		opts.ExitWait = 10 * time.Second
	}
	// Pipes of our own rather than cmd's: cmd.Wait would close the read
	// end of a StdoutPipe while messages may still be unread.
	goplsIn, toGopls, err := os.Pipe()
	if err != nil {
		return 0, err
	}
	fromGopls, goplsOut, err := os.Pipe()
	if err != nil {
		goplsIn.Close()
		toGopls.Close()
		return 0, err
	}
	cmd.Stdin, cmd.Stdout = goplsIn, goplsOut
	err = cmd.Start()
	goplsIn.Close()
	goplsOut.Close()
	if err != nil {
		toGopls.Close()
		fromGopls.Close()
		return 0, fmt.Errorf("starting gopls: %v", err)
	}
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()

	p := &proxy{
		opts:        opts,
		editor:      &msgWriter{w: editor},
		gopls:       &msgWriter{w: toGopls},
		toGopls:     toGopls,
		editorCalls: make(map[string]editorCall),
		goplsCalls:  make(map[string]string),
		diags:       make(map[string]*fileDiagnostics),
	}
	p.s, err = newServer(context.WithoutCancel(ctx), opts.Options, p)
	if err != nil {
		cmd.Process.Kill()
		<-exited
		return 0, err
	}
	defer p.s.stop()

	goplsDone := make(chan struct{})
	go func() {
		defer close(goplsDone)
		p.fromGopls(newMsgReader(fromGopls))
	}()
	editorDone := make(chan struct{})
	go func() {
		defer close(editorDone)
		p.fromEditor(newMsgReader(editor))
	}()

	select {
	case <-exited:
	case <-ctx.Done():
		// Interrupted: gopls is asked to stop, as an editor would.
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(opts.ExitWait):
			cmd.Process.Kill()
			<-exited
		}
	case <-editorDone:
		// exit, or the editor's stream ended: gopls has its stdin closed
		// and ends; one that does not is stopped.
		select {
		case <-exited:
		case <-time.After(opts.ExitWait):
			p.debugf("gopls did not exit within %v of the editor's exit; killing it", opts.ExitWait)
			cmd.Process.Kill()
			<-exited
		}
	}
	// Forward what gopls wrote before it exited. A child of gopls that
	// holds its stdout must not keep the proxy waiting.
	select {
	case <-goplsDone:
	case <-time.After(time.Second):
	}
	fromGopls.Close()
	p.closeGopls()
	return exitCode(cmd.ProcessState), nil
}

// exitCode returns a process's exit code, and 128 plus the signal's number
// for a process killed by a signal, as shells do.
func exitCode(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}

type proxy struct {
	opts    ProxyOptions
	s       *server
	editor  *msgWriter // to the editor
	gopls   *msgWriter // to gopls
	toGopls *os.File   // gopls's stdin, closed after exit

	closeOnce sync.Once

	mu          sync.Mutex
	editorCalls map[string]editorCall // the editor's requests in flight, by idKey
	goplsCalls  map[string]string     // gopls's requests in flight whose result the proxy reads, by idKey
	diags       map[string]*fileDiagnostics
	settings    string // the last statuslint settings applied or reported, to report each once
	// pendingReport, if not nil, reports malformed settings of the
	// initialize request once its result has been forwarded.
	pendingReport func()
}

// editorCall is a request from the editor that gopls has not answered yet.
type editorCall struct {
	method string
	params json.RawMessage // of a codeAction
}

// fileDiagnostics are the latest diagnostics of one file from each side.
type fileDiagnostics struct {
	gopls, statuslint json.RawMessage // JSON arrays
}

// fromEditor forwards the editor's messages to gopls, until exit or the
// end of the stream, and then closes gopls's stdin.
func (p *proxy) fromEditor(r *msgReader) {
	defer p.closeGopls()
	for {
		body, err := r.read()
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, os.ErrClosed) {
				p.debugf("reading from the editor: %v", err)
			}
			return
		}
		start := time.Now()
		msg, err := parseMessage(body)
		if err != nil {
			// Not ours to judge: gopls answers malformed messages.
			p.forward(p.gopls, body, "", false, start)
			continue
		}
		method := msg.Method
		var after func() // runs once the message has reached gopls
		switch {
		case msg.isRequest():
			call := editorCall{method: msg.Method}
			switch msg.Method {
			case "initialize":
				body = p.takeInitializationOptions(body, msg.Params)
			case "textDocument/codeAction":
				call.params = msg.Params
			case "shutdown":
				after = func() { p.s.Shutdown(p.s.ctx) }
			}
			// Every request is recorded: its response is merged, or
			// named to Observe.
			p.call(msg.ID, call)
		case msg.isNotification():
			switch msg.Method {
			case "workspace/didChangeConfiguration":
				body = p.takeChangedSettings(body, msg.Params)
			case "textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose":
				after = func() { p.feed(msg.Method, msg.Params) }
			case "exit":
				after = p.closeGopls
			}
		case msg.isResponse():
			p.mu.Lock()
			method = p.goplsCalls[idKey(msg.ID)]
			delete(p.goplsCalls, idKey(msg.ID))
			p.mu.Unlock()
			if method == "workspace/configuration" {
				body = p.takeConfigurationSettings(body, msg.Result)
			}
		}
		if err := p.forward(p.gopls, body, method, false, start); err != nil {
			p.debugf("writing to gopls: %v", err)
			return // gopls is gone; Proxy returns its status
		}
		if after != nil {
			after()
		}
		if msg.Method == "exit" && msg.isNotification() {
			return
		}
	}
}

// fromGopls forwards gopls's messages to the editor until gopls's stdout
// ends.
func (p *proxy) fromGopls(r *msgReader) {
	for {
		body, err := r.read()
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, os.ErrClosed) {
				p.debugf("reading from gopls: %v", err)
			}
			return
		}
		start := time.Now()
		msg, err := parseMessage(body)
		if err != nil {
			p.forward(p.editor, body, "", true, start)
			continue
		}
		method := msg.Method
		switch {
		case msg.isRequest():
			if msg.Method == "workspace/configuration" {
				p.mu.Lock()
				p.goplsCalls[idKey(msg.ID)] = msg.Method
				p.mu.Unlock()
			}
		case msg.isNotification():
			if msg.Method == "textDocument/publishDiagnostics" {
				p.publishGopls(body, start)
				continue
			}
		case msg.isResponse():
			p.mu.Lock()
			call, ok := p.editorCalls[idKey(msg.ID)]
			delete(p.editorCalls, idKey(msg.ID))
			p.mu.Unlock()
			if ok {
				method = call.method
				switch call.method {
				case "initialize":
					body = p.mergeInitializeResult(body)
				case "textDocument/codeAction":
					body = p.mergeCodeActions(body, call.params)
				}
			}
		}
		if err := p.forward(p.editor, body, method, true, start); err != nil {
			p.debugf("writing to the editor: %v", err)
		}
		if method == "initialize" {
			p.mu.Lock()
			report := p.pendingReport
			p.pendingReport = nil
			p.mu.Unlock()
			if report != nil {
				report()
			}
		}
	}
}

// forward writes body to w and reports the time since start.
func (p *proxy) forward(w *msgWriter, body []byte, method string, fromGopls bool, start time.Time) error {
	err := w.write(body)
	if p.opts.Observe != nil {
		p.opts.Observe(method, fromGopls, time.Since(start))
	}
	return err
}

// call records a request of the editor until gopls answers it.
func (p *proxy) call(id json.RawMessage, c editorCall) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.editorCalls[idKey(id)] = c
}

// closeGopls closes gopls's stdin: after exit, gopls must end, and one
// that waits for more input is told there is none.
func (p *proxy) closeGopls() {
	p.closeOnce.Do(func() { p.toGopls.Close() })
}

// feed gives a document sync notification to statuslint's analysis, the
// one statuslint-lsp runs.
func (p *proxy) feed(method string, params json.RawMessage) {
	ctx := p.s.ctx
	var err error
	switch method {
	case "textDocument/didOpen":
		var v protocol.DidOpenTextDocumentParams
		if err = protocol.Unmarshal(params, &v); err == nil {
			err = p.s.DidOpen(ctx, &v)
		}
	case "textDocument/didChange":
		var v protocol.DidChangeTextDocumentParams
		if err = protocol.Unmarshal(params, &v); err == nil {
			err = p.s.DidChange(ctx, &v)
		}
	case "textDocument/didSave":
		var v protocol.DidSaveTextDocumentParams
		if err = protocol.Unmarshal(params, &v); err == nil {
			err = p.s.DidSave(ctx, &v)
		}
	case "textDocument/didClose":
		var v protocol.DidCloseTextDocumentParams
		if err = protocol.Unmarshal(params, &v); err == nil {
			err = p.s.DidClose(ctx, &v)
		}
	}
	if err != nil {
		p.debugf("%s: %v", method, err)
	}
}

// PublishDiagnostics is the analysis's publish: it replaces statuslint's
// part of the file's diagnostics.
func (p *proxy) PublishDiagnostics(ctx context.Context, params *protocol.PublishDiagnosticsParams) error {
	diags, err := protocol.Marshal(params.Diagnostics)
	if err != nil {
		return err
	}
	// Held while writing, so that the editor gets the merges in the order
	// they were made, whichever side makes them.
	p.mu.Lock()
	defer p.mu.Unlock()
	fd := p.file(params.URI)
	fd.statuslint = diags
	merged := concatArrays(fd.gopls, fd.statuslint)
	p.forget(params.URI, fd)
	var version *int32
	if v, ok := params.Version.Get(); ok {
		version = &v
	}
	body, err := notification("textDocument/publishDiagnostics", publishParams{URI: params.URI, Version: version, Diagnostics: merged})
	if err != nil {
		return err
	}
	return p.editor.write(body)
}

// publishParams are PublishDiagnosticsParams with the diagnostics as JSON.
type publishParams struct {
	URI         uri.URI         `json:"uri"`
	Version     *int32          `json:"version,omitempty"`
	Diagnostics json.RawMessage `json:"diagnostics"`
}

// notification returns the body of a notification; params are encoded by
// encoding/json (protocol.Marshal would encode a json.RawMessage as base64).
func notification(method string, params any) ([]byte, error) {
	return json.Marshal(&struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", method, params})
}

// publishGopls forwards gopls's diagnostics of a file with statuslint's
// latest appended.
func (p *proxy) publishGopls(body []byte, start time.Time) {
	var msg struct {
		Params struct {
			URI         uri.URI         `json:"uri"`
			Diagnostics json.RawMessage `json:"diagnostics"`
		} `json:"params"`
	}
	if err := json.Unmarshal(body, &msg); err != nil {
		p.forward(p.editor, body, "textDocument/publishDiagnostics", true, start)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fd := p.file(msg.Params.URI)
	fd.gopls = msg.Params.Diagnostics
	if len(concatArrays(nil, fd.statuslint)) > 2 {
		// statuslint has diagnostics for the file: add them.
		merged := concatArrays(fd.gopls, fd.statuslint)
		params := field(body, "params")
		if params, err := setField(params, "diagnostics", merged); err == nil {
			if b, err := setField(body, "params", params); err == nil {
				body = b
			}
		}
	}
	p.forget(msg.Params.URI, fd)
	if err := p.forward(p.editor, body, "textDocument/publishDiagnostics", true, start); err != nil {
		p.debugf("writing to the editor: %v", err)
	}
}

// file returns the diagnostics of the file named by u. gopls and the
// editor may spell one file's URI differently (escapes), so files are
// keyed by path. p.mu is held.
func (p *proxy) file(u uri.URI) *fileDiagnostics {
	key := string(u)
	if path, ok := filePath(u); ok {
		key = path
	}
	fd := p.diags[key]
	if fd == nil {
		fd = &fileDiagnostics{}
		p.diags[key] = fd
	}
	return fd
}

// forget drops a file with no diagnostics from either side. p.mu is held.
func (p *proxy) forget(u uri.URI, fd *fileDiagnostics) {
	if len(concatArrays(fd.gopls, fd.statuslint)) == 2 { // []
		key := string(u)
		if path, ok := filePath(u); ok {
			key = path
		}
		delete(p.diags, key)
	}
}

// LogMessage is the analysis's log: it goes to the editor.
func (p *proxy) LogMessage(ctx context.Context, params *protocol.LogMessageParams) error {
	return p.notify("window/logMessage", params)
}

// notify sends a notification of the proxy's own to the editor; params
// is a protocol type.
func (p *proxy) notify(method string, params any) error {
	raw, err := protocol.Marshal(params)
	if err != nil {
		return err
	}
	body, err := notification(method, json.RawMessage(raw))
	if err != nil {
		return err
	}
	return p.editor.write(body)
}

// mergeInitializeResult adds statuslint's code action kinds to gopls's
// capabilities.
func (p *proxy) mergeInitializeResult(body []byte) []byte {
	result := field(body, "result")
	caps := field(result, "capabilities")
	if caps == nil {
		return body // an error, or no capabilities: not ours to fix
	}
	provider := field(caps, "codeActionProvider")
	var kinds []protocol.CodeActionKind
	switch string(provider) {
	case "true":
		return body // every kind, ours included
	case "", "null", "false":
		provider = []byte("{}")
	default:
		if err := json.Unmarshal(field(provider, "codeActionKinds"), &kinds); err != nil && field(provider, "codeActionKinds") != nil {
			return body
		}
	}
	for _, k := range codeActionKinds {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	kindsJSON, _ := json.Marshal(kinds)
	provider, err := setField(provider, "codeActionKinds", kindsJSON)
	if err != nil {
		return body
	}
	if caps, err = setField(caps, "codeActionProvider", provider); err != nil {
		return body
	}
	if result, err = setField(result, "capabilities", caps); err != nil {
		return body
	}
	if b, err := setField(body, "result", result); err == nil {
		return b
	}
	return body
}

// mergeCodeActions appends statuslint's code actions for the request's
// params to gopls's response.
func (p *proxy) mergeCodeActions(body []byte, params json.RawMessage) []byte {
	result := field(body, "result")
	if result == nil {
		return body // an error, such as a cancelled request
	}
	var v protocol.CodeActionParams
	if err := protocol.Unmarshal(params, &v); err != nil {
		return body
	}
	actions, err := p.s.CodeAction(p.s.ctx, &v)
	if err != nil || len(actions) == 0 {
		return body
	}
	ours, err := protocol.Marshal(actions)
	if err != nil {
		return body
	}
	if b, err := setField(body, "result", concatArrays(result, ours)); err == nil {
		return b
	}
	return body
}

// debugf writes to the proxy's own log only.
func (p *proxy) debugf(format string, args ...any) {
	if p.opts.Log != nil {
		p.opts.Log.Printf(format, args...)
	}
}

// takeInitializationOptions takes statuslint's settings out of the
// initialize request's initializationOptions and applies them.
func (p *proxy) takeInitializationOptions(body []byte, params json.RawMessage) []byte {
	opts := field(params, "initializationOptions")
	if ours := field(opts, SettingsKey); ours != nil {
		// Reported after gopls's initialize result: the editor may not
		// show messages before it.
		p.applySettings(ours, true)
		if opts, err := setField(opts, SettingsKey, nil); err == nil {
			if params, err := setField(params, "initializationOptions", opts); err == nil {
				if b, err := setField(body, "params", params); err == nil {
					body = b
				}
			}
		}
	}
	return body
}

// takeChangedSettings takes statuslint's settings out of a
// didChangeConfiguration notification, where they are either at the top
// of the settings or inside gopls's ({"gopls": {"statuslint": …}}).
func (p *proxy) takeChangedSettings(body []byte, params json.RawMessage) []byte {
	settings := field(params, "settings")
	if ours := field(settings, SettingsKey); ours != nil {
		p.applySettings(ours, false)
		settings, _ = setField(settings, SettingsKey, nil)
	} else if gopls := field(settings, "gopls"); field(gopls, SettingsKey) != nil {
		p.applySettings(field(gopls, SettingsKey), false)
		gopls, _ = setField(gopls, SettingsKey, nil)
		settings, _ = setField(settings, "gopls", gopls)
	} else {
		return body
	}
	if settings == nil {
		return body
	}
	if params, err := setField(params, "settings", settings); err == nil {
		if b, err := setField(body, "params", params); err == nil {
			return b
		}
	}
	return body
}

// takeConfigurationSettings takes statuslint's settings out of the
// editor's response to gopls's workspace/configuration request: a list of
// settings objects, one per item asked for. The first statuslint object
// applies; statuslint has one configuration for all folders.
func (p *proxy) takeConfigurationSettings(body []byte, result json.RawMessage) []byte {
	var items []json.RawMessage
	if json.Unmarshal(result, &items) != nil {
		return body
	}
	changed := false
	for i, item := range items {
		ours := field(item, SettingsKey)
		if ours == nil {
			continue
		}
		if !changed {
			p.applySettings(ours, false)
		}
		if item, err := setField(item, SettingsKey, nil); err == nil {
			items[i], changed = item, true
		}
	}
	if !changed {
		return body
	}
	result, err := json.Marshal(items)
	if err != nil {
		return body
	}
	if b, err := setField(body, "result", result); err == nil {
		return b
	}
	return body
}

// applySettings validates statuslint's settings and gives them to the
// analysis. Malformed settings are reported to the user, once, and the
// analysis keeps its previous ones; gopls is not affected either way.
func (p *proxy) applySettings(raw json.RawMessage, deferReport bool) {
	flags, err := settingsFlags(raw)
	p.mu.Lock()
	seen := p.settings == string(raw)
	p.settings = string(raw)
	p.mu.Unlock()
	if err != nil {
		p.debugf("%v", err)
		if seen {
			return
		}
		report := func() {
			p.notify("window/showMessage", &protocol.ShowMessageParams{
				Type:    protocol.MessageTypeError,
				Message: err.Error() + "; statuslint keeps its previous settings",
			})
		}
		if deferReport {
			p.mu.Lock()
			p.pendingReport = report
			p.mu.Unlock()
			return
		}
		report()
		return
	}
	p.debugf("statuslint settings: %s: flags %q", raw, flags)
	p.s.setFlags(flags)
}
