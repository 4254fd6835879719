package analyzer

import (
	"go/format"
	"go/parser"
	"go/token"
	"testing"
)

// TestImportEdit applies importEdit to import layouts found in real code
// and requires the exact result, which must also be gofmt-clean.
func TestImportEdit(t *testing.T) {
	for _, test := range []struct {
		name, path, src, want string
	}{
		{
			name: "http", path: "net/http",
			src:  "package p\n\nfunc f() {}\n",
			want: "package p\n\nimport \"net/http\"\n\nfunc f() {}\n",
		},
		{
			name: "http", path: "net/http",
			src:  "// Package p is documented.\npackage p // trailing\n\nvar x = 1\n",
			want: "// Package p is documented.\npackage p // trailing\n\nimport \"net/http\"\n\nvar x = 1\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p",
			want: "package p\n\nimport \"net/http\"\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n",
			want: "package p\n\nimport \"fmt\"\nimport \"net/http\"\n\nvar _ = fmt.Sprint\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"strings\"\n)\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport (\n\t\"fmt\"\n\t\"io\" // for io.Reader\n\n\t\"example.com/x\"\n)\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"io\" // for io.Reader\n\t\"net/http\"\n\n\t\"example.com/x\"\n)\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport (\n\t\"example.com/x\"\n\t\"example.com/y\"\n)\n",
			want: "package p\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/x\"\n\t\"example.com/y\"\n)\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport (\n\t\"fmt\"\n\n\t// sorted first in its group\n\t\"os\"\n)\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\n\t// sorted first in its group\n\t\"os\"\n)\n",
		},
		{
			name: "nethttp", path: "net/http",
			src:  "package p\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n",
			want: "package p\n\nimport (\n\t\"net/http\"\n\tnethttp \"net/http\"\n\t\"os\"\n)\n",
		},
		{
			name: "status", path: statusPath,
			src:  "package p\n\nimport (\n\t\"net/http\"\n)\n",
			want: "package p\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/statuslint/statuslint/status\"\n)\n",
		},
		{
			name: "status", path: statusPath,
			src:  "package p\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/a\"\n\t\"example.com/z\"\n)\n",
			want: "package p\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/a\"\n\t\"example.com/z\"\n\t\"github.com/statuslint/statuslint/status\"\n)\n",
		},
		{
			// cgo's preamble must stay directly above import "C".
			name: "http", path: "net/http",
			src:  "package p\n\n// #include <stdio.h>\nimport \"C\"\n\nvar _ C.int\n",
			want: "package p\n\n// #include <stdio.h>\nimport \"C\"\nimport \"net/http\"\n\nvar _ C.int\n",
		},
		{
			name: "http", path: "net/http",
			src:  "package p\n\nimport ()\n",
			want: "package p\n\nimport ()\nimport \"net/http\"\n",
		},
	} {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "p.go", test.src, parser.ParseComments)
		if err != nil {
			t.Fatalf("parsing %q: %v", test.src, err)
		}
		edit := importEdit(fset, file, test.name, test.path)
		offset := fset.Position(edit.Pos).Offset
		if edit.End != edit.Pos {
			t.Errorf("importEdit(%q): replaces text, want a pure insertion", test.src)
		}
		got := test.src[:offset] + string(edit.NewText) + test.src[offset:]
		if got != test.want {
			t.Errorf("importEdit(%q, %s %q):\n got %q\nwant %q", test.src, test.name, test.path, got, test.want)
			continue
		}
		formatted, err := format.Source([]byte(got))
		if err != nil || string(formatted) != got {
			t.Errorf("importEdit(%q): result is not gofmt-clean (%v):\n%s", test.src, err, got)
		}
	}
}
