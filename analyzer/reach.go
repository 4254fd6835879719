package analyzer

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Reach tells, before a package is parsed, what it would need to hold a
// status position: go vet's tool uses it to skip the dependencies that
// cannot (see internal/vettool).
//
// Every position the analysis matches is named in the package's source by
// an identifier: the called function or method, the field selected or
// keyed, the matcher, the wrapper. And it is declared by a wanted package
// in the package's import closure (resolve only looks there) or described
// by a wrapper fact of a direct import. So a package whose source contains
// none of those names holds no position and, having none, no wrapper.
type Reach struct {
	// Wanted holds the import paths of the packages that declare positions:
	// net/http, the sinks' packages and the -funcs packages.
	Wanted map[string]bool

	members  map[string][]string // path -> methods and fields of its positions
	topLevel map[string][]string // path -> package-level functions and variables of its positions
	funcs    []string            // the -funcs functions and methods, by name

	funcsInStd bool // a -funcs entry may name a standard package: its path's first element has no dot
}

// Reach returns cfg's Reach. It reports cfg's first malformed setting.
func (cfg Config) Reach() (*Reach, error) {
	s, err := cfg.compile()
	if err != nil {
		return nil, err
	}
	r := &Reach{
		Wanted:   s.wanted,
		members:  make(map[string][]string),
		topLevel: make(map[string][]string),
	}
	for i := range sinks {
		sk := &sinks[i]
		if sk.recv == "" {
			r.topLevel[sk.pkg] = append(r.topLevel[sk.pkg], sk.name)
		} else {
			r.members[sk.pkg] = append(r.members[sk.pkg], sk.name)
		}
	}
	for _, spec := range s.funcs {
		r.funcs = append(r.funcs, spec.name[strings.LastIndex(spec.name, ".")+1:])
		first, _, _ := strings.Cut(spec.name, "/")
		if !strings.Contains(first, ".") || !strings.Contains(spec.name, "/") {
			r.funcsInStd = true
		}
	}
	return r, nil
}

// Names adds to plain the identifiers through which a package can refer
// to a position declared by the wanted packages of its import closure
// (closure): their methods and fields, which it may reach through any type
// of the closure that embeds or returns theirs, and the -funcs entries.
// And it adds to qualified[path], for each wanted package path the package
// imports itself (direct), the package-level functions and variables of
// path's positions, which a package can only name qualified by its import
// of path: http.Error, not Error.
func (r *Reach) Names(closure, direct []string, plain map[string]bool, qualified map[string]map[string]bool) {
	for _, path := range closure {
		for _, name := range r.members[path] {
			plain[name] = true
		}
	}
	for _, path := range direct {
		for _, name := range r.members[path] {
			plain[name] = true
		}
		for _, name := range r.topLevel[path] {
			if qualified[path] == nil {
				qualified[path] = make(map[string]bool)
			}
			qualified[path][name] = true
		}
	}
	for _, name := range r.funcs {
		plain[name] = true
	}
}

// FactNames returns the names through which a package refers to the object
// that f, one of the analyzer's facts, describes: a wrapper function or
// method by its name; a field by its name, or its struct type's in a
// positional literal; a variable or a named func type by its name. The
// first is the object's own name.
func FactNames(f analysis.Fact) []string {
	sf, ok := f.(*slotFact)
	if !ok {
		return nil
	}
	return sf.Names
}
