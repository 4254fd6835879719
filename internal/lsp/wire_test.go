package lsp

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// messages are JSON-RPC messages as peers write them, and unusual ones.
var messages = []string{
	`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null}}`,
	`{"jsonrpc":"2.0","result":{"contents":{"kind":"markdown","value":"func (w ResponseWriter) WriteHeader(statusCode int)\n\"quoted\" \\ {[}]"}},"id":7}`,
	`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///a.go","diagnostics":[]}}`,
	`{"jsonrpc":"2.0","id":"config-1","method":"workspace/configuration","params":{"items":[{"section":"gopls"}]}}`,
	` { "id" : 3 , "result" : [ 1, 2.5e3, true, false, null, "x\"]}" ] } `,
	`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}`,
	`{"id":1,"id":2}`,
	`{"ID":1,"Method":"x"}`,
	`{"method":"a\u0062c"}`,
	`{}`,
	`[]`,
	`{"id":1,}`,
	`{"id":1`,
	`{"params":{"text":"a\\"}}`,
}

func TestParseMessage(t *testing.T) {
	for _, msg := range messages {
		checkParse(t, []byte(msg))
	}
}

func FuzzParseMessage(f *testing.F) {
	for _, msg := range messages {
		f.Add([]byte(msg))
	}
	f.Fuzz(checkParse)
}

// checkParse checks that parseMessage reads what encoding/json reads.
func checkParse(t *testing.T, body []byte) {
	var want struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params json.RawMessage `json:"params"`
		Result json.RawMessage `json:"result"`
	}
	wantErr := json.Unmarshal(body, &want)
	got, err := parseMessage(body)
	if wantErr != nil {
		if _, ok := scanMessage(body); ok && json.Valid(body) {
			t.Errorf("%s: scanned, but encoding/json fails: %v", body, wantErr)
		}
		return // invalid JSON: the peer answers it; what is routed does not matter
	}
	if err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	same := func(a, b json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(a), bytes.TrimSpace(b)) }
	if !same(got.ID, want.ID) || got.Method != want.Method || !same(got.Params, want.Params) || !same(got.Result, want.Result) {
		t.Errorf("%s:\ngot  id %s method %q params %s result %s\nwant id %s method %q params %s result %s",
			body, got.ID, got.Method, got.Params, got.Result, want.ID, want.Method, want.Params, want.Result)
	}
}

func BenchmarkParseMessage(b *testing.B) {
	// A completion list of 300 items, as gopls sends for gin's Context.
	var items []string
	for i := range 300 {
		items = append(items, `{"label":"JSON","kind":2,"detail":"func(code int, obj any)","documentation":{"kind":"markdown","value":"JSON serializes the given struct as JSON into the response body.\nIt also sets the Content-Type as \"application/json\"."},"sortText":"`+strings.Repeat("0", i%5)+`","textEdit":{"range":{"start":{"line":10,"character":3},"end":{"line":10,"character":3}},"newText":"JSON"}}`)
	}
	body := []byte(`{"jsonrpc":"2.0","result":{"isIncomplete":true,"items":[` + strings.Join(items, ",") + `]},"id":42}`)
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			parseMessage(body)
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			var m envelope
			json.Unmarshal(body, &m)
		}
	})
}
