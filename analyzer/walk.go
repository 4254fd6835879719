package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// A finding is one integer literal in a status position.
type finding struct {
	lit   *ast.BasicLit // the literal itself: the fix replaces exactly its span
	expr  ast.Expr      // the literal as written, perhaps negated or parenthesised
	code  int64         // -1 if out of int64's range
	value string        // the value in decimal, for messages
	use   use           // how the position uses the code, which decides what is reported

	// related is where a literal stored in or compared with a slot is
	// sent, stored or compared as a status code, or read from a status
	// value; relatedMessage says which. token.NoPos for a literal in a
	// status position.
	related        token.Pos
	relatedMessage string
	rng            *rangeCheck // a range or class check (ranges.go), or nil
}

// use is how a status position uses its code.
type use uint8

const (
	sent     use = iota // passed to an API that sends it: net/http panics outside 100-999
	stored              // written to a status field: no panic, but the code should have a name
	compared            // compared with a status value: 0 or -1 mean "unset", three digits must have a name
	queried             // looked up, as in http.StatusText(code): only registered codes matter
)

func (u use) String() string {
	switch u {
	case sent:
		return "sent"
	case stored:
		return "stored"
	case compared:
		return "compared"
	}
	return "queried"
}

// fileResult is what the walk found in one file.
type fileResult struct {
	file     *ast.File
	findings []finding
	// calls are the calls with literal arguments, whose status positions
	// are known only once the package's own wrappers are (see checkCalls).
	calls []pendingCall
	// viaSlots is set once findings through slots are added, after the walk.
	viaSlots bool
	ranges   rangeSites // range and class checks, judged after the walk (ranges.go)
}

type pendingCall struct {
	call *ast.CallExpr
	fn   *types.Func
}

// walker finds the literals in status positions of one package, file by
// file, and records the flows of integers between its slots (see
// flowGraph), which are judged once the whole package is walked.
type walker struct {
	pass   *analysis.Pass
	pos    *positions
	g      *flowGraph
	follow bool        // follow codes through slots; if false, only through parameters (wrappers)
	cur    *fileResult // the file being walked

	// params are the integer parameters of the package's function
	// declarations, the only slots followed without -follow.
	params map[*types.Var]bool
	// changes are the places changed other than by a store (see change).
	changes []ast.Expr
	// names are the names of the package's slots and status values (see
	// collectNames and operand).
	names map[string]bool
	// lits are the stand-in objects of func literals, which have none:
	// their parameters and results are slots like a function's.
	lits map[*ast.FuncLit]types.Object
	// holds are the slots that hold a status value, once solved (ranges.go).
	holds map[slot]token.Pos
}

var walkTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.CallExpr)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.IncDecStmt)(nil),
	(*ast.UnaryExpr)(nil),
	(*ast.RangeStmt)(nil),
}

// walk walks every file that is not generated, in order, and returns what
// it found in each.
func (w *walker) walk(insp *inspector.Inspector) []*fileResult {
	var results []*fileResult
	for cur := range insp.Root().Children() {
		file := cur.Node().(*ast.File)
		if ast.IsGenerated(file) {
			continue // generated files are not ours to fix
		}
		w.cur = &fileResult{file: file}
		cur.Inspect(walkTypes, w.visit)
		results = append(results, w.cur)
	}
	return results
}

func (w *walker) visit(cur inspector.Cursor) bool {
	info := w.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.FuncDecl:
		if fn, ok := info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
			w.enterFunc(fn, n.Type)
		}
	case *ast.FuncLit:
		if !w.follow {
			break // a func literal's parameters are followed as slots only
		}
		if !mayHaveInteger(n.Type.Params) && (n.Type.Results == nil || !mayHaveInteger(n.Type.Results)) {
			break // no named parameter or result may be an integer: nothing for enterFunc to link
		}
		if sig, ok := w.pass.TypesInfo.TypeOf(n).(*types.Signature); !ok || !namedInteger(sig) {
			break // a handler's (w, r), say: no stand-in needed
		}
		if obj := w.funcLitObject(n); obj != nil {
			w.enterFunc(obj, n.Type)
		}
	case *ast.CallExpr:
		w.call(cur, n)
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			w.comparison(n.X, n.Y, n.OpPos)
		}
		w.rangeSite(cur, n) // ordering comparisons and class checks
	case *ast.SwitchStmt:
		if n.Tag != nil {
			w.switchStmt(n)
		}
	case *ast.AssignStmt:
		w.assign(n)
	case *ast.ValueSpec:
		if w.follow {
			w.valueSpec(n)
		}
	case *ast.CompositeLit:
		w.compositeLit(n)
	case *ast.ReturnStmt:
		if w.follow {
			w.returnStmt(cur, n)
		}
	case *ast.IncDecStmt:
		w.change(n.X)
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			w.change(n.X) // its address escapes: it may change anywhere
		}
	case *ast.RangeStmt:
		w.rangeStmt(n)
	}
	return true
}

// call handles a call expression: literal arguments are kept for checking
// once the package's own wrappers are known; other arguments flow into the
// callee's parameters.
func (w *walker) call(cur inspector.Cursor, call *ast.CallExpr) {
	if !w.anyArgument(call.Args) {
		return // nothing to report or to record, whatever the callee
	}
	info := w.pass.TypesInfo
	fn := callee(info, call)
	if fn == nil {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			if w.follow && len(call.Args) == 1 {
				w.bindFunc(call.Args[0], tv.Type, nil) // appHandler(f): f's results are appHandler's
			}
			return // a conversion
		}
		if indexes := w.pos.funcVarArgs(info, call); indexes != nil {
			w.funcVarCall(call, indexes)
		} else if w.follow {
			w.callValue(call)
		}
		return // a builtin or a call of a function value
	}
	if pair, ok := w.pos.compare[fn]; ok {
		w.comparePair(call, pair)
		return
	}
	if w.pos.isChainLink(fn) {
		// Both links of Expect(x).To(Equal(y)) are visited: the link whose
		// compared value is a literal handles the chain, or the matcher if
		// neither is, so that it is handled once.
		if own, other, op, ok := w.pos.chain(info, cur, call, fn); ok {
			_, isMatcher := w.pos.matchers[fn]
			if literalOf(own) != nil || literalOf(other) == nil && isMatcher {
				w.compareOp(own, other, op, call.Lparen)
			}
		}
		return // an assertion or a matcher: no argument of its own is a status
	}
	local := fn.Pkg() == w.pass.Pkg // its parameters are slots of this package
	sig := fn.Signature()
	hasLiteral := false
	var known []int // the status arguments the table and the imported facts tell
	u, resolved := sent, false
	for i, a := range call.Args {
		if literalOf(a) != nil {
			hasLiteral = true
			continue
		}
		if !w.operand(a) {
			continue // not a slot, whatever the parameter
		}
		t, v := paramAt(sig, i)
		if t != nil && !isInteger(t) {
			w.bindFunc(a, t, v) // a function passed where a func type is taken
			continue
		}
		if !resolved {
			resolved = true
			if w.pos.isWriteHeader(info, call, fn) {
				known = writeHeaderArg
			} else if known = w.pos.argIndexes(info, call, fn); known != nil {
				u = w.pos.callUse(fn)
			}
		}
		isKnown := slices.Contains(known, i)
		if !isKnown && (!local || t == nil) {
			continue // not a status position, nor a slot of this package
		}
		s, ok := w.read(a)
		if !ok {
			continue
		}
		if isKnown {
			w.becomes(s, reason{u, call.Lparen})
		} else {
			w.g.edge(s, slot{fn, paramSlot, i})
		}
	}
	if hasLiteral {
		w.cur.calls = append(w.cur.calls, pendingCall{call, fn})
	}
}

// callValue handles a call through a func value: a variable or field of
// func type, a value of a named func type, a func literal called at once.
// Its arguments flow into the value's parameters, literals included: no
// wrapper fact can describe them, so they are judged as slot stores.
func (w *walker) callValue(call *ast.CallExpr) {
	obj, sig := w.calleeSlots(call)
	if obj == nil || call.Ellipsis.IsValid() {
		return
	}
	for i, a := range call.Args {
		t, v := paramAt(sig, i)
		if t == nil {
			continue
		}
		if isSlotInteger(t) {
			w.flowInto(a, dest{s: slot{obj, paramSlot, i}, ok: true, typ: t}, true)
		} else {
			w.bindFunc(a, t, v)
		}
	}
}

// funcVarCall handles a call through a package-level variable such as
// huma.NewError: no wrapper can change what it takes, so its literals are
// findings at once. The code is stored in the error it builds, not sent:
// huma itself calls NewError(0, "") for an example of its schema.
func (w *walker) funcVarCall(call *ast.CallExpr, indexes []int) {
	if call.Ellipsis.IsValid() {
		return // arguments spread from a slice
	}
	for _, i := range indexes {
		if i >= len(call.Args) {
			continue
		}
		w.statusOperand(call.Args[i], stored, call.Lparen)
	}
}

// comparePair handles an assertion such as assert.Equal(t, 200, rec.Code)
// or assert.GreaterOrEqual(t, rec.Code, 500).
func (w *walker) comparePair(call *ast.CallExpr, pair compareParams) {
	x, y := pair.args[0], pair.args[1]
	if call.Ellipsis.IsValid() || x >= len(call.Args) || y >= len(call.Args) {
		return // arguments spread from a slice
	}
	w.compareOp(call.Args[x], call.Args[y], pair.op, call.Lparen)
}

// comparison handles x == y, x != y and assertions alike. A literal on one
// side is a status code when the other side is a status value, or reads a
// slot that holds one (known once the flows are solved); a slot compared
// with a status value becomes one.
func (w *walker) comparison(x, y ast.Expr, at token.Pos) {
	if !w.operand(x) || !w.operand(y) {
		// A literal, a status value or a slot compared with something no
		// name of a slot or status value reaches: nothing to report, no
		// seed (see operand).
		return
	}
	info := w.pass.TypesInfo
	xs, xok := w.read(x)
	ys, yok := w.read(y)
	for _, side := range [2]struct {
		e     ast.Expr
		other ast.Expr
		s     slot
		ok    bool
	}{{x, y, ys, yok}, {y, x, xs, xok}} {
		if w.pos.isStatusValue(info, side.other) {
			w.statusOperand(side.e, compared, at)
			continue
		}
		if !side.ok || !w.follow {
			continue // not compared with a status value, nor with a slot
		}
		if literalOf(side.e) != nil {
			w.g.compares = append(w.g.compares, slotCompare{w.cur, side.e, side.s})
		}
	}
	if xok && yok && w.follow {
		w.g.pairs = append(w.g.pairs, slotPair{xs, ys, at})
	}
}

// switchStmt handles a switch on a status value or on a slot: its cases
// are compared with it.
func (w *walker) switchStmt(n *ast.SwitchStmt) {
	if !w.operand(n.Tag) {
		return // not a status value, nor a slot
	}
	if !w.pos.isStatusValue(w.pass.TypesInfo, n.Tag) {
		if _, ok := w.read(n.Tag); !ok || !w.follow {
			return // not a switch on a status value
		}
	}
	for _, stmt := range n.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			w.comparison(n.Tag, e, e.Pos())
		}
	}
}

// statusOperand handles an expression in a status position that is not a
// call argument: a literal is a finding; a slot becomes a status.
func (w *walker) statusOperand(e ast.Expr, u use, at token.Pos) {
	if s, ok := w.read(e); ok {
		w.becomes(s, reason{u, at})
		return
	}
	w.literal(e, u)
}

// becomes records that slot s reaches a status position, unless s is a
// status field of the table, which is a position itself: resp.StatusCode
// passed to http.StatusText says nothing new about the field.
func (w *walker) becomes(s slot, r reason) {
	if v, ok := s.obj.(*types.Var); ok && s.kind == valueSlot && w.pos.fields[v] {
		return
	}
	w.g.becomeSeeds = append(w.g.becomeSeeds, becomeSeed{s, r})
}

// literal records a finding if e is an integer literal.
func (w *walker) literal(e ast.Expr, u use) {
	w.literalVia(e, u, token.NoPos, "")
}

// literalVia records a finding if e is an integer literal, reached through
// a slot: related tells where the slot's value becomes, or is read as, a
// status code (token.NoPos for a literal in the position itself).
func (w *walker) literalVia(e ast.Expr, u use, related token.Pos, message string) {
	lit := literalOf(e)
	if lit == nil {
		return // not a literal: named constants and variables keep their meaning
	}
	tv, ok := w.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	code, exact := constant.Int64Val(tv.Value)
	if !exact {
		code = -1 // far out of range either way
	}
	w.cur.findings = append(w.cur.findings, finding{
		lit: lit, expr: e, code: code, value: tv.Value.ExactString(), use: u,
		related: related, relatedMessage: message,
	})
}

// literalOf returns the integer literal that e consists of, allowing
// parentheses and a sign, or nil.
func literalOf(e ast.Expr) *ast.BasicLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT {
		return lit
	}
	return nil
}

// anyOperand reports whether any of args may matter in a status position.
func (w *walker) anyOperand(args []ast.Expr) bool {
	for _, a := range args {
		if w.operand(a) {
			return true
		}
	}
	return false
}

// anyArgument reports whether any of a call's args may matter: an
// operand, but for a composite literal, which no parameter takes as a slot
// (collections are followed where they are stored), and a func literal
// whose signature cannot have an integer, which links no slots.
func (w *walker) anyArgument(args []ast.Expr) bool {
	for _, a := range args {
		switch a := ast.Unparen(a).(type) {
		case *ast.CompositeLit:
			continue
		case *ast.FuncLit:
			if w.follow && (mayHaveIntegerType(a.Type.Params) || mayHaveIntegerType(a.Type.Results)) {
				return true
			}
			continue
		}
		if w.operand(a) {
			return true
		}
	}
	return false
}

// operand reports whether e may matter in a status position, as far as
// its syntax and names tell: an integer literal, or an expression whose
// name is one of a slot's (see collectNames). Matching names first spares
// the type checker's maps for the vast majority of expressions, which are
// neither literals nor slots.
func (w *walker) operand(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return w.names[e.Name]
	case *ast.SelectorExpr:
		return w.names[e.Sel.Name]
	case *ast.IndexExpr:
		return w.operand(e.X)
	case *ast.IndexListExpr:
		return w.operand(e.X)
	case *ast.CallExpr:
		return w.operand(e.Fun)
	case *ast.FuncLit, *ast.CompositeLit:
		return w.follow
	default:
		return literalOf(e) != nil
	}
}

// collectNames records the names through which the package's code can
// refer to a slot or a status value: with -follow, its variables and
// fields of integer, integer collection or func type, its functions and
// methods that take or return integers or take functions, its named func
// types; the status fields and results of the table; the objects of the
// imported facts. Without -follow, only the integer parameters of its
// function declarations are slots, and enterFunc adds their names.
func (w *walker) collectNames(imported []types.Object) {
	w.names = make(map[string]bool, len(w.pass.TypesInfo.Defs)/4)
	for v := range w.pos.fields {
		w.names[v.Name()] = true
	}
	for fn := range w.pos.results {
		w.names[fn.Name()] = true
	}
	for _, obj := range imported {
		w.names[obj.Name()] = true
	}
	if !w.follow {
		return
	}
	for id, obj := range w.pass.TypesInfo.Defs {
		if id.Name == "_" {
			continue // never read: a blank name is no slot's
		}
		slot := false
		switch obj := obj.(type) {
		case *types.Var:
			u := obj.Type().Underlying()
			_, isFunc := u.(*types.Signature)
			slot = isFunc || isSlotInteger(u) || isIntCollection(u)
		case *types.Func:
			slot = slotSignature(obj.Signature())
		case *types.TypeName:
			sig, ok := obj.Type().Underlying().(*types.Signature)
			slot = ok && slotSignature(sig)
		}
		if slot {
			w.names[id.Name] = true
		}
	}
}

// slotSignature reports whether a function of signature sig has slots or
// links them: integer parameters or results, or parameters or results of
// func type, whose values' slots it binds.
func slotSignature(sig *types.Signature) bool {
	return anyParamOrResult(sig, func(v *types.Var) bool {
		u := v.Type().Underlying()
		_, isFunc := u.(*types.Signature)
		return isFunc || isSlotInteger(u)
	})
}

// checkCalls records the literal arguments of f's calls in status
// positions, now that the package's own wrappers are known, and returns
// f's findings in source order.
func (w *walker) checkCalls(f *fileResult) []finding {
	info := w.pass.TypesInfo
	w.cur = f
	for _, pc := range f.calls {
		indexes := w.pos.argIndexes(info, pc.call, pc.fn)
		if len(indexes) == 0 {
			continue // not a status position
		}
		if pc.call.Ellipsis.IsValid() {
			continue // arguments spread from a slice
		}
		u := w.pos.callUse(pc.fn)
		if u != sent && w.pos.isWriteHeader(info, pc.call, pc.fn) {
			// A ResponseWriter's WriteHeader sends, whatever the body of
			// this one does with the code: httptest's recorder only
			// stores it, yet panics on 0 as net/http does.
			u = sent
		}
		keep := keepsStatus(info, pc.call, pc.fn)
		for _, i := range indexes {
			if i >= len(pc.call.Args) {
				continue // an optional variadic status, as in fiber's c.Redirect("/")
			}
			arg := pc.call.Args[i]
			if keep && isNonPositive(info, arg) {
				continue // gin's c.JSON(-1, v): keep the current status
			}
			w.literal(arg, u)
		}
	}
	if len(f.calls) > 0 || f.viaSlots {
		// Findings from calls and slots come after the others of the file.
		slices.SortStableFunc(f.findings, func(a, b finding) int { return cmp.Compare(a.lit.Pos(), b.lit.Pos()) })
	}
	return f.findings
}

// isNonPositive reports whether e is a constant <= 0.
func isNonPositive(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) <= 0
}
