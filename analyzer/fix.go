package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/statuslint/statuslint/status"
	"golang.org/x/tools/go/analysis"
)

// statusPath is the import path of our own constants.
const statusPath = "github.com/statuslint/statuslint/status"

// A target is a package whose constants a fix writes.
type target struct {
	path  string
	names [2]string // names to import it under, in order of preference
}

var (
	netHTTP     = &target{path: "net/http", names: [2]string{"http", "nethttp"}}
	ourConstant = &target{path: statusPath, names: [2]string{"status", "httpstatus"}}
)

// constant returns the name of code's constant in t, or "".
func (t *target) constant(e status.Entry) string {
	if t == netHTTP {
		return e.HTTPName
	}
	return e.Name
}

// fileFixer spells constants in one file. It decides the qualifier once
// for the whole file, so that every fix in the file carries a byte-identical
// import edit: the driver merges identical edits, but would apply two
// different insertions at one offset twice.
type fileFixer struct {
	pass   *analysis.Pass
	file   *ast.File
	target *target

	existing *types.PkgName // the file's own import of target, if usable
	self     bool           // the file is in the target package: constants are unqualified
	newName  string         // name for a new import, "" if no name is free everywhere needed
	edit     *analysis.TextEdit
}

// spelling is how one finding's constant is written.
type spelling struct {
	text      string // such as "http.StatusNotFound"
	addImport bool   // the fix must add the import
}

// newFileFixer prepares the fixes of one file's findings, choosing the
// target package by mode and the qualifier by what every finding's
// scope allows.
func newFileFixer(pass *analysis.Pass, file *ast.File, mode Constants) *fileFixer {
	fx := &fileFixer{pass: pass, file: file, target: netHTTP}
	if mode == ConstantsStatus || mode == ConstantsAuto && fx.imports(statusPath) != nil {
		fx.target = ourConstant
	}
	fx.existing = fx.imports(fx.target.path)
	// Within net/http itself (or our status package) the constants are
	// the package's own: importing it would be an import cycle.
	fx.self = pass.Pkg.Path() == fx.target.path
	return fx
}

// imports returns the file's non-blank import of path, or nil.
func (fx *fileFixer) imports(path string) *types.PkgName {
	for _, spec := range fx.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path {
			continue
		}
		if pn := fx.pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() != "_" {
			return pn
		}
	}
	return nil
}

// plan decides the name of a new import for a file that lacks one: the
// first candidate free at every position that needs it.
func (fx *fileFixer) plan(findings []finding) {
	if fx.self {
		return // a package cannot import itself
	}
	if fx.existing != nil {
		// Where the file's own import is shadowed, a second import of the
		// same package would compile but is itself a lint (staticcheck
		// ST1019): report those literals without a fix.
		return
	}
	var needed []token.Pos
	for _, f := range findings {
		for _, name := range fx.namesOf(f) {
			if _, ok := fx.existingSpelling(name, f.lit.Pos()); !ok {
				needed = append(needed, f.lit.Pos())
			}
		}
	}
	if len(needed) == 0 {
		return
	}
candidates:
	for _, name := range fx.target.names {
		for _, pos := range needed {
			if _, obj := fx.scope(pos).LookupParent(name, pos); obj != nil {
				continue candidates // taken here: a local variable, another import, a declaration
			}
		}
		fx.newName = name
		return
	}
}

// constantOf returns the name of f's constant in the target package, or "".
func (fx *fileFixer) constantOf(f finding) string {
	e, ok := status.Lookup(int(f.code))
	if !ok {
		return ""
	}
	return fx.target.constant(e)
}

// namesOf returns the names of the target package that f's fix writes.
func (fx *fileFixer) namesOf(f finding) []string {
	if f.rng != nil && f.rng.class != 0 {
		return fx.rangeNames(f.rng) // a class check's helper or bounds
	}
	if name := fx.constantOf(f); name != "" {
		return []string{name}
	}
	return nil
}

// spell returns how f's constant is written at its position, or false if
// no spelling is safe there.
func (fx *fileFixer) spell(f finding) (spelling, bool) {
	name := fx.constantOf(f)
	if name == "" {
		return spelling{}, false
	}
	return fx.spellName(name, f.lit.Pos())
}

// spellName returns how the target package's member name is written at
// pos, or false if no spelling is safe there. Every name a fix writes is
// spelled here, so that one file's fixes agree on the import.
func (fx *fileFixer) spellName(name string, pos token.Pos) (spelling, bool) {
	if text, ok := fx.existingSpelling(name, pos); ok {
		return spelling{text: text}, true
	}
	if fx.newName == "" {
		return spelling{}, false
	}
	return spelling{text: fx.newName + "." + name, addImport: true}, true
}

// existingSpelling spells name through the file's own import, if that
// import's name means the same package at pos.
func (fx *fileFixer) existingSpelling(name string, pos token.Pos) (string, bool) {
	if fx.self {
		// The package's own constant, unless a local declaration shadows it.
		_, obj := fx.scope(pos).LookupParent(name, pos)
		if c, ok := obj.(*types.Const); ok && c.Parent() == fx.pass.Pkg.Scope() {
			return name, true
		}
		return "", false
	}
	if fx.existing == nil {
		return "", false
	}
	scope := fx.scope(pos)
	if fx.existing.Name() == "." {
		// Dot import: the constant itself must not be shadowed.
		_, obj := scope.LookupParent(name, pos)
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == fx.target.path {
			return name, true
		}
		return "", false
	}
	if _, obj := scope.LookupParent(fx.existing.Name(), pos); obj != fx.existing {
		return "", false // shadowed here
	}
	return fx.existing.Name() + "." + name, true
}

// scope returns the innermost scope at pos.
func (fx *fileFixer) scope(pos token.Pos) *types.Scope {
	fileScope := fx.pass.TypesInfo.Scopes[fx.file]
	if s := fileScope.Innermost(pos); s != nil {
		return s
	}
	return fileScope
}

// fix returns the suggested fix for f, or nil.
func (fx *fileFixer) fix(f finding, sp spelling) []analysis.SuggestedFix {
	edits := []analysis.TextEdit{{Pos: f.lit.Pos(), End: f.lit.End(), NewText: []byte(sp.text)}}
	return []analysis.SuggestedFix{{
		Message:   "Replace " + f.lit.Value + " with " + sp.text,
		TextEdits: append(edits, fx.importEdits(sp)...),
	}}
}

// importEdits returns the import edit that sp needs, if any: the same
// edit for every fix of the file.
func (fx *fileFixer) importEdits(sp spelling) []analysis.TextEdit {
	if !sp.addImport {
		return nil
	}
	if fx.edit == nil {
		edit := importEdit(fx.pass.Fset, fx.file, fx.newName, fx.target.path)
		fx.edit = &edit
	}
	return []analysis.TextEdit{*fx.edit}
}

// defaultSpelling names f's constant for a message when no fix is safe.
func (fx *fileFixer) defaultSpelling(f finding) string {
	e, _ := status.Lookup(int(f.code))
	if name := fx.target.constant(e); name != "" {
		return fx.target.names[0] + "." + name
	}
	return ourConstant.names[0] + "." + e.Name
}
