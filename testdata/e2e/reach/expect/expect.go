// Package expect builds table's cases. It names no status position, and
// reaches one only through table's field, which it sets in a positional
// literal that names only the type: go vet's tool must analyse it for the
// fact that Expect's parameter is a status code.
package expect

import "example.com/reach/table"

// Expect returns a case.
func Expect(path string, want int) table.Case { return table.Case{path, want} }
