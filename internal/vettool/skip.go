package vettool

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

// Skipping dependencies that cannot hold a status position.
//
// Because the analyzer has facts, go vet runs its tool on every dependency
// of the packages asked for (VetxOnly units), and each run parses and
// type-checks its package from source: the first run of a new binary on
// gin is 340 such runs, of which about 26 import net/http at all. A
// VetxOnly unit is skipped, before parsing, when
//
//   - its own path is not wanted (analyzer.Reach's Wanted: the packages
//     that declare positions), and
//   - its Go files refer to none of the positions it could reach: they
//     contain, as whole identifiers, none of the methods and fields that
//     analyzer.Reach.Names gives for the wanted packages of its import
//     closure, no -funcs name and no method wrapper of its direct imports'
//     vetx files; and none of the package-level functions and variables
//     of the positions and wrappers of the packages it imports itself,
//     qualified by that import (http.Error, not err.Error).
//
// A standard package is skipped on the Go release analyzer's table of the
// standard library's facts covers (analyzer.StdCovered): it writes the
// table's facts (see stdFacts).
//
// The closure is not in the unit's .cfg, which lists direct imports only:
// it travels as a package fact, reachFact, which every unit exports, and a
// unit reads from its direct imports' vetx files. The names of their
// wrappers travel in the wrapper facts themselves.
//
// Why no finding is lost. The analysis of a package P resolves positions
// only in the wanted packages of P's type graph, all of which are in P's
// import closure, and in the wrapper facts of its direct imports' vetx
// files. Every position it then matches is named in P's source by an
// identifier: a called function or method, a selected or keyed field, a
// matcher, a wrapper. A package-level function or variable can only be
// named through an import of its package, so qualified by it (or bare,
// under a dot import, which the scan treats so); a method or field may
// come through any type of the closure. So if P's files contain none
// of those names, P has no position, and so no wrapper (a wrapper's code
// reaches a position in P); go vet discards a VetxOnly unit's diagnostics.
// What P's vetx file would have carried is then only what unitchecker
// passes on from P's imports: the facts about their methods and fields
// (see reexported), which the skipped unit writes, and P's reachFact. The
// scan is conservative: names in comments and strings count too, and so
// does a comment between a package's name and its dot. Units
// the user asked for (not VetxOnly) are always analysed, so everything
// they report, such as a malformed //statuslint:ignore, still is.
//
// A skipped unit writes its facts and no types, which is how its importers
// tell; unitchecker reads a package's types from its vetx file, so a unit
// that imports a skipped package rebuilds that package's types from the
// compiler's export data, which go vet lists in PackageFile, before
// unitchecker runs: reading export data is far cheaper than parsing and
// type-checking the package again.

// skipUnits is "off" in test binaries built with
// -ldflags=-X=github.com/statuslint/statuslint/internal/vettool.skipUnits=off,
// which analyse every unit, to compare their findings with the skipping
// tool's.
var skipUnits = "on"

// unit is the part of go vet's unit configuration (the .cfg file; see
// unitchecker.Config) that the skip reads.
type unit struct {
	ImportPath  string
	Dir         string
	GoFiles     []string
	ImportMap   map[string]string // import path in source -> package path
	PackageFile map[string]string // package path -> compiler export data
	PackageVetx map[string]string // package path -> vetx file of its unit
	VetxOnly    bool
	VetxOutput  string
	FixArchive  string
	GoVersion   string // a standard package's is the go command's release
}

func readUnit(file string) (*unit, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	u := new(unit)
	if err := json.Unmarshal(data, u); err != nil {
		return nil, fmt.Errorf("cannot decode %s: %v", file, err)
	}
	return u, nil
}

// skip decides whether u can be skipped (see above) and if so writes its
// vetx file. An error means u is to be analysed, and unitchecker will say
// what was wrong if it matters.
func (u *unit) skip(r *analyzer.Reach) (bool, error) {
	if skipUnits == "off" || !u.VetxOnly || u.VetxOutput == "" || u.FixArchive != "" {
		return false, nil // reported on, or asked for fixes: analyse
	}
	for _, path := range u.ImportMap {
		if path != "unsafe" && path != "C" && u.PackageVetx[path] == "" {
			return false, nil // go vet has no result for an import: let unitchecker say why
		}
	}
	in, err := u.readImports(r)
	if err != nil {
		return false, err
	}
	facts := in.facts
	name := "" // u's package name, which its importers need if it declares positions
	if objects, std, ok := u.stdFacts(r); ok {
		// A standard package: its facts are the table's (see analyzer.StdCovered).
		if self := packagePath(u.ImportPath); r.Wanted[self] || len(std) > 0 {
			if len(u.GoFiles) == 0 {
				return false, nil
			}
			f, err := parser.ParseFile(token.NewFileSet(), u.file(u.GoFiles[0]), nil, parser.PackageClauseOnly)
			if err != nil {
				return false, err
			}
			name = f.Name.Name
			if r.Wanted[self] {
				in.closure[self] = true
			}
		}
		for i, f := range std {
			facts = append(facts, gobFact{PkgPath: u.ImportPath, Object: objects[i], Fact: f})
		}
	} else {
		if r.Wanted[packagePath(u.ImportPath)] {
			return false, nil // declares positions
		}
		r.Names(sortedKeys(in.closure), in.direct, in.refs.plain, in.refs.qualified)
		if len(in.refs.plain) > 0 || len(in.refs.qualified) > 0 {
			found, err := u.mentions(&in.refs)
			if err != nil || found {
				return false, err
			}
		}
	}
	if len(in.closure) > 0 {
		facts = append(facts, gobFact{PkgPath: u.ImportPath, Fact: &reachFact{Paths: sortedKeys(in.closure), Name: name}})
	}
	data, err := encodeFacts(facts)
	if err != nil {
		return false, err
	}
	return true, os.WriteFile(u.VetxOutput, (&vetx{facts: data}).encode(), 0o666)
}

// fromImports is what a unit's direct imports' vetx files tell the skip.
type fromImports struct {
	closure map[string]bool // wanted packages of the import closure
	direct  []string        // wanted direct imports
	refs    refs            // the names of their wrappers; the names of the packages
	facts   []gobFact       // what the unit passes on if it is skipped (see reexported)
}

// readImports reads the vetx files of u's direct imports.
func (u *unit) readImports(r *analyzer.Reach) (*fromImports, error) {
	in := &fromImports{
		closure: make(map[string]bool),
		refs: refs{
			plain:     make(map[string]bool),
			qualified: make(map[string]map[string]bool),
			pkgNames:  make(map[string]string),
		},
	}
	seen := make(map[[2]string]bool)
	for path, file := range u.PackageVetx {
		v, err := readVetx(file)
		if err != nil {
			return nil, err
		}
		facts, err := decodeFacts(v.facts)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", file, err)
		}
		p := packagePath(path)
		if r.Wanted[p] {
			in.closure[p] = true
			in.direct = append(in.direct, p)
		}
		for _, f := range facts {
			if rf, ok := f.Fact.(*reachFact); ok {
				if f.PkgPath == path && f.Object == "" {
					for _, p := range rf.Paths {
						in.closure[p] = true
					}
					in.refs.pkgNames[p] = rf.Name
				}
				continue
			}
			for i, name := range analyzer.FactNames(f.Fact) {
				if i == 0 && f.PkgPath == path && token.IsIdentifier(f.Object) {
					in.refs.qualify(p, name) // a package-level object of the import: p.Name
				} else {
					in.refs.plain[name] = true // a method or field, or a field's struct type
				}
			}
			if !reexported(f) {
				continue
			}
			key := [2]string{f.PkgPath, f.Object + "\x00" + fmt.Sprintf("%T", f.Fact)}
			if !seen[key] {
				seen[key] = true
				in.facts = append(in.facts, f)
			}
		}
	}
	return in, nil
}

// stdFacts returns the wrapper facts of u's package from analyzer's table
// of the standard library, if u is a standard package of the release the
// table covers (analyzer.StdCovered): not a test variant, whose test files
// may declare more, and in the GOROOT of the go command that runs the vet
// tool, which sets $GOROOT for it.
func (u *unit) stdFacts(r *analyzer.Reach) ([]string, []analysis.Fact, bool) {
	goroot := os.Getenv("GOROOT")
	if goroot == "" || strings.Contains(u.ImportPath, " [") {
		return nil, nil, false
	}
	if u.GoVersion != analyzer.StdCovered && !strings.HasPrefix(u.GoVersion, analyzer.StdCovered+".") {
		return nil, nil, false
	}
	if filepath.Clean(u.Dir) != filepath.Join(goroot, "src", filepath.FromSlash(u.ImportPath)) {
		return nil, nil, false
	}
	return r.StdFacts(u.ImportPath)
}

// refs are the identifiers whose presence in a package's source means it
// may hold a status position (see skip).
type refs struct {
	plain     map[string]bool            // count anywhere
	qualified map[string]map[string]bool // package path -> names it declares, which count as pkg.Name only
	pkgNames  map[string]string          // package path -> its name, from its reachFact ("" if unknown)
}

func (r *refs) qualify(path, name string) {
	if r.qualified[path] == nil {
		r.qualified[path] = make(map[string]bool)
	}
	r.qualified[path][name] = true
}

// file returns the name of u's Go file name.
func (u *unit) file(name string) string {
	if !filepath.IsAbs(name) {
		return filepath.Join(u.Dir, name)
	}
	return name
}

// mentions reports whether one of u's Go files refers to one of refs:
// contains one of its plain names as a whole identifier, or one of its
// qualified names after its package's name in the file, by the import's
// own name or the package's, and a dot. Comments and strings count too;
// so does whatever the scan cannot tell apart.
func (u *unit) mentions(refs *refs) (bool, error) {
	fset := token.NewFileSet()
	for _, name := range u.GoFiles {
		file := u.file(name)
		src, err := os.ReadFile(file)
		if err != nil {
			return false, err
		}
		for name := range refs.plain {
			if containsIdent(src, name) {
				return true, nil
			}
		}
		if len(refs.qualified) == 0 {
			continue
		}
		f, err := parser.ParseFile(fset, file, src, parser.ImportsOnly)
		if err != nil {
			return false, err // unitchecker will say what is wrong
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				return false, err
			}
			if p, ok := u.ImportMap[path]; ok {
				path = p
			}
			names := refs.qualified[packagePath(path)]
			local := refs.pkgNames[packagePath(path)]
			if spec.Name != nil {
				local = spec.Name.Name
			}
			for name := range names {
				switch local {
				case "_":
				case "", ".": // a dot import, or a package whose name is unknown
					if containsIdent(src, name) {
						return true, nil
					}
				default:
					if containsQualified(src, local, name) {
						return true, nil
					}
				}
			}
		}
	}
	return false, nil
}

// containsQualified reports whether src contains the identifier name
// after the identifier pkg and a dot, as in http.Error, or might: a
// comment between them counts as a match.
func containsQualified(src []byte, pkg, name string) bool {
	for start := range identsAt(src, name) {
		dot := lastNonSpace(src, start)
		if dot < 0 {
			continue
		}
		if inComment(src, dot) {
			return true
		}
		if src[dot] != '.' {
			continue
		}
		last := lastNonSpace(src, dot)
		if last < 0 {
			continue
		}
		if inComment(src, last) {
			return true
		}
		first := last
		for first > 0 && isIdentByte(src[first-1]) {
			first--
		}
		if string(src[first:last+1]) == pkg {
			return true
		}
	}
	return false
}

// lastNonSpace returns the index of the last byte before i in src that is
// not white space, or -1.
func lastNonSpace(src []byte, i int) int {
	for i--; i >= 0; i-- {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return i
		}
	}
	return -1
}

// inComment reports whether src[i] may be inside or at the end of a
// comment: it ends "*/", or its line has "//" before it.
func inComment(src []byte, i int) bool {
	if src[i] == '/' && i > 0 && src[i-1] == '*' {
		return true
	}
	line := bytes.LastIndexByte(src[:i], '\n') + 1
	return bytes.Contains(src[line:i+1], []byte("//"))
}

// containsIdent reports whether src contains name as a whole identifier
// (see identsAt).
func containsIdent(src []byte, name string) bool {
	for range identsAt(src, name) {
		return true
	}
	return false
}

// identsAt yields the offsets in src of name with no identifier character
// next to it. Every byte from 0x80 up counts as one: outside comments and
// strings, Go source has non-ASCII characters only in identifiers, so
// "éCode" is not the identifier Code.
func identsAt(src []byte, name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i+len(name) <= len(src); {
			j := bytes.Index(src[i:], []byte(name))
			if j < 0 {
				return
			}
			start, end := i+j, i+j+len(name)
			i = start + 1
			if (start == 0 || !isIdentByte(src[start-1])) && (end == len(src) || !isIdentByte(src[end])) && !yield(start) {
				return
			}
		}
	}
}

func isIdentByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

// fillSkipped gives every direct import of u that was skipped a vetx file
// with its types, rebuilt from its compiler export data, and the facts it
// wrote, and writes a copy of the unit configuration cfgFile that names
// them. It returns the copy's name, or cfgFile if no import was skipped.
func (u *unit) fillSkipped(cfgFile string) (string, error) {
	skipped := make(map[string]*vetx)
	for path, file := range u.PackageVetx {
		if v, err := readVetx(file); err == nil && v.skipped() {
			skipped[path] = v
		}
	}
	if len(skipped) == 0 {
		return cfgFile, nil
	}
	dir := filepath.Dir(u.VetxOutput)
	if u.VetxOutput == "" {
		dir = filepath.Dir(cfgFile)
	}
	fset := token.NewFileSet()
	imports := make(map[string]*types.Package)
	files := make(map[string]string, len(u.PackageVetx))
	for path, file := range u.PackageVetx {
		files[path] = file
	}
	cache := openCache()
	i := 0
	for path, v := range skipped {
		export := u.PackageFile[path]
		typesKey, err := cache.key(path, export)
		if err != nil {
			typesKey = ""
		}
		// The whole file, types and the facts the skipped unit wrote, is
		// cached too: most skipped packages pass facts on, and every
		// analysed unit that imports one would write the same file again.
		key := cache.withFacts(typesKey, v.facts)
		if file, ok := cache.get(key); ok {
			files[path] = file
			continue
		}
		var t []byte
		if key != typesKey {
			if file, ok := cache.get(typesKey); ok {
				if c, err := readVetx(file); err == nil {
					t = c.types
				}
			}
		}
		if t == nil {
			if t, err = exportTypes(fset, imports, path, export); err != nil {
				return "", fmt.Errorf("cannot rebuild the vetx file of %s, skipped: %v", path, err)
			}
			if key != typesKey {
				cache.put(typesKey, (&vetx{types: t}).encode())
			}
		}
		data := (&vetx{types: t, facts: v.facts}).encode()
		if file, ok := cache.put(key, data); ok {
			files[path] = file
			continue
		}
		i++
		file := filepath.Join(dir, fmt.Sprintf("statuslint-%d.vetx", i))
		if err := os.WriteFile(file, data, 0o666); err != nil {
			return "", err
		}
		files[path] = file
	}

	// Rewrite only PackageVetx: the other fields go to unitchecker as go vet wrote them.
	var cfg map[string]json.RawMessage
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return "", err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return "", err
	}
	if cfg["PackageVetx"], err = json.Marshal(files); err != nil {
		return "", err
	}
	if data, err = json.Marshal(cfg); err != nil {
		return "", err
	}
	out := filepath.Join(dir, "statuslint-vet.cfg")
	return out, os.WriteFile(out, data, 0o666)
}

// reachOf returns analyzer.Reach for the analyzer flags among go vet's
// arguments of its tool, flags, parsed by a scratch analyzer's own flag
// set. go vet forwards the user's arguments as given: -funcs=x, or -funcs
// x. Other flags (-json, -V) are the driver's.
func reachOf(flags []string) (*analyzer.Reach, error) {
	scratch := analyzer.New()
	for i := 0; i < len(flags); i++ {
		if !strings.HasPrefix(flags[i], "-") {
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(flags[i], "-"), "=")
		f := scratch.Flags.Lookup(name)
		if f == nil {
			continue // a driver flag
		}
		if !hasValue {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				value = "true"
			} else if i+1 < len(flags) {
				i++
				value = flags[i]
			}
		}
		if err := scratch.Flags.Set(name, value); err != nil {
			return nil, fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	cfg := analyzer.DefaultConfig()
	if funcs := scratch.Flags.Lookup(analyzer.FlagFuncs).Value.String(); funcs != "" {
		cfg.Funcs = strings.Split(funcs, ",")
	}
	return cfg.Reach()
}
