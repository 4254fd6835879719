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
