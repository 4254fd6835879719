package vettool

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/gcexportdata"
)

// Skipping dependencies that cannot reach a status position.
//
// Because the analyzer has facts, go vet runs its tool on every dependency
// of the packages asked for (VetxOnly units), and each run parses and
// type-checks its package from source: the first run of a new binary on
// gin is 340 such runs, of which about 26 can reach net/http. A unit is
// skipped, before parsing, when it is VetxOnly, its path is not wanted (see
// analyzer.Config.WantedPaths), no direct import's path is wanted, and
// every direct import was itself skipped. A skipped unit writes an empty
// vetx file, and only skipped units do: unitchecker always writes the
// vetx magic and the package's types.
//
// Why no finding is lost: by induction on the import graph, a skipped
// package imports no wanted package, directly or indirectly. The
// analyzer's positions all come from objects of wanted packages that the
// package's type graph reaches (a subset of its import closure), or from
// facts in its direct imports' vetx files, which are empty. So its
// analysis would find no position, report nothing (go vet discards a
// VetxOnly unit's diagnostics anyway) and export no fact: an empty fact
// set is what unitchecker's facts decoder reads from an empty file. Units
// the user asked for (not VetxOnly) are always analysed, so everything
// they report, such as a malformed //statuslint:ignore, still is.
//
// unitchecker also reads a package's types from its vetx file, so a unit
// that imports a skipped package rebuilds that package's vetx from the
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
	ImportMap   map[string]string // import path in source -> package path
	PackageFile map[string]string // package path -> compiler export data
	PackageVetx map[string]string // package path -> vetx file of its unit
	VetxOnly    bool
	VetxOutput  string
	FixArchive  string
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

// skippable reports whether u can write an empty vetx file instead of
// being analysed, wanted being the paths of analyzer.Config.WantedPaths.
func (u *unit) skippable(wanted map[string]bool) bool {
	if skipUnits == "off" || !u.VetxOnly || u.VetxOutput == "" || u.FixArchive != "" {
		return false // reported on, or asked for fixes: analyse
	}
	if wanted[u.ImportPath] {
		return false // declares status positions
	}
	for _, path := range u.ImportMap {
		if wanted[path] {
			return false // imports a package that declares status positions
		}
	}
	for _, file := range u.PackageVetx {
		if !isEmpty(file) {
			return false // a dependency was analysed: it may pass on a position
		}
	}
	return true
}

// isEmpty reports whether file exists and is empty: the vetx file of a
// skipped unit.
func isEmpty(file string) bool {
	fi, err := os.Stat(file)
	return err == nil && fi.Mode().IsRegular() && fi.Size() == 0
}

// skip writes u's result: an empty vetx file, no facts.
func (u *unit) skip() error {
	return os.WriteFile(u.VetxOutput, nil, 0o666)
}

// fillSkipped writes a vetx file with types and no facts for every direct
// import of u that was skipped, from its compiler export data, and a copy
// of the unit configuration cfgFile that names them. It returns the copy's
// name, or cfgFile if no import was skipped.
func (u *unit) fillSkipped(cfgFile string) (string, error) {
	var skipped []string
	for path, file := range u.PackageVetx {
		if isEmpty(file) {
			skipped = append(skipped, path)
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
	vetx := make(map[string]string, len(u.PackageVetx))
	for path, file := range u.PackageVetx {
		vetx[path] = file
	}
	cache := openCache()
	for i, path := range skipped {
		export := u.PackageFile[path]
		key, err := cache.key(path, export)
		if err == nil {
			if file, ok := cache.get(key); ok {
				vetx[path] = file
				continue
			}
		}
		data, err := exportVetx(fset, imports, path, export)
		if err != nil {
			return "", fmt.Errorf("cannot rebuild the vetx file of %s, skipped: %v", path, err)
		}
		if file, ok := cache.put(key, data); ok {
			vetx[path] = file
			continue
		}
		file := filepath.Join(dir, fmt.Sprintf("statuslint-%d.vetx", i))
		if err := os.WriteFile(file, data, 0o666); err != nil {
			return "", err
		}
		vetx[path] = file
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
	if cfg["PackageVetx"], err = json.Marshal(vetx); err != nil {
		return "", err
	}
	if data, err = json.Marshal(cfg); err != nil {
		return "", err
	}
	out := filepath.Join(dir, "statuslint-vet.cfg")
	return out, os.WriteFile(out, data, 0o666)
}

// vetxMagic starts unitchecker's vetx files: "vetx", the length of the
// types, the length of the facts (both uint32, little-endian), the types
// in gcimporter's indexed format, then the facts.
const vetxMagic = "vetx"

// exportVetx returns the vetx file, with no facts, of the package path
// whose compiler export data is in the file export.
func exportVetx(fset *token.FileSet, imports map[string]*types.Package, path, export string) ([]byte, error) {
	if export == "" {
		return nil, fmt.Errorf("go vet gave no export data")
	}
	f, err := os.Open(export)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, err
	}
	pkg, err := gcexportdata.Read(r, fset, imports, path)
	if err != nil {
		return nil, err
	}
	var typesData bytes.Buffer
	if err := gcexportdata.Write(&typesData, fset, pkg); err != nil {
		return nil, err
	}
	// gcexportdata.Write prefixes the indexed format with its tag 'i',
	// which unitchecker's reader does not expect.
	t, ok := bytes.CutPrefix(typesData.Bytes(), []byte("i"))
	if !ok {
		return nil, fmt.Errorf("unexpected export data format %q", strings.SplitN(typesData.String(), "\n", 2)[0])
	}
	var buf bytes.Buffer
	buf.WriteString(vetxMagic)
	binary.Write(&buf, binary.LittleEndian, [2]uint32{uint32(len(t)), 0})
	buf.Write(t)
	return buf.Bytes(), nil
}

// wantedPaths returns analyzer.Config.WantedPaths for the analyzer flags
// among go vet's arguments of its tool, flags, parsed by a scratch
// analyzer's own flag set. go vet forwards the user's arguments as given:
// -funcs=x, or -funcs x. Other flags (-json, -V) are the driver's.
func wantedPaths(flags []string) (map[string]bool, error) {
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
	return cfg.WantedPaths()
}
