package vettool_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// machineInputs are the calls through which a program learns about the
// machine it runs on rather than about its input: its environment, its
// directories, the clock, randomness.
var machineInputs = map[string][]string{
	"os":            {"Getenv", "LookupEnv", "Environ", "Hostname", "Getwd", "UserHomeDir", "UserCacheDir", "UserConfigDir", "TempDir", "Getpid", "Getuid"},
	"time":          {"Now", "Since", "Until"},
	"runtime":       {"GOROOT", "NumCPU"},
	"math/rand":     nil, // any use
	"math/rand/v2":  nil,
	"os/user":       nil,
	"path/filepath": {"Abs"},
}

// allowedInputs are the machine inputs that the vet tool reads, each with
// why its output does not depend on it, keyed "file pkgpath.Name".
var allowedInputs = map[string]string{
	"internal/vettool/vettool.go os.Getenv":     "GOGC and GOMEMLIMIT tune the garbage collector, nothing else",
	"internal/vettool/cache.go os.UserCacheDir": "where the vetx cache lives; its entries are keyed by content and change no result",
	"internal/vettool/cache.go time.Now":        "the vetx cache's trimming and mtimes",
	"internal/vettool/skip.go os.Getenv":        "GOROOT, which the go command sets to its own: standard packages are keyed by the release, and each machine checks its own",
}

// TestNoMachineInputs guards what lets a CI fleet share statuslint's
// results through the go command's cache (README, "At scale"): go vet
// replays a vet tool's facts, findings and fixes on any machine whose key
// matches, and the key holds the tool's ID, its flags and the package's
// inputs, not the tool's environment. So the vet tool (everything that
// cmd/statuslint runs under go vet: the analyzer, the status package and
// this package) must not read the machine, except where allowedInputs
// says why that is harmless. A new read fails here: make the result not
// depend on it, or add it with the reason.
func TestNoMachineInputs(t *testing.T) {
	root := filepath.Join("..", "..")
	seen := make(map[string]bool)
	for _, dir := range []string{"analyzer", "status", filepath.Join("internal", "vettool"), filepath.Join("cmd", "statuslint")} {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			rel := filepath.ToSlash(filepath.Join(dir, filepath.Base(file)))
			if strings.HasSuffix(file, "_test.go") || dir == filepath.Join("cmd", "statuslint") && rel != "cmd/statuslint/main.go" {
				continue // tests; the standalone driver, which go vet does not run
			}
			for _, use := range machineUses(t, file) {
				key := rel + " " + use
				seen[key] = true
				if _, ok := allowedInputs[key]; !ok {
					t.Errorf("%s reads the machine: %s; go vet's cache would replay its result on other machines (see allowedInputs)", rel, use)
				}
			}
		}
	}
	for key := range allowedInputs {
		if !seen[key] {
			t.Errorf("allowedInputs lists %q, which no longer occurs: remove it", key)
		}
	}
}

// machineUses returns the machine inputs used in file, as "pkgpath.Name"
// or, for a package whose every use counts, "pkgpath".
func machineUses(t *testing.T, file string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(f.Doc.Text()+commentsBefore(f), "go:build ignore") {
		return nil // a generator, not part of the tool
	}
	local := make(map[string]string) // name in the file -> import path
	var uses []string
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		names, watched := machineInputs[path]
		if !watched {
			continue
		}
		if names == nil {
			uses = append(uses, path)
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if spec.Name != nil {
			name = spec.Name.Name
		}
		local[name] = path
	}
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil {
			if path, ok := local[id.Name]; ok && slices.Contains(machineInputs[path], sel.Sel.Name) {
				uses = append(uses, path+"."+sel.Sel.Name)
			}
		}
		return true
	})
	slices.Sort(uses)
	return slices.Compact(uses)
}

// commentsBefore returns the comments before f's package clause, where
// build constraints are.
func commentsBefore(f *ast.File) string {
	var b strings.Builder
	for _, g := range f.Comments {
		if g.Pos() < f.Package {
			for _, c := range g.List {
				b.WriteString(c.Text + "\n")
			}
		}
	}
	return b.String()
}
