package status

import "iter"

// An Entry describes a named status code.
type Entry struct {
	Code     int
	Name     string   // primary constant name in this package, e.g. "ContentTooLarge"
	Aliases  []string // other constant names in this package for Code, e.g. "RequestEntityTooLarge"
	HTTPName string   // net/http's constant name, e.g. "StatusRequestEntityTooLarge"; "" if none
	Phrase   string   // reason phrase, e.g. "Content Too Large"
	Spec     string   // defining specification section, e.g. "RFC 9110, 15.5.14"
}

// Class returns the class of e's code.
func (e Entry) Class() Class { return ClassOf(e.Code) }

// Lookup returns the entry for code and reports whether code has a name.
// It does not allocate: the analyzer calls it for every literal it checks.
// The returned Aliases slice is shared and must not be modified.
func Lookup(code int) (Entry, bool) {
	// One unsigned comparison rejects negative codes too.
	if uint(code) >= uint(len(index)) {
		return Entry{}, false
	}
	i := index[code]
	if i == 0 {
		return Entry{}, false
	}
	return entries[i-1], true
}

// Entries returns an iterator over every named code, in code order.
func Entries() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		for i := range entries { // by index: ranging over the array would copy it
			if !yield(entries[i]) {
				return
			}
		}
	}
}

// Text returns the reason phrase of code, or "" if code has no name,
// like http.StatusText but with the phrases of RFC 9110: Text(413) is
// "Content Too Large" where net/http says "Request Entity Too Large".
func Text(code int) string {
	e, _ := Lookup(code)
	return e.Phrase
}
