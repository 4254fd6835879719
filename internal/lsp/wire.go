package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// The proxy reads and writes LSP messages as bytes: a message it does not
// change is forwarded exactly as it arrived, without decoding and encoding
// it again. jsonrpc2's connection would do both, and answer requests it
// does not know on its own.

// maxMessage bounds one message's body: a client or server that announces
// more is broken, and the proxy stops rather than allocate it.
const maxMessage = 1 << 30

// A msgReader reads messages in the LSP base protocol's framing: header
// lines, of which only Content-Length matters, a blank line, the body.
type msgReader struct {
	r *bufio.Reader
}

func newMsgReader(r io.Reader) *msgReader {
	return &msgReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// read returns the next message's body, in memory of its own.
func (m *msgReader) read() ([]byte, error) {
	length := -1
	for {
		line, err := m.r.ReadString('\n')
		if err != nil {
			if err == io.EOF && line != "" {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if length < 0 {
				continue // blank lines between messages are tolerated, as by gopls
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header line %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessage {
				return nil, fmt.Errorf("malformed Content-Length %q", value)
			}
			length = n
		}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(m.r, body); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

// A msgWriter writes messages, one at a time, each in one write.
type msgWriter struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

func (m *msgWriter) write(body []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.buf = append(m.buf[:0], "Content-Length: "...)
	m.buf = strconv.AppendInt(m.buf, int64(len(body)), 10)
	m.buf = append(m.buf, "\r\n\r\n"...)
	m.buf = append(m.buf, body...)
	_, err := m.w.Write(m.buf)
	if cap(m.buf) > 1<<20 {
		m.buf = nil // do not keep the largest message's memory
	}
	return err
}

// An envelope is the part of a JSON-RPC message that routes it: a request
// has a method and an id, a notification a method only, a response an id
// only.
type envelope struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

func (e *envelope) isRequest() bool      { return e.Method != "" && hasID(e.ID) }
func (e *envelope) isNotification() bool { return e.Method != "" && !hasID(e.ID) }
func (e *envelope) isResponse() bool     { return e.Method == "" && hasID(e.ID) }

func hasID(id json.RawMessage) bool {
	return len(id) > 0 && !bytes.Equal(id, []byte("null"))
}

// idKey returns a key for a request id that is the same for every
// spelling of it: a peer re-encodes the ids it echoes.
func idKey(id json.RawMessage) string {
	var v any
	if json.Unmarshal(id, &v) != nil {
		return string(id)
	}
	switch v := v.(type) {
	case string:
		return "s" + v
	case float64:
		return "n" + strconv.FormatFloat(v, 'g', -1, 64)
	}
	return string(id)
}

// setField returns the JSON object obj with key set to value, or removed
// if value is nil; the other keys keep their values byte for byte.
func setField(obj json.RawMessage, key string, value json.RawMessage) (json.RawMessage, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(obj, &m); err != nil {
		return nil, err
	}
	if value == nil {
		delete(m, key)
	} else {
		m[key] = value
	}
	return json.Marshal(m)
}

// field returns the value of key in the JSON object obj, or nil.
func field(obj json.RawMessage, key string) json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(obj, &m) != nil {
		return nil
	}
	return m[key]
}

// concatArrays returns the JSON array of a's elements followed by b's;
// null or a missing array counts as empty.
func concatArrays(a, b json.RawMessage) json.RawMessage {
	inner := func(arr json.RawMessage) []byte {
		arr = bytes.TrimSpace(arr)
		if len(arr) < 2 || arr[0] != '[' {
			return nil
		}
		return bytes.TrimSpace(arr[1 : len(arr)-1])
	}
	ia, ib := inner(a), inner(b)
	out := make([]byte, 0, len(ia)+len(ib)+3)
	out = append(out, '[')
	out = append(out, ia...)
	if len(ia) > 0 && len(ib) > 0 {
		out = append(out, ',')
	}
	out = append(out, ib...)
	return append(out, ']')
}

// A message is the routing part of a JSON-RPC message, and the params and
// result the proxy may read; the raw values are slices of the body.
type message struct {
	envelope
	Params json.RawMessage
	Result json.RawMessage
}

// parseMessage returns body's routing members. Every message passes
// through the proxy, most only to be routed, and some are large (a
// completion list, a whole file): it scans the top-level object for its
// members without decoding the other values, several times faster than
// encoding/json, and falls back to encoding/json on anything unusual.
// It does not validate what it skips; gopls and the editor do.
func parseMessage(body []byte) (message, error) {
	if m, ok := scanMessage(body); ok {
		return m, nil
	}
	var m struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params json.RawMessage `json:"params"`
		Result json.RawMessage `json:"result"`
	}
	err := json.Unmarshal(body, &m)
	return message{envelope: envelope{ID: m.ID, Method: m.Method}, Params: m.Params, Result: m.Result}, err
}

// scanMessage is parseMessage's fast path; ok is false if body is not a
// plain JSON object or a member it reads is unusual (an escaped key or
// method, a repeated member).
func scanMessage(b []byte) (m message, ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return m, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return m, skipSpace(b, i+1) == len(b)
	}
	seen := 0
	for {
		if i >= len(b) || b[i] != '"' {
			return m, false
		}
		end, escaped := scanString(b, i)
		if end < 0 || escaped {
			return m, false
		}
		key := b[i+1 : end-1]
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return m, false
		}
		i = skipSpace(b, i+1)
		vend := skipValue(b, i)
		if vend < 0 {
			return m, false
		}
		value := json.RawMessage(b[i:vend])
		var bit int
		switch string(key) {
		case "id":
			m.ID, bit = value, 1
		case "method":
			if value[0] != '"' {
				return m, false
			}
			if _, escaped := scanString(value, 0); escaped || !isASCII(value) {
				return m, false // encoding/json unescapes, and replaces invalid UTF-8
			}
			m.Method, bit = string(value[1:len(value)-1]), 2
		case "params":
			m.Params, bit = value, 4
		case "result":
			m.Result, bit = value, 8
		default:
			for _, k := range []string{"id", "method", "params", "result"} {
				if strings.EqualFold(string(key), k) {
					return m, false // encoding/json would take it; so does the fallback
				}
			}
		}
		if seen&bit != 0 {
			return m, false // encoding/json keeps the last; be as careful
		}
		seen |= bit
		i = skipSpace(b, vend)
		if i >= len(b) {
			return m, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return m, skipSpace(b, i+1) == len(b)
		default:
			return m, false
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// scanString returns the offset after the string starting at b[i], and
// whether it has escapes, or -1.
func scanString(b []byte, i int) (int, bool) {
	escaped := false
	for j := i + 1; ; {
		k := bytes.IndexByte(b[j:], '"')
		if k < 0 {
			return -1, false
		}
		seg := b[j : j+k]
		if bytes.IndexByte(seg, '\\') < 0 {
			return j + k + 1, escaped
		}
		escaped = true
		// The quote ends the string unless an odd number of backslashes
		// escapes it.
		n := 0
		for n < len(seg) && seg[len(seg)-1-n] == '\\' {
			n++
		}
		if n%2 == 0 {
			return j + k + 1, escaped
		}
		j += k + 1
	}
}

// structural marks the bytes that skipValue stops at inside a container.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// skipValue returns the offset after the JSON value starting at b[i], or -1.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		end, _ := scanString(b, i)
		return end
	case '{', '[':
		depth := 0
		for j := i; j < len(b); {
			for j < len(b) && !structural[b[j]] {
				j++
			}
			if j == len(b) {
				break
			}
			switch b[j] {
			case '"':
				end, _ := scanString(b, j)
				if end < 0 {
					return -1
				}
				j = end
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
			j++
		}
		return -1
	}
	// A number, true, false or null.
	j := i
	for j < len(b) && !strings.ContainsRune(",}] \t\r\n", rune(b[j])) {
		j++
	}
	if j == i {
		return -1
	}
	return j
}
