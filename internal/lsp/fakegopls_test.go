package lsp_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// fakeGoplsEnv makes the test binary a scripted stand-in for gopls (see
// TestMain): the proxy's tests run it as the real gopls.
const fakeGoplsEnv = "STATUSLINT_TEST_FAKE_GOPLS"

// A rawMsg is one JSON-RPC message, its fields left encoded.
type rawMsg struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

// rawConn reads and writes messages in the LSP framing, for the tests'
// editor and the stand-in gopls alike.
type rawConn struct {
	r  *bufio.Reader
	mu sync.Mutex
	w  io.Writer
}

func newRawConn(r io.Reader, w io.Writer) *rawConn {
	return &rawConn{r: bufio.NewReader(r), w: w}
}

func (c *rawConn) read() (*rawMsg, error) {
	length := -1
	for {
		line, err := c.r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" && length >= 0 {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length:"); ok {
			if length, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
				return nil, err
			}
		}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(c.r, body); err != nil {
		return nil, err
	}
	m := new(rawMsg)
	if err := json.Unmarshal(body, m); err != nil {
		return nil, fmt.Errorf("%v: %s", err, body)
	}
	return m, nil
}

func (c *rawConn) write(m *rawMsg) error {
	m.JSONRPC = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, err = fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

func mustJSON(v any) json.RawMessage {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return data
}

// fakeGopls speaks just enough LSP, scripted, on stdin and stdout:
//
//   - initialize: a codeActionProvider with gopls's kinds and a hover
//     provider; after initialized, a workspace/configuration request with
//     the string id "config-1";
//   - didOpen and didChange: a publishDiagnostics of one diagnostic whose
//     message names the document's version ("gopls: version 2");
//     the notification fake/clear publishes an empty list for its uri;
//   - codeAction: one quick fix titled "gopls fix";
//   - fake/received: what it was sent (initializationOptions, the
//     configuration result, the didChangeConfiguration settings, the
//     methods of all messages) so a test can check what reached gopls;
//   - fake/crash: exits with status 3;
//   - shutdown and exit: exits 0, or 1 for exit without shutdown, as gopls.
func fakeGopls() int {
	c := newRawConn(os.Stdin, os.Stdout)
	received := map[string]json.RawMessage{}
	var methods []string
	shutdown := false
	for {
		m, err := c.read()
		if err != nil {
			return 2
		}
		if m.Method != "" {
			methods = append(methods, m.Method)
		}
		received["methods"] = mustJSON(methods)
		reply := func(result any) { c.write(&rawMsg{ID: m.ID, Result: mustJSON(result)}) }
		switch m.Method {
		case "initialize":
			var p struct{ InitializationOptions json.RawMessage }
			json.Unmarshal(m.Params, &p)
			received["initializationOptions"] = p.InitializationOptions
			reply(map[string]any{
				"capabilities": map[string]any{
					"hoverProvider":      true,
					"codeActionProvider": map[string]any{"codeActionKinds": []string{"quickfix", "refactor.rewrite"}},
				},
				"serverInfo": map[string]any{"name": "fake gopls"},
			})
		case "initialized":
			c.write(&rawMsg{ID: mustJSON("config-1"), Method: "workspace/configuration",
				Params: mustJSON(map[string]any{"items": []any{map[string]any{"section": "gopls"}}})})
		case "workspace/didChangeConfiguration":
			received["didChangeConfiguration"] = m.Params
		case "$/cancelRequest":
			received["cancel"] = m.Params
		case "textDocument/didOpen", "textDocument/didChange":
			var p struct {
				TextDocument struct {
					URI     string
					Version int
				}
			}
			json.Unmarshal(m.Params, &p)
			c.write(&rawMsg{Method: "textDocument/publishDiagnostics", Params: mustJSON(map[string]any{
				"uri":     p.TextDocument.URI,
				"version": p.TextDocument.Version,
				"diagnostics": []any{map[string]any{
					"range":    map[string]any{"start": map[string]int{"line": 0, "character": 0}, "end": map[string]int{"line": 0, "character": 7}},
					"severity": 2,
					"source":   "fake gopls",
					"message":  fmt.Sprintf("gopls: version %d", p.TextDocument.Version),
				}},
			})})
		case "fake/clear":
			var p struct{ URI string }
			json.Unmarshal(m.Params, &p)
			c.write(&rawMsg{Method: "textDocument/publishDiagnostics", Params: mustJSON(map[string]any{
				"uri": p.URI, "diagnostics": []any{},
			})})
		case "textDocument/codeAction":
			reply([]any{map[string]any{"title": "gopls fix", "kind": "quickfix"}})
		case "fake/received":
			reply(received)
		case "fake/crash":
			return 3
		case "shutdown":
			shutdown = true
			reply(nil)
		case "exit":
			if shutdown {
				return 0
			}
			return 1
		default:
			if m.Method == "" && string(m.ID) == `"config-1"` {
				received["configuration"] = m.Result
			} else if len(m.ID) > 0 && m.Method != "" {
				c.write(&rawMsg{ID: m.ID, Error: mustJSON(map[string]any{"code": -32601, "message": "method not found"})})
			}
		}
	}
}
