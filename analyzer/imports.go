package analyzer

import (
	"go/ast"
	"go/token"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// importEdit returns the minimal edit that imports path under name into
// file, leaving it gofmt-clean: into a parenthesised import declaration's
// group of the same kind (standard library or not), in sorted position,
// or as a new group; otherwise as a declaration of its own after the last
// single-line import or after the package clause.
//
// cgo's import "C" is never touched: its preamble must stay attached.
func importEdit(fset *token.FileSet, file *ast.File, name, importPath string) analysis.TextEdit {
	spec := strconv.Quote(importPath)
	if name != path.Base(importPath) {
		spec = name + " " + spec
	}
	insert := func(pos token.Pos, text string) analysis.TextEdit {
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
	}

	var lastDecl *ast.GenDecl
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			break // imports come first
		}
		lastDecl = gd
		if isCgo(gd) || !gd.Lparen.IsValid() || len(gd.Specs) == 0 {
			continue
		}
		// A parenthesised declaration: find a group of the same kind,
		// standard library or not (gofmt sorts within groups separated by
		// blank lines; goimports keeps the two kinds apart).
		std := isStd(importPath)
		for _, group := range importGroups(fset, gd.Specs) {
			if isStd(importPathOf(group[0])) != std {
				continue
			}
			for _, s := range group {
				if importPathOf(s) > importPath {
					return insert(startOf(s), spec+"\n\t")
				}
			}
			return insert(endOfLine(group[len(group)-1]), "\n\t"+spec)
		}
		// No such group: start one, the standard library first, as goimports would.
		if std {
			return insert(startOf(gd.Specs[0].(*ast.ImportSpec)), spec+"\n\n\t")
		}
		return insert(endOfLine(gd.Specs[len(gd.Specs)-1].(*ast.ImportSpec)), "\n\n\t"+spec)
	}
	if lastDecl != nil {
		return insert(lastDecl.End(), "\nimport "+spec)
	}
	// No imports at all: a declaration after the package clause's line.
	tf := fset.File(file.Package)
	line := tf.PositionFor(file.Name.End(), false).Line
	if line < tf.LineCount() {
		return insert(tf.LineStart(line+1), "\nimport "+spec+"\n")
	}
	return insert(file.Name.End(), "\n\nimport "+spec+"\n")
}

// importGroups splits specs into runs without blank lines between them.
func importGroups(fset *token.FileSet, specs []ast.Spec) [][]*ast.ImportSpec {
	var groups [][]*ast.ImportSpec
	prevLine := -1
	for _, s := range specs {
		is := s.(*ast.ImportSpec)
		first := fset.PositionFor(startOf(is), false).Line
		if prevLine < 0 || first > prevLine+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
		prevLine = fset.PositionFor(endOfLine(is), false).Line
	}
	return groups
}

// startOf returns the start of spec including its doc comment.
func startOf(spec *ast.ImportSpec) token.Pos {
	if spec.Doc != nil {
		return spec.Doc.Pos()
	}
	return spec.Pos()
}

// endOfLine returns the end of spec including its line comment.
func endOfLine(spec *ast.ImportSpec) token.Pos {
	if spec.Comment != nil {
		return spec.Comment.End()
	}
	return spec.End()
}

func importPathOf(spec *ast.ImportSpec) string {
	p, _ := strconv.Unquote(spec.Path.Value)
	return p
}

// isStd reports whether path looks like a standard library path: no dot
// in its first element, as goimports decides.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// isCgo reports whether decl imports "C".
func isCgo(decl *ast.GenDecl) bool {
	for _, s := range decl.Specs {
		if importPathOf(s.(*ast.ImportSpec)) == "C" {
			return true
		}
	}
	return false
}
