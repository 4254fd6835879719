package vettool

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
)

func TestSkip(t *testing.T) {
	registerFacts(analyzer.New())
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		t.Helper()
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, data, 0o666); err != nil {
			t.Fatal(err)
		}
		return file
	}
	withFacts := func(name string, types string, facts ...gobFact) string {
		t.Helper()
		data, err := encodeFacts(facts)
		if err != nil {
			t.Fatal(err)
		}
		return write(name, (&vetx{types: []byte(types), facts: data}).encode())
	}
	empty := withFacts("empty.vetx", "")
	analysed := withFacts("analysed.vetx", "TYPES")
	// b reaches net/http through its imports, as a package embedding
	// http.ResponseWriter does.
	reachesHTTP := withFacts("b.vetx", "TYPES", gobFact{PkgPath: "example.com/b", Fact: &reachFact{Paths: []string{"net/http"}}})
	src := func(name, text string) []string { return []string{write(name, []byte(text))} }
	// net/http's own vetx names its package.
	netHTTP := withFacts("http.vetx", "", gobFact{PkgPath: "net/http", Fact: &reachFact{Paths: []string{"net/http"}, Name: "http"}})
	importsHTTP := func(name, text string) unit {
		return unit{ImportPath: "example.com/" + name, VetxOnly: true,
			GoFiles:     src(name+".go", "package "+name+"\n"+text),
			ImportMap:   map[string]string{"net/http": "net/http"},
			PackageVetx: map[string]string{"net/http": netHTTP}}
	}
	reach, err := reachOf([]string{"-json", "-funcs", "example.com/api.Respond:0", "-nonstandard"})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		name  string
		u     unit
		want  bool
		paths []string // the reachFact a skipped unit writes
	}{
		{"no imports", unit{ImportPath: "strings", VetxOnly: true}, true, nil},
		{"skipped imports", unit{ImportPath: "example.com/util", VetxOnly: true,
			ImportMap:   map[string]string{"strings": "strings", "unsafe": "unsafe", "C": "C"},
			PackageVetx: map[string]string{"strings": empty}}, true, nil},
		{"asked for", unit{ImportPath: "strings"}, false, nil},
		{"fixes", unit{ImportPath: "strings", VetxOnly: true, FixArchive: "fix.zip"}, false, nil},
		{"wanted", unit{ImportPath: "net/http", VetxOnly: true}, false, nil},
		{"wanted test variant", unit{ImportPath: "net/http [net/http.test]", VetxOnly: true}, false, nil},
		{"framework", unit{ImportPath: "github.com/valyala/fasthttp", VetxOnly: true}, false, nil},
		{"-funcs package", unit{ImportPath: "example.com/api", VetxOnly: true}, false, nil},
		{"names a -funcs function", unit{ImportPath: "example.com/apiwrap", VetxOnly: true,
			GoFiles:     src("apiwrap.go", "package apiwrap\nfunc Fail(code int) { api.Respond(code) }\n"),
			ImportMap:   map[string]string{"example.com/api": "example.com/api"},
			PackageVetx: map[string]string{"example.com/api": analysed}}, false, nil},
		{"imports net/http, names a function of it", unit{ImportPath: "example.com/errs", VetxOnly: true,
			GoFiles:     src("errs.go", "package errs\nimport \"net/http\"\nfunc Fail(w http.ResponseWriter) { http.Error(w, \"\", 500) }\n"),
			ImportMap:   map[string]string{"net/http": "net/http"},
			PackageVetx: map[string]string{"net/http": analysed}}, false, nil},
		{"names http.Error", importsHTTP("q1", "import \"net/http\"\nfunc F(w http.ResponseWriter) { http.Error(w, \"\", 500) }\n"), false, nil},
		{"names Error, not http's", importsHTTP("q2", "import \"net/http\"\nfunc F(h http.Header, err error) string { return err.Error() }\n"), true, []string{"net/http"}},
		{"names a renamed import's Error", importsHTTP("q3", "import h \"net/http\"\nfunc F(w h.ResponseWriter) { h.Error(w, \"\", 500) }\n"), false, nil},
		{"names a dot import's Error", importsHTTP("q4", "import . \"net/http\"\nfunc F(w ResponseWriter) { Error(w, \"\", 500) }\n"), false, nil},
		{"a comment between", importsHTTP("q5", "import \"net/http\"\nfunc F(w http.ResponseWriter) { http. /* why */ Error(w, \"\", 500) }\n"), false, nil},
		{"a line comment between", importsHTTP("q6", "import \"net/http\"\nfunc F(w http.ResponseWriter) { http.\n// why\nError(w, \"\", 500) }\n"), false, nil},
		{"a blank import", importsHTTP("q7", "import _ \"net/http\"\nfunc F(err error) string { return err.Error() }\n"), true, []string{"net/http"}},
		{"imports net/http, names none of its positions", unit{ImportPath: "example.com/hdr", VetxOnly: true,
			GoFiles:     src("hdr.go", "package hdr\nimport \"net/http\"\nfunc Keys(h http.Header) int { return len(h) } // StatusCodes, ErrorHandler\n"),
			ImportMap:   map[string]string{"net/http": "net/http"},
			PackageVetx: map[string]string{"net/http": analysed}}, true, []string{"net/http"}},
		{"reaches net/http, names a method", unit{ImportPath: "example.com/c", VetxOnly: true,
			GoFiles:     src("c.go", "package c\nfunc Reply(w *b.Writer, code int) { w.WriteHeader(code) }\n"),
			ImportMap:   map[string]string{"example.com/b": "example.com/b"},
			PackageVetx: map[string]string{"example.com/b": reachesHTTP}}, false, nil},
		{"reaches net/http, names a field in a comment", unit{ImportPath: "example.com/c", VetxOnly: true,
			GoFiles:     src("c2.go", "package c\n// see resp.StatusCode\nfunc F(w *b.Writer) {}\n"),
			ImportMap:   map[string]string{"example.com/b": "example.com/b"},
			PackageVetx: map[string]string{"example.com/b": reachesHTTP}}, false, nil},
		{"reaches net/http, names only its functions", unit{ImportPath: "example.com/c", VetxOnly: true,
			GoFiles:     src("c3.go", "package c\nfunc Error(w *b.Writer) string { return Redirect }\n"),
			ImportMap:   map[string]string{"example.com/b": "example.com/b"},
			PackageVetx: map[string]string{"example.com/b": reachesHTTP}}, true, []string{"net/http"}},
		{"vetx missing", unit{ImportPath: "example.com/c", VetxOnly: true,
			PackageVetx: map[string]string{"example.com/b": filepath.Join(dir, "missing.vetx")}}, false, nil},
		{"no result for an import", unit{ImportPath: "example.com/c", VetxOnly: true,
			ImportMap: map[string]string{"example.com/b": "example.com/b"}}, false, nil},
		{"source missing", unit{ImportPath: "example.com/c", VetxOnly: true,
			GoFiles:     []string{filepath.Join(dir, "missing.go")},
			ImportMap:   map[string]string{"example.com/b": "example.com/b"},
			PackageVetx: map[string]string{"example.com/b": reachesHTTP}}, false, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			test.u.VetxOutput = filepath.Join(t.TempDir(), "out.vetx")
			got, err := test.u.skip(reach)
			if got != test.want {
				t.Fatalf("skip: got %v (%v), want %v", got, err, test.want)
			}
			if !got {
				if _, err := os.Stat(test.u.VetxOutput); err == nil {
					t.Errorf("not skipped, but wrote %s", test.u.VetxOutput)
				}
				return
			}
			v, err := readVetx(test.u.VetxOutput)
			if err != nil {
				t.Fatal(err)
			}
			if !v.skipped() {
				t.Errorf("skipped unit's vetx has %d bytes of types", len(v.types))
			}
			facts, err := decodeFacts(v.facts)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, f := range facts {
				if rf, ok := f.Fact.(*reachFact); ok && f.PkgPath == test.u.ImportPath {
					paths = rf.Paths
				}
			}
			if !slices.Equal(paths, test.paths) {
				t.Errorf("reachFact paths: got %q, want %q", paths, test.paths)
			}
		})
	}
}

func TestContainsIdent(t *testing.T) {
	for _, test := range []struct {
		src, name string
		want      bool
	}{
		{"w.WriteHeader(code)", "WriteHeader", true},
		{"WriteHeader", "WriteHeader", true},
		{"resp.StatusCode", "Code", false},
		{"Codes Code_ xCode", "Code", false},
		{"x.Code\n", "Code", true},
		{"éCode Codeé", "Code", false},
		{"«Code»", "Code", false}, // outside comments and strings, only identifiers have non-ASCII bytes
		{"StatusCode Code", "Code", true},
		{"", "Code", false},
		{"Cod", "Code", false},
	} {
		if got := containsIdent([]byte(test.src), test.name); got != test.want {
			t.Errorf("containsIdent(%q, %q): got %v, want %v", test.src, test.name, got, test.want)
		}
	}
}

func TestContainsQualified(t *testing.T) {
	for _, test := range []struct {
		src  string
		want bool
	}{
		{"http.Error(w)", true},
		{"http . Error", true},
		{"http.\n\tError", true},
		{"err.Error()", false},
		{"xhttp.Error()", false},
		{"http.Errors", false},
		{"Error", false},
		{"func Error() {}", false},
		{"http./* c */Error", true},
		{"http /* c */ .Error", true},
		{"http.// c\nError", true},
		{"x := \"a//b\"; y.Error", true}, // cannot tell a string from a comment: a match
	} {
		if got := containsQualified([]byte(test.src), "http", "Error"); got != test.want {
			t.Errorf("containsQualified(%q, http, Error): got %v, want %v", test.src, got, test.want)
		}
	}
}

func TestReachOf(t *testing.T) {
	for _, test := range []struct {
		flags []string
		path  string
		want  bool
	}{
		{nil, "net/http", true},
		{nil, "github.com/gin-gonic/gin", true},
		{nil, "example.com/api", false},
		{[]string{"-funcs=example.com/api.Respond:0"}, "example.com/api", true},
		{[]string{"--funcs", "example.com/api.Server.Respond:0"}, "example.com/api", true},
		{[]string{"-funcs", "gopkg.in/yaml.v3.Marshal:0"}, "gopkg.in/yaml.v3", true},
		{[]string{"-nonstandard", "-funcs=example.com/api.Respond:0", "-json"}, "example.com/api", true},
	} {
		reach, err := reachOf(test.flags)
		if err != nil {
			t.Fatalf("reachOf(%q): %v", test.flags, err)
		}
		if got := reach.Wanted[test.path]; got != test.want {
			t.Errorf("reachOf(%q).Wanted[%q]: got %v, want %v", test.flags, test.path, got, test.want)
		}
	}
	if _, err := reachOf([]string{"-funcs=example.com/api.Respond"}); err == nil {
		t.Errorf("reachOf of a malformed -funcs: no error")
	}
}
