package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignoreDirective is the comment that suppresses a report on its own line
// or the line below, for users outside golangci-lint (whose //nolint works
// too). Like staticcheck's //lint:ignore it requires a reason.
const ignoreDirective = "//statuslint:ignore"

// ignoreDirectives holds the lines of a file's ignore comments.
type ignoreDirectives map[int]bool

// ignoresOf finds the ignore comments of file, and returns the reports of
// those without a reason, which suppress nothing, in source order.
func ignoresOf(pass *analysis.Pass, file *ast.File) (ignoreDirectives, []analysis.Diagnostic) {
	var (
		lines ignoreDirectives
		lone  []analysis.Diagnostic
	)
	for _, group := range file.Comments {
		for _, c := range group.List {
			rest, ok := strings.CutPrefix(c.Text, ignoreDirective)
			if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
				continue // not our directive
			}
			if strings.TrimSpace(rest) == "" {
				lone = append(lone, analysis.Diagnostic{
					Pos:      c.Pos(),
					End:      c.End(),
					Category: categoryIgnore,
					Message:  "statuslint:ignore needs a reason, as in //statuslint:ignore legacy clients expect 299",
				})
				continue
			}
			if lines == nil {
				lines = make(ignoreDirectives)
			}
			lines[pass.Fset.PositionFor(c.Pos(), false).Line] = true
		}
	}
	return lines, lone
}

// covers reports whether an ignore comment stands on pos's line or the line above.
func (d ignoreDirectives) covers(fset *token.FileSet, pos token.Pos) bool {
	if d == nil {
		return false
	}
	line := fset.PositionFor(pos, false).Line
	return d[line] || d[line-1]
}
