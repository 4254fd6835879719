package lsp

import (
	"bytes"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// A mapper converts between byte offsets into one version of a document
// and LSP positions, whose characters count UTF-16 code units: the only
// encoding every client supports, and the one this server advertises.
type mapper struct {
	content []byte
	lines   []int // byte offset of each line's start
}

func newMapper(content []byte) *mapper {
	m := &mapper{content: content, lines: []int{0}}
	for i, b := range content {
		if b == '\n' {
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// position returns the position of the byte offset, clamped to the content.
func (m *mapper) position(offset int) protocol.Position {
	offset = max(0, min(offset, len(m.content)))
	// The line is the last one starting at or before offset.
	lo, hi := 0, len(m.lines)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if m.lines[mid] <= offset {
			lo = mid
		} else {
			hi = mid
		}
	}
	return protocol.Position{Line: uint32(lo), Character: uint32(utf16Len(m.content[m.lines[lo]:offset]))}
}

// offset returns the byte offset of a position, or false if the position
// is beyond the content. A character past the end of its line maps to the
// line's end, as the specification asks.
func (m *mapper) offset(p protocol.Position) (int, bool) {
	if int(p.Line) >= len(m.lines) {
		return 0, false
	}
	start := m.lines[p.Line]
	end := len(m.content)
	if int(p.Line)+1 < len(m.lines) {
		end = m.lines[p.Line+1] - 1 // the newline
	}
	line := m.content[start:end]
	units := 0
	for i, r := range string(line) {
		if units >= int(p.Character) {
			return start + i, true
		}
		units += utf16RuneLen(r)
	}
	return end, true
}

// lineColumn returns the offset of a 1-based line and 1-based byte column,
// the form of go vet's positions, or false if it is not in the content.
func (m *mapper) lineColumn(line, col int) (int, bool) {
	if line < 1 || line > len(m.lines) || col < 1 {
		return 0, false
	}
	offset := m.lines[line-1] + col - 1
	if offset > len(m.content) {
		return 0, false
	}
	// A column inside the line or at its end (the newline) is valid.
	if nl := bytes.IndexByte(m.content[m.lines[line-1]:], '\n'); nl >= 0 && col-1 > nl {
		return 0, false
	}
	return offset, true
}

func (m *mapper) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: m.position(start), End: m.position(end)}
}

// utf16Len returns the number of UTF-16 code units that encode b.
// Invalid bytes count as one unit each, as U+FFFD.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += utf16RuneLen(r)
		b = b[size:]
	}
	return n
}

func utf16RuneLen(r rune) int {
	if r >= 0x10000 {
		return 2 // a surrogate pair
	}
	return 1
}
