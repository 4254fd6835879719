package analyzer

import (
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
	file  *ast.File
	lit   *ast.BasicLit // the literal itself: the fix replaces exactly its span
	expr  ast.Expr      // the literal as written, perhaps negated or parenthesised
	code  int64         // -1 if out of int64's range
	value string        // the value in decimal, for messages
	use   use           // how the position uses the code, which decides what is reported
}

// use is how a status position uses its code.
type use uint8

const (
	sent     use = iota // passed to an API that sends it: net/http panics outside 100-999
	stored              // written to a status field: no panic, but the code should have a name
	compared            // compared or looked up: 0 or -1 mean "unset", only registered codes matter
)

// walker collects the findings of one package, and the wrappers it
// declares, in a single inspector walk.
type walker struct {
	pass *analysis.Pass
	pos  *positions

	findings []finding
	calls    []pendingCall // calls with literal arguments, checked once wrappers are known

	// Wrapper discovery: integer parameters of this package's functions,
	// the parameters that are ever changed, and where the others flow.
	params  map[*types.Var]paramRef
	changed map[*types.Var]bool
	flows   []flow

	// local names the integer parameters of the function declaration being
	// walked, the only ones its body can refer to. Matching names first
	// spares the type checker's maps for the vast majority of expressions,
	// which are neither literals nor such parameters.
	local []string
}

type pendingCall struct {
	file *ast.File
	call *ast.CallExpr
	fn   *types.Func
}

// paramRef names parameter index of function fn.
type paramRef struct {
	fn    *types.Func
	index int
}

// flow records that a parameter is passed unchanged as argument arg of a
// call to callee; callee == nil means it reaches a status field or is
// compared with a status value, a status position in itself.
type flow struct {
	param  paramRef
	callee *types.Func
	arg    int
}

var walkTypes = []ast.Node{
	(*ast.File)(nil),
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

func (w *walker) walk(insp *inspector.Inspector) {
	info := w.pass.TypesInfo
	var file *ast.File
	insp.Root().Inspect(walkTypes, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.File:
			if ast.IsGenerated(n) {
				return false // generated files are not ours to fix
			}
			file = n
			w.local = nil
		case *ast.FuncDecl:
			w.addParams(n)
		case *ast.CallExpr:
			w.call(file, n)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				w.comparison(file, n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil || !w.pos.isStatusValue(info, n.Tag) {
				break // not a switch on a status value
			}
			for _, stmt := range n.Body.List {
				for _, e := range stmt.(*ast.CaseClause).List {
					w.literal(file, e, compared)
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				w.change(lhs)
				if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN && w.operand(n.Rhs[i]) && w.pos.isStatusField(info, lhs) {
					w.statusOperand(file, n.Rhs[i], stored)
				}
			}
		case *ast.KeyValueExpr:
			if w.operand(n.Value) && w.isStatusKey(cur, n) {
				w.statusOperand(file, n.Value, stored)
			}
		case *ast.IncDecStmt:
			w.change(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				w.change(n.X) // its address escapes: it may change anywhere
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				w.change(n.Key)
				w.change(n.Value)
			}
		}
		return true
	})
}

// call handles a call expression: literal arguments are kept for checking
// once the package's own wrappers are known; parameters passed on are flows.
func (w *walker) call(file *ast.File, call *ast.CallExpr) {
	if !w.anyOperand(call.Args) {
		return // nothing to report or to record, whatever the callee
	}
	info := w.pass.TypesInfo
	fn := callee(info, call)
	if fn == nil {
		return // a conversion, a builtin or a call of a function value
	}
	if pair, ok := w.pos.compare[fn]; ok {
		w.comparePair(file, call, pair)
		return
	}
	writeHeader := w.pos.isWriteHeader(info, call, fn)
	hasLiteral := false
	for i, a := range call.Args {
		if literalOf(a) != nil {
			hasLiteral = true
		} else if p, ok := w.param(a); ok {
			if writeHeader {
				w.flows = append(w.flows, flow{param: p}) // a status position in itself
			} else {
				w.flows = append(w.flows, flow{param: p, callee: fn, arg: i})
			}
		}
	}
	if hasLiteral {
		w.calls = append(w.calls, pendingCall{file, call, fn})
	}
}

// comparePair handles an equality assertion such as assert.Equal(t, 200, rec.Code).
func (w *walker) comparePair(file *ast.File, call *ast.CallExpr, pair [2]int) {
	if call.Ellipsis.IsValid() || pair[0] >= len(call.Args) || pair[1] >= len(call.Args) {
		return // arguments spread from a slice
	}
	w.comparison(file, call.Args[pair[0]], call.Args[pair[1]])
}

// comparison handles x == y, x != y and assertions alike: a literal on one
// side is a status code when the other side is a status value, and so is
// a parameter, which makes its function a wrapper.
func (w *walker) comparison(file *ast.File, x, y ast.Expr) {
	if !w.operand(x) && !w.operand(y) {
		return // neither side is a literal or a parameter
	}
	info := w.pass.TypesInfo
	for _, pair := range [2][2]ast.Expr{{x, y}, {y, x}} {
		if !w.pos.isStatusValue(info, pair[1]) {
			continue // not compared with a status value
		}
		w.statusOperand(file, pair[0], compared)
	}
}

// statusOperand handles an expression in a status position that is not a
// call argument: a literal is a finding; a parameter makes a wrapper.
func (w *walker) statusOperand(file *ast.File, e ast.Expr, u use) {
	if p, ok := w.param(e); ok {
		w.flows = append(w.flows, flow{param: p})
		return
	}
	w.literal(file, e, u)
}

// literal records a finding if e is an integer literal.
func (w *walker) literal(file *ast.File, e ast.Expr, u use) {
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
	w.findings = append(w.findings, finding{
		file: file, lit: lit, expr: e, code: code, value: tv.Value.ExactString(), use: u,
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

// addParams records the integer parameters of a function declaration, the
// candidates for wrapper positions.
func (w *walker) addParams(decl *ast.FuncDecl) {
	w.local = w.local[:0]
	if !mayHaveInteger(decl.Type.Params) {
		return // no parameter can be an integer: spare the lookups
	}
	fn, ok := w.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok || decl.Body == nil {
		return
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		v := params.At(i)
		if v.Name() == "" || v.Name() == "_" || !isInteger(v.Type()) {
			continue
		}
		if fn.Signature().Variadic() && i == params.Len()-1 {
			continue // a slice, not an integer
		}
		if w.params == nil {
			w.params = make(map[*types.Var]paramRef)
		}
		w.params[v] = paramRef{fn: fn, index: i}
		w.local = append(w.local, v.Name())
	}
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
	return literalOf(e) != nil || w.mayBeParam(e)
}

// mayBeParam reports whether e is an identifier named like an integer
// parameter of the function being walked; param tells whether it is one.
func (w *walker) mayBeParam(e ast.Expr) bool {
	if len(w.local) == 0 {
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && slices.Contains(w.local, id.Name)
}

// param reports which parameter e is, if it is an integer parameter of a
// function of this package.
func (w *walker) param(e ast.Expr) (paramRef, bool) {
	if !w.mayBeParam(e) {
		return paramRef{}, false
	}
	id := ast.Unparen(e).(*ast.Ident)
	v, ok := w.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return paramRef{}, false
	}
	p, ok := w.params[v]
	return p, ok
}

// change records that e, if it is a parameter, is assigned or has its
// address taken: such a parameter does not reach anything unchanged.
func (w *walker) change(e ast.Expr) {
	if !w.mayBeParam(e) {
		return // not a parameter, so no change to record
	}
	id := ast.Unparen(e).(*ast.Ident)
	if v, ok := w.pass.TypesInfo.Uses[id].(*types.Var); ok && w.params[v] != (paramRef{}) {
		if w.changed == nil {
			w.changed = make(map[*types.Var]bool)
		}
		w.changed[v] = true
	}
}

// checkCalls records the literal arguments of calls in status positions,
// now that the package's own wrappers are known.
func (w *walker) checkCalls() {
	info := w.pass.TypesInfo
	for _, pc := range w.calls {
		indexes := w.pos.argIndexes(info, pc.call, pc.fn)
		if len(indexes) == 0 {
			continue // not a status position
		}
		if pc.call.Ellipsis.IsValid() {
			continue // arguments spread from a slice
		}
		// A lookup such as http.StatusText(1000) asks about a code and
		// cannot panic: like a comparison, only registered codes matter.
		u := sent
		if w.pos.queries[pc.fn] {
			u = compared
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
			w.literal(pc.file, arg, u)
		}
	}
}

// isNonPositive reports whether e is a constant <= 0.
func isNonPositive(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) <= 0
}

// mayHaveInteger reports whether a parameter list may hold an integer, as
// far as its syntax tells: pointers, slices, maps, functions, channels,
// structs, interfaces and variadic parameters never are.
func mayHaveInteger(params *ast.FieldList) bool {
	for _, f := range params.List {
		switch ast.Unparen(f.Type).(type) {
		case *ast.StarExpr, *ast.ArrayType, *ast.MapType, *ast.FuncType,
			*ast.ChanType, *ast.StructType, *ast.InterfaceType, *ast.Ellipsis:
			continue // never an integer
		}
		if len(f.Names) > 0 {
			return true // named, perhaps an integer: the types tell
		}
	}
	return false
}
