//go:build ignore

// gen.go derives registry_gen.go from the constants in status.go, so that
// the table of codes is written once. Run it with "go generate" in this
// directory; TestGenerated fails when its output differs from the file.
//
// Each primary constant in status.go reads
//
//	Name = code // spec: reason phrase
//
// and each alias reads "Alias = Name". net/http's name for a code is taken
// from the source of the running Go installation, so the registry records
// what net/http actually declares rather than what we believe it does.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

var output = flag.String("o", "registry_gen.go", "output file")

// entry is one primary constant of status.go and what is derived from it.
type entry struct {
	code     int
	name     string
	aliases  []string
	httpName string
	phrase   string
	spec     string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	flag.Parse()

	entries, err := parseStatus("status.go")
	if err != nil {
		log.Fatal(err)
	}
	httpNames, err := netHTTPStatus()
	if err != nil {
		log.Fatal(err)
	}
	for i := range entries {
		entries[i].httpName = httpNames[entries[i].code]
	}
	src, err := generate(entries)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*output, src, 0o666); err != nil {
		log.Fatal(err)
	}
}

// parseStatus reads the primary constants and their aliases from file.
// It rejects anything it does not understand rather than skip it, since a
// silently skipped line would be a constant missing from the registry.
func parseStatus(file string) ([]entry, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var entries []entry
	byName := make(map[string]int) // primary name -> index in entries
	type alias struct {
		name, target string
		pos          token.Pos
	}
	var aliases []alias
	for _, decl := range f.Decls {
		decl, ok := decl.(*ast.GenDecl)
		if !ok || decl.Tok != token.CONST {
			continue // no other declarations are expected, but they are not ours to judge
		}
		for _, spec := range decl.Specs {
			spec := spec.(*ast.ValueSpec)
			pos := fset.Position(spec.Pos())
			if len(spec.Names) != 1 || len(spec.Values) != 1 || spec.Type != nil {
				return nil, fmt.Errorf("%s: want one untyped name = value per line", pos)
			}
			name := spec.Names[0].Name
			if name == "_" {
				continue // a reserved code such as 306, shown but not named
			}
			if !token.IsExported(name) {
				return nil, fmt.Errorf("%s: %s is not exported", pos, name)
			}
			switch v := spec.Values[0].(type) {
			case *ast.BasicLit:
				code, err := strconv.Atoi(v.Value)
				if v.Kind != token.INT || err != nil || code < 100 || code > 999 {
					return nil, fmt.Errorf("%s: %s = %s is not a status code", pos, name, v.Value)
				}
				if n := len(entries); n > 0 && entries[n-1].code >= code {
					return nil, fmt.Errorf("%s: %s = %d is out of order (after %d)", pos, name, code, entries[n-1].code)
				}
				if spec.Comment == nil {
					return nil, fmt.Errorf("%s: %s lacks its // spec: phrase comment", pos, name)
				}
				ref, phrase, ok := strings.Cut(strings.TrimSpace(spec.Comment.Text()), ": ")
				if !ok || ref == "" || phrase == "" {
					return nil, fmt.Errorf("%s: %s: comment %q is not of the form spec: phrase", pos, name, spec.Comment.Text())
				}
				byName[name] = len(entries)
				entries = append(entries, entry{code: code, name: name, phrase: phrase, spec: ref})
			case *ast.Ident:
				aliases = append(aliases, alias{name, v.Name, spec.Pos()})
			default:
				return nil, fmt.Errorf("%s: %s: value must be a code or a constant name", pos, name)
			}
		}
	}
	// Aliases are resolved last so that they may be declared in any block.
	for _, a := range aliases {
		i, ok := byName[a.target]
		if !ok {
			return nil, fmt.Errorf("%s: %s = %s does not name a constant with a code", fset.Position(a.pos), a.name, a.target)
		}
		entries[i].aliases = append(entries[i].aliases, a.name)
	}
	return entries, nil
}

// netHTTPStatus returns the names of net/http's Status constants by code.
//
// It type-checks net/http's files without their imports: status codes are
// plain literals, and loading net/http's dependencies from source would
// take seconds. A constant whose value could not be computed is an error.
func netHTTPStatus() (map[int]string, error) {
	bp, err := build.Import("net/http", "", 0)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Error: func(error) {}} // errors from the missing imports
	pkg, _ := conf.Check("net/http", fset, files, nil)
	names := make(map[int]string)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !c.Exported() || !strings.HasPrefix(name, "Status") {
			continue // not a status code
		}
		code, ok := constant.Int64Val(c.Val())
		if !ok {
			return nil, fmt.Errorf("net/http.%s: value %s is not a known integer", name, c.Val())
		}
		if prev, dup := names[int(code)]; dup {
			return nil, fmt.Errorf("net/http.%s and %s are both %d", name, prev, code)
		}
		names[int(code)] = name
	}
	return names, nil
}

// generate returns the formatted source of registry_gen.go.
func generate(entries []entry) ([]byte, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Code generated by gen.go; DO NOT EDIT.\n\n")
	fmt.Fprintf(&buf, "package status\n\n")
	fmt.Fprintf(&buf, "// entries holds one Entry per named code, in code order.\n")
	fmt.Fprintf(&buf, "var entries = [...]Entry{\n")
	for _, e := range entries {
		fmt.Fprintf(&buf, "\t{Code: %d, Name: %q, ", e.code, e.name)
		if len(e.aliases) > 0 {
			fmt.Fprintf(&buf, "Aliases: []string{")
			for i, a := range e.aliases {
				if i > 0 {
					buf.WriteString(", ")
				}
				fmt.Fprintf(&buf, "%q", a)
			}
			fmt.Fprintf(&buf, "}, ")
		}
		fmt.Fprintf(&buf, "HTTPName: %q, Phrase: %q, Spec: %q},\n", e.httpName, e.phrase, e.spec)
	}
	fmt.Fprintf(&buf, "}\n\n")

	// The index is a dense array rather than a map so that Lookup is a
	// bounds check and two loads; uint8 suffices while there are fewer
	// than 256 codes, which generate checks.
	if len(entries) > 255 {
		return nil, fmt.Errorf("%d entries do not fit a uint8 index", len(entries))
	}
	last := entries[len(entries)-1].code
	fmt.Fprintf(&buf, "// index maps a code to 1 + its position in entries, or to 0 if the\n")
	fmt.Fprintf(&buf, "// code has no name.\n")
	fmt.Fprintf(&buf, "var index = [%d]uint8{\n", last+1)
	for i, e := range entries {
		fmt.Fprintf(&buf, "\t%d: %d,\n", e.code, i+1)
	}
	fmt.Fprintf(&buf, "}\n")
	return format.Source(buf.Bytes())
}
