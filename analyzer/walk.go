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
	rng   *rangeCheck   // a range or class check (ranges.go), or nil
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
	calls  []pendingCall
	ranges rangeSites // range and class checks, judged after the walk (ranges.go)
}

type pendingCall struct {
	call *ast.CallExpr
	fn   *types.Func
}

// walker finds the literals in status positions of one package, file by
// file, and hands the parameters it meets to the wrapper search.
type walker struct {
	pass  *analysis.Pass
	pos   *positions
	flows *flowCollector
	cur   *fileResult // the file being walked
}

var walkTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.CallExpr)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.KeyValueExpr)(nil),
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
		w.flows.enterFile()
		cur.Inspect(walkTypes, w.visit)
		results = append(results, w.cur)
	}
	return results
}

func (w *walker) visit(cur inspector.Cursor) bool {
	info := w.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.FuncDecl:
		w.flows.enterFunc(n)
	case *ast.CallExpr:
		w.call(cur, n)
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			w.comparison(n.X, n.Y)
		}
		w.rangeSite(cur, n) // ordering comparisons and class checks
	case *ast.SwitchStmt:
		if n.Tag == nil || !w.pos.isStatusValue(info, n.Tag) {
			break // not a switch on a status value
		}
		for _, stmt := range n.Body.List {
			for _, e := range stmt.(*ast.CaseClause).List {
				w.literal(e, compared)
			}
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			w.flows.change(lhs)
			if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN && w.operand(n.Rhs[i]) && w.pos.isStatusField(info, lhs) {
				w.statusOperand(n.Rhs[i], stored)
			}
		}
	case *ast.KeyValueExpr:
		if w.operand(n.Value) && w.isStatusKey(cur, n) {
			w.statusOperand(n.Value, stored)
		}
	case *ast.IncDecStmt:
		w.flows.change(n.X)
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			w.flows.change(n.X) // its address escapes: it may change anywhere
		}
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			w.flows.change(n.Key)
			w.flows.change(n.Value)
		}
	}
	return true
}

// call handles a call expression: literal arguments are kept for checking
// once the package's own wrappers are known; parameters passed on are flows.
func (w *walker) call(cur inspector.Cursor, call *ast.CallExpr) {
	if !w.anyOperand(call.Args) {
		return // nothing to report or to record, whatever the callee
	}
	info := w.pass.TypesInfo
	fn := callee(info, call)
	if fn == nil {
		if indexes := w.pos.funcVarArgs(info, call); indexes != nil {
			w.funcVarCall(call, indexes)
		}
		return // a conversion, a builtin or a call of a function value
	}
	if pair, ok := w.pos.compare[fn]; ok {
		w.comparePair(call, pair)
		return
	}
	if w.pos.isChainLink(fn) {
		// Both links of Expect(x).To(Equal(y)) may have operands, such as
		// ExpectWithOffset(1, x): the link whose compared value is one
		// handles the chain, so that it is handled once.
		if own, other, op, ok := w.pos.chain(info, cur, call, fn); ok && w.operand(own) {
			w.compareOp(own, other, op)
		}
		return // an assertion or a matcher: no argument of its own is a status
	}
	writeHeader := w.pos.isWriteHeader(info, call, fn)
	hasLiteral := false
	for i, a := range call.Args {
		if literalOf(a) != nil {
			hasLiteral = true
		} else if writeHeader {
			w.flows.reachesStatus(a, sent)
		} else {
			w.flows.passedOn(a, fn, i)
		}
	}
	if hasLiteral {
		w.cur.calls = append(w.cur.calls, pendingCall{call, fn})
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
		w.statusOperand(call.Args[i], stored)
	}
}

// comparePair handles an assertion such as assert.Equal(t, 200, rec.Code)
// or assert.GreaterOrEqual(t, rec.Code, 500).
func (w *walker) comparePair(call *ast.CallExpr, pair compareParams) {
	x, y := pair.args[0], pair.args[1]
	if call.Ellipsis.IsValid() || x >= len(call.Args) || y >= len(call.Args) {
		return // arguments spread from a slice
	}
	w.compareOp(call.Args[x], call.Args[y], pair.op)
}

// comparison handles x == y, x != y and assertions alike: a literal on one
// side is a status code when the other side is a status value, and so is
// a parameter, which makes its function a wrapper.
func (w *walker) comparison(x, y ast.Expr) {
	if !w.operand(x) && !w.operand(y) {
		return // neither side is a literal or a parameter
	}
	info := w.pass.TypesInfo
	for _, pair := range [2][2]ast.Expr{{x, y}, {y, x}} {
		if !w.pos.isStatusValue(info, pair[1]) {
			continue // not compared with a status value
		}
		w.statusOperand(pair[0], compared)
	}
}

// statusOperand handles an expression in a status position that is not a
// call argument: a literal is a finding; a parameter makes a wrapper.
func (w *walker) statusOperand(e ast.Expr, u use) {
	if w.flows.reachesStatus(e, u) {
		return
	}
	w.literal(e, u)
}

// literal records a finding if e is an integer literal.
func (w *walker) literal(e ast.Expr, u use) {
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

// isStatusKey reports whether kv is a keyed element of a composite literal
// whose key is a status field, as in http.Response{StatusCode: 404}.
func (w *walker) isStatusKey(cur inspector.Cursor, kv *ast.KeyValueExpr) bool {
	key, ok := kv.Key.(*ast.Ident)
	if !ok {
		return false
	}
	if _, ok := cur.Parent().Node().(*ast.CompositeLit); !ok {
		return false
	}
	v, ok := w.pass.TypesInfo.Uses[key].(*types.Var)
	return ok && v.IsField() && w.pos.fields[v.Origin()]
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

// operand reports whether e may matter in a status position: an integer
// literal, or perhaps an integer parameter of the function being walked.
func (w *walker) operand(e ast.Expr) bool {
	return literalOf(e) != nil || w.flows.mayBeParam(e)
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
	if len(f.calls) > 0 {
		// Findings from calls come after the others of the file.
		slices.SortStableFunc(f.findings, func(a, b finding) int { return cmp.Compare(a.lit.Pos(), b.lit.Pos()) })
	}
	return f.findings
}

// isNonPositive reports whether e is a constant <= 0.
func isNonPositive(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) <= 0
}
