package vettool

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSkippable(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, data, 0o666); err != nil {
			t.Fatal(err)
		}
		return file
	}
	empty := write("empty.vetx", nil)
	analysed := write("analysed.vetx", []byte("vetx\x04\x00\x00\x00\x00\x00\x00\x00ABCD"))
	wanted, err := wantedPaths([]string{"-json", "-funcs", "example.com/api.Respond:0", "-nonstandard"})
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		name string
		u    unit
		want bool
	}{
		{"no imports", unit{ImportPath: "strings", VetxOnly: true}, true},
		{"skipped imports", unit{ImportPath: "example.com/util", VetxOnly: true,
			ImportMap:   map[string]string{"strings": "strings", "unsafe": "unsafe"},
			PackageVetx: map[string]string{"strings": empty}}, true},
		{"asked for", unit{ImportPath: "strings"}, false},
		{"fixes", unit{ImportPath: "strings", VetxOnly: true, FixArchive: "fix.zip"}, false},
		{"wanted", unit{ImportPath: "net/http", VetxOnly: true}, false},
		{"framework", unit{ImportPath: "github.com/valyala/fasthttp", VetxOnly: true}, false},
		{"-funcs package", unit{ImportPath: "example.com/api", VetxOnly: true}, false},
		{"imports a wanted package", unit{ImportPath: "example.com/apiwrap", VetxOnly: true,
			ImportMap: map[string]string{"example.com/api": "example.com/api"}}, false},
		{"imports an analysed package", unit{ImportPath: "example.com/c", VetxOnly: true,
			ImportMap:   map[string]string{"example.com/b": "example.com/b", "strings": "strings"},
			PackageVetx: map[string]string{"example.com/b": analysed, "strings": empty}}, false},
		{"vetx missing", unit{ImportPath: "example.com/c", VetxOnly: true,
			PackageVetx: map[string]string{"example.com/b": filepath.Join(dir, "missing.vetx")}}, false},
	} {
		t.Run(test.name, func(t *testing.T) {
			if test.u.VetxOutput == "" {
				test.u.VetxOutput = filepath.Join(dir, "out.vetx")
			}
			if got := test.u.skippable(wanted); got != test.want {
				t.Errorf("skippable: got %v, want %v", got, test.want)
			}
		})
	}
}

func TestWantedPaths(t *testing.T) {
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
		wanted, err := wantedPaths(test.flags)
		if err != nil {
			t.Fatalf("wantedPaths(%q): %v", test.flags, err)
		}
		if got := wanted[test.path]; got != test.want {
			t.Errorf("wantedPaths(%q)[%q]: got %v, want %v", test.flags, test.path, got, test.want)
		}
	}
	if _, err := wantedPaths([]string{"-funcs=example.com/api.Respond"}); err == nil {
		t.Errorf("wantedPaths of a malformed -funcs: no error")
	}
}
