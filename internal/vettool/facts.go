package vettool

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// gobFact is one entry of a vetx file's facts section, as unitchecker's
// facts encoder writes it: gob matches the fields by name.
type gobFact struct {
	PkgPath string        // the package the fact is about, or whose object it is about
	Object  string        // the object's objectpath, "" for a package fact
	Fact    analysis.Fact // one of the analyzer's fact types, registered with gob
}

// reachFact is the package fact that carries, from each package to its
// importers, which wanted packages its import closure holds (see
// analyzer.Reach): a skip decision sees only its direct imports. Every
// unit exports it: analysed ones through wrapRun, skipped ones in the
// facts section they write.
type reachFact struct {
	Paths []string // sorted; the package itself included if wanted
	// Name is the package's name, by which its importers refer to its
	// package-level positions: set where those may exist.
	Name string
}

func (*reachFact) AFact() {}

func (f *reachFact) String() string { return "reaches " + strings.Join(f.Paths, " ") }

// registerFacts adds reachFact to a's fact types and registers them all
// with gob, as unitchecker does, so that the skip can read and write facts
// before unitchecker runs.
func registerFacts(a *analysis.Analyzer) {
	a.FactTypes = append(a.FactTypes, new(reachFact))
	for _, f := range a.FactTypes {
		gob.Register(f)
	}
}

func decodeFacts(data []byte) ([]gobFact, error) {
	if len(data) == 0 {
		return nil, nil
	}
	var facts []gobFact
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&facts); err != nil {
		return nil, fmt.Errorf("cannot decode facts: %v", err)
	}
	return facts, nil
}

// encodeFacts encodes facts in the order unitchecker's encoder uses, so
// that equal sets are equal bytes, which go vet's cache keys hash.
func encodeFacts(facts []gobFact) ([]byte, error) {
	if len(facts) == 0 {
		return nil, nil
	}
	slices.SortFunc(facts, func(x, y gobFact) int {
		if c := strings.Compare(x.PkgPath, y.PkgPath); c != 0 {
			return c
		}
		if c := strings.Compare(x.Object, y.Object); c != 0 {
			return c
		}
		return strings.Compare(reflect.TypeOf(x.Fact).String(), reflect.TypeOf(y.Fact).String())
	})
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(facts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// reexported reports whether unitchecker's encoder, writing the vetx file
// of a package that imports f's, passes the imported fact f on: facts
// about methods and fields, which an importer may reach through any type
// that embeds or returns theirs, but not package facts or facts about
// package-level objects, whose objectpath is their name. Those are read
// from their own package's vetx file, which any package that can name
// them imports.
func reexported(f gobFact) bool {
	return f.Object != "" && !token.IsIdentifier(f.Object)
}

// wrapRun makes a's analysis export the package's reachFact, wanted being
// analyzer.Reach's Wanted.
func wrapRun(a *analysis.Analyzer, wanted map[string]bool) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		result, err := run(pass)
		if err != nil {
			return result, err
		}
		paths := make(map[string]bool)
		if p := packagePath(pass.Pkg.Path()); wanted[p] {
			paths[p] = true
		}
		for _, imp := range pass.Pkg.Imports() {
			if p := packagePath(imp.Path()); wanted[p] {
				paths[p] = true
			}
			var f reachFact
			if pass.ImportPackageFact(imp, &f) {
				for _, p := range f.Paths {
					paths[p] = true
				}
			}
		}
		if len(paths) > 0 {
			pass.ExportPackageFact(&reachFact{Paths: sortedKeys(paths), Name: pass.Pkg.Name()})
		}
		return result, nil
	}
}

// packagePath returns the package path of a unit's import path: a test
// variant's "p [p.test]" is package p.
func packagePath(importPath string) string {
	p, _, _ := strings.Cut(importPath, " [")
	return p
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
