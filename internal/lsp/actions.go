package lsp

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// fixAllKind is the kind of the action that applies every fix in a file,
// a sub-kind of source.fixAll so that editors' "fix all on save" settings
// can select statuslint's alone.
const fixAllKind protocol.CodeActionKind = "source.fixAll.statuslint"

// codeActionKinds are the kinds of the actions CodeAction offers.
var codeActionKinds = []protocol.CodeActionKind{
	protocol.CodeActionKindQuickFix,
	protocol.CodeActionKindSourceFixAll,
	fixAllKind,
}

// CodeAction offers, for the current content of the document only, one
// preferred quick fix per diagnostic in the range and one action that
// applies every fix in the file.
func (s *server) CodeAction(ctx context.Context, params *protocol.CodeActionParams) ([]protocol.CommandOrCodeAction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[params.TextDocument.URI]
	if doc == nil || !doc.analysed {
		return nil, nil // not analysed since the last edit: no fix is known to apply
	}
	m := newMapper(doc.content)
	only := params.Context.Only
	var actions []protocol.CommandOrCodeAction

	if wants(only, protocol.CodeActionKindQuickFix) {
		start, ok1 := m.offset(params.Range.Start)
		end, ok2 := m.offset(params.Range.End)
		for _, f := range doc.findings {
			if len(f.fixes) == 0 {
				continue // no safe fix, such as for code 499
			}
			diag := diagnostic(m, f)
			inRange := ok1 && ok2 && f.start <= end && start <= f.end
			if !inRange && !slices.ContainsFunc(params.Context.Diagnostics, func(d protocol.Diagnostic) bool {
				return d.Range == diag.Range && d.Message == diag.Message
			}) {
				continue // neither in the range nor one of the client's diagnostics
			}
			fix := f.fixes[0]
			actions = append(actions, &protocol.CodeAction{
				Title:       fix.message,
				Kind:        ptr(protocol.CodeActionKindQuickFix),
				Diagnostics: []protocol.Diagnostic{diag},
				IsPreferred: ptr(true),
				Edit:        workspaceEdit(doc.uri, m, fix.edits),
			})
		}
	}

	if wants(only, fixAllKind) {
		var fixes []vetFix
		for _, f := range doc.findings {
			if len(f.fixes) > 0 {
				fixes = append(fixes, f.fixes[0])
			}
		}
		if edits := mergeFixes(fixes); len(edits) > 0 {
			actions = append(actions, &protocol.CodeAction{
				Title: "Replace every bare HTTP status code in the file",
				Kind:  ptr(fixAllKind),
				Edit:  workspaceEdit(doc.uri, m, edits),
			})
		}
	}
	return actions, nil
}

// wants reports whether an action of kind is wanted by a request for only
// those kinds: kinds are hierarchical, so "source" asks for
// "source.fixAll.statuslint" too. No kinds means every kind.
func wants(only []protocol.CodeActionKind, kind protocol.CodeActionKind) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == kind || strings.HasPrefix(string(kind), string(k)+".") {
			return true
		}
	}
	return false
}

// mergeFixes combines fixes into one set of non-overlapping edits. Every
// fix in a file that adds an import carries a byte-identical import edit
// (the analyzer makes it so); those merge into one. A fix whose edits
// conflict with an earlier fix is left out whole, to be offered again on
// the next analysis.
func mergeFixes(fixes []vetFix) []vetEdit {
	var merged []vetEdit
	for _, fix := range fixes {
		var add []vetEdit
		ok := true
		for _, e := range fix.edits {
			if slices.Contains(merged, e) || slices.Contains(add, e) {
				continue // the same edit, from another fix
			}
			if slices.ContainsFunc(merged, e.conflicts) || slices.ContainsFunc(add, e.conflicts) {
				ok = false
				break
			}
			add = append(add, e)
		}
		if ok {
			merged = append(merged, add...)
		}
	}
	slices.SortFunc(merged, func(a, b vetEdit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
	})
	return merged
}

// conflicts reports whether applying both e and other is ambiguous: their
// spans overlap, or both insert at the same offset (in an order no one
// chose).
func (e vetEdit) conflicts(other vetEdit) bool {
	if e.start == e.end && other.start == other.end {
		return e.start == other.start
	}
	// An insertion conflicts with a replacement only strictly inside it.
	return e.start < other.end && other.start < e.end
}

// workspaceEdit returns edits, which must not overlap, as an edit of one
// document.
func workspaceEdit(u uri.URI, m *mapper, edits []vetEdit) *protocol.WorkspaceEdit {
	textEdits := make([]protocol.TextEdit, 0, len(edits))
	for _, e := range edits {
		textEdits = append(textEdits, protocol.TextEdit{Range: m.rangeOf(e.start, e.end), NewText: e.newText})
	}
	return &protocol.WorkspaceEdit{Changes: map[uri.URI][]protocol.TextEdit{u: textEdits}}
}
