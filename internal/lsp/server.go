// Package lsp is statuslint's language server: it publishes statuslint's
// diagnostics for the buffers an editor has open, before they are saved,
// and offers their suggested fixes as code actions.
//
// gopls cannot load third-party analyzers (golang/go#59869), so the
// analysis reaches editors two ways, sharing one server value and its
// code: Serve runs it as a server of its own, beside gopls
// (statuslint-lsp); Proxy runs it behind gopls, as one server that is
// gopls plus statuslint (statuslint-gopls, see proxy.go). The analysis is
// go vet's: see vet.go.
package lsp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/statuslint/statuslint/analyzer"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// Defaults of Options.
const (
	DefaultDebounce = 300 * time.Millisecond
	// DefaultTimeout bounds one go vet run. The first run on a cold build
	// cache compiles every dependency, which takes minutes on a large module.
	DefaultTimeout = 10 * time.Minute
)

// Options configure a server.
type Options struct {
	// VetTool is an executable that speaks go vet's vet tool protocol
	// with the statuslint analyzer: statuslint, or statuslint-lsp itself.
	VetTool string
	// Flags are passed to go vet after its own: the analyzer's flags
	// (-allow=200) and build flags (-tags=integration).
	Flags []string
	// Debounce is the quiet time after an edit before the analysis starts.
	Debounce time.Duration
	// Timeout bounds one go vet run.
	Timeout time.Duration
	// Log, if not nil, receives the server's own log (the editor gets the
	// same messages as window/logMessage).
	Log *log.Logger
}

// ErrExitWithoutShutdown is returned by Serve when the client sent exit
// without shutdown; the specification asks for exit code 1 then.
var ErrExitWithoutShutdown = errors.New("exit without shutdown")

// Serve serves one client over rwc, in the LSP's Content-Length framing,
// until the client exits, the stream ends or ctx is cancelled.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(rwc), jsonrpc2.WithCodec(codec{}))
	s, err := newServer(ctx, opts, protocol.ClientDispatcher(conn))
	if err != nil {
		return err
	}
	defer s.stop()

	// Handlers run on the read goroutine, one at a time in wire order (no
	// jsonrpc2.AsyncHandler): edits must apply in the order they were made.
	// Every handler only updates state under s.mu and returns, so there is
	// nothing to cancel and no protocol.CancelHandler, whose
	// context.WithCancel of the pooled request context races with its
	// recycling in jsonrpc2 v1.0.1 (a panic in context.propagateCancel).
	handler := protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler)
	conn.Go(ctx, func(ctx context.Context, req *jsonrpc2.Request) (any, error) {
		res, err := handler(ctx, req)
		if err != nil && !req.IsCall() {
			// jsonrpc2 closes the connection on a notification's error;
			// an unknown notification ($/cancelRequest) is no reason to.
			s.debugf("notification %s: %v", req.Method(), err)
			return nil, nil
		}
		return res, err
	})

	select {
	case <-conn.Done():
	case <-s.exited:
	case <-ctx.Done():
	}
	s.stop() // stops the worker and any go vet it runs
	closeConn(conn)

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.exitedEarly {
		return ErrExitWithoutShutdown
	}
	if err := conn.Err(); err != nil && !s.exiting {
		return err
	}
	return nil
}

// closeGrace bounds the wait for the connection's reader after exit.
const closeGrace = 200 * time.Millisecond

// closeConn closes conn, waiting at most closeGrace for its reader. Closing
// os.Stdin does not interrupt a read blocked on it (a pipe in blocking
// mode is not in Go's poller), so after exit a client that keeps the pipe
// open would keep the server waiting in conn.Close forever. Every reply has
// been written by then (handlers reply before the next message is read),
// and the process is about to end: the reader may be left behind.
func closeConn(conn jsonrpc2.Conn) {
	closed := make(chan struct{})
	go func() {
		conn.Close()
		close(closed)
	}()
	select {
	case <-closed:
	case <-time.After(closeGrace):
	}
}

// A sink is where the analysis sends what it tells the editor: the
// connection's client for the standalone server, the merge with gopls's
// messages behind the proxy.
type sink interface {
	PublishDiagnostics(ctx context.Context, params *protocol.PublishDiagnosticsParams) error
	LogMessage(ctx context.Context, params *protocol.LogMessageParams) error
}

// newServer returns the analysis for one client, its worker running until
// ctx is done or stop is called.
func newServer(ctx context.Context, opts Options, client sink) (*server, error) {
	if opts.VetTool == "" {
		return nil, errors.New("no vet tool: Options.VetTool must name the statuslint or statuslint-lsp executable")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return nil, errors.New("the go command is not in PATH: statuslint runs 'go vet' to analyse packages")
	}
	tmpDir, err := os.MkdirTemp("", "statuslint-lsp-")
	if err != nil {
		return nil, err
	}
	s := &server{
		opts:     opts,
		goCmd:    goCmd,
		tmpDir:   tmpDir,
		client:   client,
		docs:     make(map[uri.URI]*document),
		pending:  make(map[string]bool),
		problems: make(map[string]string),
		wake:     make(chan struct{}, 1),
		exited:   make(chan struct{}),
		worker:   make(chan struct{}),
	}
	if s.opts.Debounce <= 0 {
		s.opts.Debounce = DefaultDebounce
	}
	if s.opts.Timeout <= 0 {
		s.opts.Timeout = DefaultTimeout
	}
	s.ctx, s.cancel = context.WithCancel(ctx)
	go func() {
		defer close(s.worker)
		s.work(s.ctx)
	}()
	return s, nil
}

// stop stops the worker, and any go vet it runs, and removes the server's
// temporary files. It may be called more than once.
func (s *server) stop() {
	s.cancel()
	<-s.worker
	s.stopOnce.Do(func() { os.RemoveAll(s.tmpDir) })
}

// setFlags replaces the flags passed to go vet and analyses every open
// package again with them.
func (s *server) setFlags(flags []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if slices.Equal(flags, s.opts.Flags) {
		return
	}
	s.opts.Flags = flags
	for _, doc := range s.docs {
		// A new gen makes a run with the old flags stale, as an edit does.
		s.gen++
		doc.gen = s.gen
		doc.findings, doc.analysed = nil, false
		s.schedule(filepath.Dir(doc.path))
	}
}

// codec encodes LSP payloads with the protocol package's union-aware
// codec; NewServer installs the same, but with asynchronous handlers.
type codec struct{}

func (codec) Marshal(v any) ([]byte, error) {
	if raw, ok := v.(jsonrpc2.RawMessage); ok {
		if raw == nil {
			return []byte("null"), nil
		}
		return raw, nil
	}
	return protocol.Marshal(v)
}

func (codec) Unmarshal(data []byte, v any) error {
	if raw, ok := v.(*jsonrpc2.RawMessage); ok {
		*raw = slices.Clone(data) // the stream reuses data
		return nil
	}
	return protocol.Unmarshal(data, v)
}

type server struct {
	protocol.UnimplementedServer

	opts     Options
	goCmd    string
	tmpDir   string
	client   sink
	ctx      context.Context // the connection's; handler contexts are recycled
	cancel   context.CancelFunc
	worker   chan struct{} // closed when the worker has stopped
	stopOnce sync.Once

	mu       sync.Mutex
	docs     map[uri.URI]*document
	pending  map[string]bool   // package directories to analyse
	problems map[string]string // the last problem logged per directory, to log each once
	timer    *time.Timer       // the debounce timer
	gen      uint64            // counts content changes over all documents

	shutdown    bool // shutdown received
	exiting     bool // exit received
	exitedEarly bool // exit received before shutdown
	exited      chan struct{}
	wake        chan struct{} // the debounce timer fired
}

// A document is an open buffer. Its content is replaced, never modified,
// so the worker can analyse a snapshot without copying it.
type document struct {
	uri     uri.URI
	path    string
	version int32
	content []byte
	gen     uint64 // s.gen when content was set; an analysis of an older gen is stale

	// The findings of the last analysis of exactly this content; analysed
	// says whether there has been one yet.
	findings []vetFinding
	analysed bool
}

func (s *server) Initialize(ctx context.Context, params *protocol.InitializeParams) (*protocol.InitializeResult, error) {
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			// UTF-16 is the default and the one encoding all clients support.
			PositionEncoding: protocol.PositionEncodingKindUTF16,
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: ptr(true),
				Change:    ptr(protocol.TextDocumentSyncKindIncremental),
				Save:      &protocol.SaveOptions{IncludeText: ptr(false)},
			},
			CodeActionProvider: &protocol.CodeActionOptions{
				CodeActionKinds: codeActionKinds,
			},
		},
		ServerInfo: protocol.ServerInfo{Name: "statuslint-lsp"},
	}, nil
}

func (s *server) Initialized(ctx context.Context, params *protocol.InitializedParams) error {
	return nil
}

func (s *server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	if s.timer != nil {
		s.timer.Stop()
	}
	clear(s.pending)
	return nil
}

func (s *server) Exit(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.exiting {
		s.exiting = true
		s.exitedEarly = !s.shutdown
		close(s.exited)
	}
	return nil
}

func (s *server) DidOpen(ctx context.Context, params *protocol.DidOpenTextDocumentParams) error {
	item := params.TextDocument
	path, ok := filePath(item.URI)
	if !ok {
		s.logf(protocol.MessageTypeLog, "ignoring %s: not a file", item.URI)
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	s.docs[item.URI] = &document{
		uri:     item.URI,
		path:    path,
		version: item.Version,
		content: []byte(item.Text),
		gen:     s.gen,
	}
	s.schedule(filepath.Dir(path))
	return nil
}

func (s *server) DidChange(ctx context.Context, params *protocol.DidChangeTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[params.TextDocument.URI]
	if doc == nil {
		return nil // not open, or not a file
	}
	content := doc.content
	for _, change := range params.ContentChanges {
		switch change := change.(type) {
		case *protocol.TextDocumentContentChangeWholeDocument:
			content = []byte(change.Text)
		case *protocol.TextDocumentContentChangePartial:
			m := newMapper(content)
			start, ok1 := m.offset(change.Range.Start)
			end, ok2 := m.offset(change.Range.End)
			if !ok1 || !ok2 || start > end {
				// The client and server disagree on the content; analysing
				// it would report nonsense. Forget the buffer until reopened.
				s.logf(protocol.MessageTypeError, "%s: change %v outside the document; ignoring the document until it is reopened", doc.path, change.Range)
				delete(s.docs, doc.uri)
				return nil
			}
			content = slices.Concat(content[:start], []byte(change.Text), content[end:])
		}
	}
	s.gen++
	doc.content, doc.version, doc.gen = content, params.TextDocument.Version, s.gen
	doc.findings, doc.analysed = nil, false
	s.schedule(filepath.Dir(doc.path))
	return nil
}

func (s *server) DidSave(ctx context.Context, params *protocol.DidSaveTextDocumentParams) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	// A saved file can change what other packages see (their dependency,
	// or their own file on disk): analyse every open package again.
	for _, doc := range s.docs {
		s.schedule(filepath.Dir(doc.path))
	}
	return nil
}

func (s *server) DidClose(ctx context.Context, params *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	doc := s.docs[params.TextDocument.URI]
	delete(s.docs, params.TextDocument.URI)
	if doc != nil && !s.dirOpen(filepath.Dir(doc.path)) {
		delete(s.pending, filepath.Dir(doc.path))
		delete(s.problems, filepath.Dir(doc.path))
	}
	s.mu.Unlock()
	if doc != nil {
		// Clear the closed buffer's diagnostics: nothing updates them now.
		s.publish([]*protocol.PublishDiagnosticsParams{{URI: doc.uri, Diagnostics: []protocol.Diagnostic{}}})
	}
	return nil
}

// schedule marks dir for analysis after the debounce time. s.mu is held.
func (s *server) schedule(dir string) {
	if s.shutdown {
		return
	}
	s.pending[dir] = true
	if s.timer == nil {
		s.timer = time.AfterFunc(s.opts.Debounce, func() {
			select {
			case s.wake <- struct{}{}:
			default: // the worker has a wake-up already
			}
		})
		return
	}
	s.timer.Reset(s.opts.Debounce)
}

// dirOpen reports whether a document in dir is open. s.mu is held.
func (s *server) dirOpen(dir string) bool {
	for _, doc := range s.docs {
		if filepath.Dir(doc.path) == dir {
			return true
		}
	}
	return false
}

// work analyses pending directories, one go vet at a time, until ctx is
// done. One run at a time bounds the server's CPU and memory use; edits
// during a run make its results stale, and the directory runs again.
func (s *server) work(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		for ctx.Err() == nil {
			dir, snapshot := s.next()
			if dir == "" {
				break
			}
			s.analyse(ctx, dir, snapshot)
		}
	}
}

// snapshot is the state of one open document when its analysis started.
type snapshot struct {
	uri     uri.URI
	content []byte
	gen     uint64
}

// next takes a pending directory and snapshots its open documents, or
// returns "" if no directory with open documents is pending.
func (s *server) next() (string, map[string]snapshot) {
	s.mu.Lock()
	defer s.mu.Unlock()
	dirs := make([]string, 0, len(s.pending))
	for dir := range s.pending {
		dirs = append(dirs, dir)
	}
	slices.Sort(dirs)
	for _, dir := range dirs {
		delete(s.pending, dir)
		snap := make(map[string]snapshot)
		for _, doc := range s.docs {
			if filepath.Dir(doc.path) == dir {
				snap[doc.path] = snapshot{uri: doc.uri, content: doc.content, gen: doc.gen}
			}
		}
		if len(snap) > 0 {
			return dir, snap
		}
	}
	return "", nil
}

// analyse runs go vet on dir with the snapshot's buffers and publishes the
// diagnostics of every document that has not changed since.
func (s *server) analyse(ctx context.Context, dir string, snap map[string]snapshot) {
	buffers := make(map[string][]byte, len(snap))
	for path, sn := range snap {
		buffers[path] = sn.content
	}
	s.mu.Lock()
	flags := s.opts.Flags // setFlags may replace them
	s.mu.Unlock()
	run := &vetRun{
		goCmd:   s.goCmd,
		tool:    s.opts.VetTool,
		flags:   flags,
		dir:     dir,
		tmpDir:  s.tmpDir,
		timeout: s.opts.Timeout,
		buffers: buffers,
	}
	start := time.Now()
	res, err := run.run(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.logf(protocol.MessageTypeError, "%s: running go vet: %v", dir, err)
		}
		return
	}
	s.debugf("%s: go vet took %v", dir, time.Since(start).Round(time.Millisecond))

	s.mu.Lock()
	if res.problem != s.problems[dir] {
		if res.problem != "" {
			// A syntax or type error, or no module: statuslint cannot
			// analyse the package until it is fixed; gopls reports why.
			defer s.logf(protocol.MessageTypeWarning, "%s: no statuslint diagnostics: %s", dir, res.problem)
		}
		if s.dirOpen(dir) {
			s.problems[dir] = res.problem
		}
	}
	var params []*protocol.PublishDiagnosticsParams
	for path, sn := range snap {
		doc := s.docs[sn.uri]
		if doc == nil || doc.gen != sn.gen {
			continue // closed or edited since: stale, and scheduled again if edited
		}
		doc.findings, doc.analysed = res.findings[path], true
		s.debugf("%s: version %d: %d findings", path, doc.version, len(doc.findings))
		params = append(params, &protocol.PublishDiagnosticsParams{
			URI:         doc.uri,
			Version:     protocol.NewOptional(doc.version),
			Diagnostics: diagnostics(doc),
		})
	}
	s.mu.Unlock()
	s.publish(params)
}

func (s *server) publish(params []*protocol.PublishDiagnosticsParams) {
	for _, p := range params {
		if err := s.client.PublishDiagnostics(s.ctx, p); err != nil {
			s.debugf("publishing diagnostics: %v", err)
		}
	}
}

// diagnostics returns the LSP diagnostics of doc's findings.
func diagnostics(doc *document) []protocol.Diagnostic {
	m := newMapper(doc.content)
	diags := make([]protocol.Diagnostic, 0, len(doc.findings)) // not nil: [] clears, null is invalid
	for _, f := range doc.findings {
		diags = append(diags, diagnostic(m, f))
	}
	return diags
}

// Every diagnostic names the analyzer and links to its documentation.
var (
	diagnosticCode = analyzer.New().Name
	diagnosticURL  = uri.URI(analyzer.URL)
)

func diagnostic(m *mapper, f vetFinding) protocol.Diagnostic {
	return protocol.Diagnostic{
		Range:           m.rangeOf(f.start, f.end),
		Severity:        protocol.DiagnosticSeverityWarning,
		Code:            protocol.String(diagnosticCode),
		CodeDescription: protocol.CodeDescription{Href: diagnosticURL},
		Source:          protocol.NewOptional(diagnosticCode),
		Message:         protocol.String(f.message),
	}
}

// logf tells the client, and the server's log.
func (s *server) logf(typ protocol.MessageType, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.debugf("%s", msg)
	if err := s.client.LogMessage(s.ctx, &protocol.LogMessageParams{Type: typ, Message: "statuslint: " + msg}); err != nil {
		s.debugf("logging to the client: %v", err)
	}
}

// debugf writes to the server's own log only.
func (s *server) debugf(format string, args ...any) {
	if s.opts.Log != nil {
		s.opts.Log.Printf(format, args...)
	}
}

// filePath returns the file name of a file: URI.
func filePath(u uri.URI) (string, bool) {
	if !u.IsFile() {
		return "", false
	}
	return filepath.Clean(u.FsPath()), true
}

func ptr[T any](v T) *T { return &v }
