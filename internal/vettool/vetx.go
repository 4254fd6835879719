package vettool

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// vetxMagic starts unitchecker's vetx files: "vetx", the length of the
// types, the length of the facts (both uint32, little-endian), the types
// in gcimporter's indexed format, then the facts. unitchecker always
// writes types; a skipped unit writes none (see skip.go), which is how its
// importers tell it was skipped.
const vetxMagic = "vetx"

// vetx is one vetx file's two sections.
type vetx struct {
	types, facts []byte
}

// skipped reports whether v is a skipped unit's: facts without types.
func (v *vetx) skipped() bool { return len(v.types) == 0 }

func readVetx(file string) (*vetx, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, fmt.Errorf("%s: not a vetx file", file)
	}
	typesLen := uint64(binary.LittleEndian.Uint32(data[4:8]))
	factsLen := uint64(binary.LittleEndian.Uint32(data[8:12]))
	if 12+typesLen+factsLen > uint64(len(data)) {
		return nil, fmt.Errorf("%s: vetx file shorter than its header says", file)
	}
	return &vetx{types: data[12 : 12+typesLen], facts: data[12+typesLen : 12+typesLen+factsLen]}, nil
}

func (v *vetx) encode() []byte {
	var buf bytes.Buffer
	buf.Grow(12 + len(v.types) + len(v.facts))
	buf.WriteString(vetxMagic)
	binary.Write(&buf, binary.LittleEndian, [2]uint32{uint32(len(v.types)), uint32(len(v.facts))})
	buf.Write(v.types)
	buf.Write(v.facts)
	return buf.Bytes()
}

// exportTypes returns the types section of the package path whose compiler
// export data is in the file export: what unitchecker would have written.
func exportTypes(fset *token.FileSet, imports map[string]*types.Package, path, export string) ([]byte, error) {
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
	return t, nil
}
