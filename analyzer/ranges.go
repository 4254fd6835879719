package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/status"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Range and class checks (issue 20): an ordering comparison of a status
// value with a registered code (resp.StatusCode >= 400) is reported with
// the constant; a whole class check (c >= 200 && c < 300, its negation
// c < 200 || c >= 300, or c/100 == 2) is one finding, fixed to the status
// package's helper (status.IsSuccess(c)) where fixes write our constants,
// else to its bounds' constants. Every rewrite is exact for every int:
// ranges_test.go checks each against the original from -1 to 1000.
//
// The walk records candidate sites (rangeSite, orderedPair); they are
// judged after it (checkRanges), once what is a status value is known.

// classHelpers names the status package's helper of each class, by its
// first digit.
var classHelpers = [...]string{
	1: "IsInformational",
	2: "IsSuccess",
	3: "IsRedirect",
	4: "IsClientError",
	5: "IsServerError",
}

// rangeSites are one file's candidate range and class checks.
type rangeSites struct {
	orders []orderSite       // ordering comparisons with a literal side
	chains []*ast.BinaryExpr // outermost && and || holding some of them
	divs   []*ast.BinaryExpr // c/100 == k and c/100 != k
	heads  map[ast.Node]bool // chains already recorded
	done   map[ast.Expr]bool // comparisons judged as part of a class check
}

// An orderSite is x op y, an ordering comparison or assertion (testify's
// GreaterOrEqual(t, x, y)); cmp is the comparison written, or nil.
type orderSite struct {
	x, y ast.Expr
	op   token.Token
	cmp  *ast.BinaryExpr
}

// statusRead reports whether e is a status value — a direct one
// (resp.StatusCode), or, once the flows are solved, a slot that holds one
// (code := resp.StatusCode; code >= 400): the one notion of "status value"
// of this file — and, if it is one through a slot, where the status code
// it holds is read.
func (w *walker) statusRead(e ast.Expr) (token.Pos, bool) {
	if w.pos.isStatusValue(w.pass.TypesInfo, e) {
		return token.NoPos, true
	}
	if !w.follow || w.holds == nil {
		return token.NoPos, false
	}
	s, ok := w.read(e)
	if !ok {
		return token.NoPos, false
	}
	at, ok := w.holds[s]
	return at, ok
}

// rangeSite records n if it may be a range or class check, given its
// cursor, for checkRanges.
func (w *walker) rangeSite(cur inspector.Cursor, n *ast.BinaryExpr) {
	s := &w.cur.ranges
	switch n.Op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		if !w.boundLiteral(n.X) && !w.boundLiteral(n.Y) {
			return // no literal that can bound a class: i < 10, n > 0
		}
		s.orders = append(s.orders, orderSite{n.X, n.Y, n.Op, n})
		if head := chainHead(cur); head != nil && !s.heads[head] {
			setDefault(&s.heads, ast.Node(head), true)
			s.chains = append(s.chains, head)
		}
	case token.EQL, token.NEQ:
		if x, _, _ := divOperand(w.pass.TypesInfo, n); x != nil {
			s.divs = append(s.divs, n)
		}
	}
}

// orderedPair records an ordering assertion x op y, such as testify's
// GreaterOrEqual(t, rec.Code, 500), for checkRanges.
func (w *walker) orderedPair(x, y ast.Expr, op token.Token) {
	if w.boundLiteral(x) || w.boundLiteral(y) {
		w.cur.ranges.orders = append(w.cur.ranges.orders, orderSite{x, y, op, nil})
	}
}

// compareOp hands x op y, an assertion at at, to the comparison its
// operator asks for: an equality to comparison, an ordering to the range
// checks.
func (w *walker) compareOp(x, y ast.Expr, op token.Token, at token.Pos) {
	if isOrdering(op) {
		w.orderedPair(x, y, op)
		return
	}
	w.comparison(x, y, at)
}

func isOrdering(op token.Token) bool {
	return op == token.LSS || op == token.LEQ || op == token.GTR || op == token.GEQ
}

// boundLiteral reports whether e is an integer literal that may bound a
// class: 99 to 1000 (c > 99, c < 1000).
func (w *walker) boundLiteral(e ast.Expr) bool {
	_, ok := w.literalValue(e)
	return ok
}

// literalValue returns the value of e if it is an integer literal from 99
// to 1000.
func (w *walker) literalValue(e ast.Expr) (int64, bool) {
	if literalOf(e) == nil {
		return 0, false
	}
	v, ok := intValue(w.pass.TypesInfo, e)
	return v, ok && v >= 99 && v <= 1000
}

// intValue returns the constant integer value of e.
func intValue(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// chainHead returns the outermost && or || expression whose chain of
// operands (a && b && c, without parentheses) holds the node at cur,
// perhaps parenthesised, or nil.
func chainHead(cur inspector.Cursor) *ast.BinaryExpr {
	parent := unparenParent(cur)
	head, ok := parent.Node().(*ast.BinaryExpr)
	if !ok || head.Op != token.LAND && head.Op != token.LOR {
		return nil
	}
	for {
		up, ok := parent.Parent().Node().(*ast.BinaryExpr)
		if !ok || up.Op != head.Op {
			return head
		}
		parent = parent.Parent()
		head = up
	}
}

// divOperand returns c, k and k's literal if n is c/100 == k or
// k == c/100 (or !=) with k a literal class digit, 1 to 5, else nil.
func divOperand(info *types.Info, n *ast.BinaryExpr) (ast.Expr, int64, *ast.BasicLit) {
	for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
		div, ok := ast.Unparen(pair[0]).(*ast.BinaryExpr)
		lit := literalOf(pair[1])
		if !ok || div.Op != token.QUO || literalOf(div.Y) == nil || lit == nil {
			continue
		}
		if d, ok := intValue(info, div.Y); !ok || d != 100 {
			continue
		}
		if k, ok := intValue(info, pair[1]); ok && k >= 1 && k <= 5 {
			return div.X, k, lit
		}
	}
	return nil, 0, nil
}

// A rangeCheck is what a finding of category range adds to a finding.
type rangeCheck struct {
	pos, end token.Pos // the whole check
	class    int       // 1-5 for a whole class check, 0 for a single bound
	negated  bool      // the check is for codes outside the class
	div      bool      // written c/100 == k
	operand  ast.Expr  // the status value checked
	bounds   []bound   // the literal bounds: one, or two for a class check by bounds
	// helper: the status package's helper can replace the check: the
	// operand is evaluated once either way and its type converts exactly.
	helper  bool
	conv    bool      // the operand's type is a named int: the helper takes int(operand)
	related token.Pos // where the status code is read, if the operand is a slot that holds it
}

// A bound is one ordering comparison of a status value with a literal.
type bound struct {
	lit   *ast.BasicLit
	op    token.Token // as written
	left  bool        // the status value is on the left, as written
	value int64
	opPos token.Pos // the operator's position, or NoPos in an assertion
	// related is where the status code is read, if the status value is a
	// slot that holds it.
	related token.Pos
}

// checkRanges judges f's range sites, given the solved flows, and adds
// its findings to f's.
func (w *walker) checkRanges(f *fileResult, sol solution) {
	w.holds = sol.holds
	info := w.pass.TypesInfo
	s := &f.ranges
	n := len(f.findings)
	if len(s.chains) > 0 {
		orders := make(map[ast.Expr]orderSite, len(s.orders))
		for _, o := range s.orders {
			if o.cmp != nil {
				orders[o.cmp] = o
			}
		}
		for _, head := range s.chains {
			w.classChain(f, head, orders)
		}
	}
	for _, n := range s.divs {
		x, k, lit := divOperand(info, n)
		at, ok := w.statusRead(x)
		if !ok {
			continue // not a status value divided
		}
		helper, conv := helperType(info, x)
		r := &rangeCheck{pos: n.Pos(), end: n.End(), class: int(k), negated: n.Op == token.NEQ, div: true,
			operand: x, helper: helper, conv: conv, related: at}
		w.addRange(f, r, lit, n)
	}
	for _, o := range s.orders {
		if o.cmp != nil && s.done[o.cmp] {
			continue // part of a class check
		}
		b, ok := w.boundOf(o)
		if !ok {
			continue // not a status value compared with a literal
		}
		if !registered(b.value) {
			continue // a bound with no registered name: < 600, <= 299
		}
		r := &rangeCheck{pos: b.lit.Pos(), end: b.lit.End(), bounds: []bound{b}, related: b.related}
		w.addRange(f, r, b.lit, b.lit)
	}
	if len(f.findings) > n {
		slices.SortStableFunc(f.findings, func(a, b finding) int { return cmp.Compare(a.lit.Pos(), b.lit.Pos()) })
	}
}

// addRange adds the range finding r, whose first literal is lit, to f.
func (w *walker) addRange(f *fileResult, r *rangeCheck, lit *ast.BasicLit, e ast.Expr) {
	code, _ := intValue(w.pass.TypesInfo, lit)
	if r.class != 0 {
		code = -2 // not one code: -allow does not apply
	}
	fd := finding{lit: lit, expr: e, code: code, value: lit.Value, use: compared, rng: r}
	if r.related.IsValid() {
		fd.related, fd.relatedMessage = r.related, "compared with the status code read here"
	}
	f.findings = append(f.findings, fd)
}

// boundOf returns o as a bound if one side is a status value and the
// other a literal that may bound a class.
func (w *walker) boundOf(o orderSite) (bound, bool) {
	var opPos token.Pos
	if o.cmp != nil {
		opPos = o.cmp.OpPos
	}
	for i, pair := range [2][2]ast.Expr{{o.y, o.x}, {o.x, o.y}} {
		v, ok := w.literalValue(pair[0])
		if !ok {
			continue
		}
		at, ok := w.statusRead(pair[1])
		if !ok {
			continue
		}
		return bound{lit: literalOf(pair[0]), op: o.op, left: i == 0, value: v, opPos: opPos, related: at}, true
	}
	return bound{}, false
}

// classChain finds the class checks among the operands of the && or ||
// chain head: two adjacent comparisons of one status value whose bounds
// are exactly a class (with &&) or its complement (with ||).
func (w *walker) classChain(f *fileResult, head *ast.BinaryExpr, orders map[ast.Expr]orderSite) {
	info := w.pass.TypesInfo
	operands := flatten(head, head.Op, nil)
	for i := 0; i+1 < len(operands); i++ {
		a, aok := orders[ast.Unparen(operands[i])]
		b, bok := orders[ast.Unparen(operands[i+1])]
		if !aok || !bok {
			continue
		}
		ba, aok := w.boundOf(a)
		bb, bok := w.boundOf(b)
		if !aok || !bok {
			continue
		}
		xa, xb := statusSide(a, ba), statusSide(b, bb)
		if !sameOperand(info, xa, xb) {
			continue // two values, each with its own bound
		}
		k, negated, ok := classOf(head.Op, ba.normal(), ba.value, bb.normal(), bb.value)
		if !ok {
			continue // not a whole class: 200 <= c && c < 400
		}
		helper, conv := helperType(info, xa)
		r := &rangeCheck{
			pos: operands[i].Pos(), end: operands[i+1].End(), class: k, negated: negated,
			operand: xa, bounds: []bound{ba, bb}, related: ba.related,
			// Evaluated twice as written, once by the helper: the
			// rewrite keeps the meaning only if evaluating it is pure.
			helper: helper && pure(info, xa), conv: conv,
		}
		setDefault(&f.ranges.done, ast.Expr(a.cmp), true)
		f.ranges.done[b.cmp] = true
		w.addRange(f, r, ba.lit, operands[i])
		i++
	}
}

// statusSide returns the status value of o, whose bound is b.
func statusSide(o orderSite, b bound) ast.Expr {
	if b.left {
		return o.x
	}
	return o.y
}

// flatten appends the operands of the chain of op at e to list.
func flatten(e ast.Expr, op token.Token, list []ast.Expr) []ast.Expr {
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == op {
		return flatten(b.Y, op, flatten(b.X, op, list))
	}
	return append(list, e)
}

// normal returns b's operator with the status value on the left: for
// 400 <= c, c >= 400.
func (b bound) normal() token.Token {
	if b.left {
		return b.op
	}
	return flip(b.op)
}

// flip returns the operator that compares y with x as op compares x with y.
func flip(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// inclusive returns c op v, for integers, as c >= n (lower) or c <= n.
func inclusive(op token.Token, v int64) (lower bool, n int64) {
	switch op {
	case token.GEQ:
		return true, v
	case token.GTR:
		return true, v + 1
	case token.LEQ:
		return false, v
	}
	return false, v - 1 // token.LSS
}

// classOf reports which class k (1-5) the bounds c opA a join c opB b
// check exactly: with &&, the codes of k; with ||, all but those (negated).
func classOf(join, opA token.Token, a int64, opB token.Token, b int64) (k int, negated, ok bool) {
	lowerA, na := inclusive(opA, a)
	lowerB, nb := inclusive(opB, b)
	if lowerA == lowerB {
		return 0, false, false // two lower or two upper bounds
	}
	lo, hi := na, nb // c >= lo, c <= hi
	if !lowerA {
		lo, hi = nb, na
	}
	var first, last int64 // the class's codes, from the bounds
	switch join {
	case token.LAND: // lo <= c <= hi
		first, last, negated = lo, hi, false
	case token.LOR: // c <= hi || c >= lo: outside hi+1 .. lo-1
		first, last, negated = hi+1, lo-1, true
	default:
		return 0, false, false
	}
	if first%100 != 0 || first < 100 || first > 500 || last != first+99 {
		return 0, false, false
	}
	return int(first / 100), negated, true
}

// spellBound returns c op v (status value on the left) in the exact form,
// of the two that an integer comparison has (c >= n or c > n-1; c <= n
// or c < n+1), whose code is registered, preferring the form written;
// false if neither has a registered code.
func spellBound(op token.Token, v int64) (token.Token, int64, bool) {
	if registered(v) {
		return op, v, true
	}
	lower, n := inclusive(op, v)
	switch {
	case lower && registered(n):
		return token.GEQ, n, true
	case lower && registered(n-1):
		return token.GTR, n - 1, true
	case !lower && registered(n):
		return token.LEQ, n, true
	case !lower && registered(n+1):
		return token.LSS, n + 1, true
	}
	return op, v, false
}

// registered reports whether v is a code with a registered name.
func registered(v int64) bool {
	if v < 100 || v > 999 {
		return false
	}
	_, ok := status.Lookup(int(v))
	return ok
}

// helperType reports whether the helper, which takes an int, can take
// e: e's type is int (conv false) or a named type whose underlying type
// is int (conv true: int(e) is exact).
func helperType(info *types.Info, e ast.Expr) (ok, conv bool) {
	t := info.TypeOf(e)
	if t == nil {
		return false, false
	}
	if types.Identical(t, types.Typ[types.Int]) {
		return true, false
	}
	b, isBasic := t.Underlying().(*types.Basic)
	return isBasic && b.Kind() == types.Int, true
}

// pure reports whether evaluating e twice is the same as evaluating it
// once: variables, fields, package members, dereferences, constant or
// pure indexes and conversions; no call.
func pure(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil && sel.Kind() != types.FieldVal {
			return false // a method value
		}
		return pure(info, e.X)
	case *ast.StarExpr:
		return pure(info, e.X)
	case *ast.IndexExpr:
		return pure(info, e.X) && pure(info, e.Index)
	case *ast.CallExpr:
		tv, ok := info.Types[e.Fun]
		return ok && tv.IsType() && len(e.Args) == 1 && pure(info, e.Args[0])
	}
	return false
}

// sameOperand reports whether x and y are written alike and name the
// same objects, so that both bounds check one value (if it is pure).
func sameOperand(info *types.Info, x, y ast.Expr) bool {
	x, y = ast.Unparen(x), ast.Unparen(y)
	switch x := x.(type) {
	case *ast.Ident:
		y, ok := y.(*ast.Ident)
		return ok && info.ObjectOf(x) != nil && info.ObjectOf(x) == info.ObjectOf(y)
	case *ast.BasicLit:
		y, ok := y.(*ast.BasicLit)
		return ok && x.Kind == y.Kind && x.Value == y.Value
	case *ast.SelectorExpr:
		y, ok := y.(*ast.SelectorExpr)
		return ok && sameOperand(info, x.Sel, y.Sel) && sameOperand(info, x.X, y.X)
	case *ast.StarExpr:
		y, ok := y.(*ast.StarExpr)
		return ok && sameOperand(info, x.X, y.X)
	case *ast.IndexExpr:
		y, ok := y.(*ast.IndexExpr)
		return ok && sameOperand(info, x.X, y.X) && sameOperand(info, x.Index, y.Index)
	case *ast.CallExpr:
		y, ok := y.(*ast.CallExpr)
		if !ok || len(x.Args) != len(y.Args) || x.Ellipsis.IsValid() != y.Ellipsis.IsValid() || !sameOperand(info, x.Fun, y.Fun) {
			return false
		}
		for i := range x.Args {
			if !sameOperand(info, x.Args[i], y.Args[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// Reporting, with the fix chosen by the file's target.

// useHelper reports whether r's fix is the status package's helper.
func (fx *fileFixer) useHelper(r *rangeCheck) bool {
	return r.class != 0 && r.helper && fx.target == ourConstant
}

// rangeNames returns the names r's fix writes from the target package.
func (fx *fileFixer) rangeNames(r *rangeCheck) []string {
	if r.class != 0 && (r.div || fx.useHelper(r)) {
		if !fx.useHelper(r) {
			return nil
		}
		return []string{classHelpers[r.class]}
	}
	var names []string
	for _, b := range r.bounds {
		if _, v, ok := spellBound(b.normal(), b.value); ok {
			e, _ := status.Lookup(int(v))
			if name := fx.target.constant(e); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// reportRange reports f, a finding of category range.
func (s *settings) reportRange(pass *analysis.Pass, fx *fileFixer, f finding) {
	r := f.rng
	diag := analysis.Diagnostic{Pos: r.pos, End: r.end, Category: categoryRange}
	if f.related.IsValid() {
		diag.Related = []analysis.RelatedInformation{{Pos: f.related, Message: f.relatedMessage}}
	}
	switch {
	case r.class == 0:
		b := r.bounds[0]
		sp, ok := fx.spell(f)
		if !ok {
			sp.text = fx.defaultSpelling(f)
		}
		diag.Message = fmt.Sprintf("bare HTTP status code %d in a range check%s, use %s", b.value, boundary(b.normal(), b.value), sp.text)
		if ok {
			diag.SuggestedFixes = fx.fix(f, sp)
		}
	case r.div && fx.target != ourConstant:
		return // c/100 == 2 has no bound to name: only the helper is clearer
	case r.div || fx.useHelper(r):
		s.reportHelper(fx, f, &diag)
	default:
		s.reportBounds(fx, f, &diag)
	}
	pass.Report(diag)
}

// boundary names the class boundary that c op v (status value on the
// left) is, if any: "4xx and above" for c >= 400, "below 3xx" for c < 300.
func boundary(op token.Token, v int64) string {
	switch {
	case v%100 != 0 || v > 500:
		return ""
	case op == token.GEQ:
		return fmt.Sprintf(" (%dxx and above)", v/100)
	case op == token.LSS:
		return fmt.Sprintf(" (below %dxx)", v/100)
	}
	return ""
}

// reportHelper fills diag for a class check fixed to the helper.
func (s *settings) reportHelper(fx *fileFixer, f finding, diag *analysis.Diagnostic) {
	r := f.rng
	name := classHelpers[r.class]
	not := ""
	if r.negated {
		not = "!"
	}
	how := "with bare HTTP status codes"
	if r.div {
		how = "by arithmetic on a status code"
	}
	sp, ok := fx.spellName(name, f.lit.Pos())
	if !ok || !r.helper {
		diag.Message = fmt.Sprintf("%dxx class check %s, use %s%s.%s", r.class, how, not, fx.target.names[0], name)
		return
	}
	diag.Message = fmt.Sprintf("%dxx class check %s, use %s%s", r.class, how, not, sp.text)
	arg := types.ExprString(r.operand)
	if r.conv {
		arg = "int(" + arg + ")"
	}
	text := not + sp.text + "(" + arg + ")"
	edits := []analysis.TextEdit{{Pos: r.pos, End: r.end, NewText: []byte(text)}}
	diag.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   "Replace with " + text,
		TextEdits: append(edits, fx.importEdits(sp)...),
	}}
}

// reportBounds fills diag for a class check fixed bound by bound: each
// registered bound to its constant, in the exact form that has one.
func (s *settings) reportBounds(fx *fileFixer, f finding, diag *analysis.Diagnostic) {
	r := f.rng
	var names, texts []string
	var edits []analysis.TextEdit
	var imports []analysis.TextEdit
	safe := true
	for _, b := range r.bounds {
		op, v, ok := spellBound(b.normal(), b.value)
		if !ok {
			continue // no registered name: 599 and 600 stay as written
		}
		e, _ := status.Lookup(int(v))
		name := fx.target.constant(e)
		if name == "" {
			continue // status.Teapot has no net/http name
		}
		sp, ok := fx.spellName(name, b.lit.Pos())
		if !ok {
			sp.text, safe = fx.target.names[0]+"."+name, false
		}
		names = append(names, sp.text)
		texts = append(texts, b.lit.Value)
		if !b.left {
			op = flip(op)
		}
		if op != b.op {
			edits = append(edits, analysis.TextEdit{Pos: b.opPos, End: b.opPos + token.Pos(len(b.op.String())), NewText: []byte(op.String())})
		}
		edits = append(edits, analysis.TextEdit{Pos: b.lit.Pos(), End: b.lit.End(), NewText: []byte(sp.text)})
		if imp := fx.importEdits(sp); len(imp) > 0 {
			imports = imp
		}
	}
	diag.Message = fmt.Sprintf("%dxx class check with bare HTTP status codes, use %s", r.class, strings.Join(names, " and "))
	if !safe || len(edits) == 0 {
		return
	}
	diag.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   "Replace " + strings.Join(texts, " and ") + " with " + strings.Join(names, " and "),
		TextEdits: append(edits, imports...),
	}}
}
