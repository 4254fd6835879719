package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// positions holds the status positions reachable from one package, resolved
// to the go/types objects that the package's code refers to.
type positions struct {
	args    map[*types.Func][]int         // functions and methods: indexes of status arguments
	queries map[*types.Func]bool          // lookups such as http.StatusText: their codes are asked about, not written
	compare map[*types.Func]compareParams // assertions: the two compared arguments and how
	fields  map[*types.Var]bool           // struct fields holding a status code
	results map[*types.Func]bool          // methods returning a status code

	// The kinds below stay nil in the many packages that reach none of
	// their rows, which spares their lookups in the walk.
	stores   map[*types.Func]bool          // calls that keep their codes rather than send them
	wrapped  map[*types.Func]use           // wrappers whose codes are not sent: stored or compared
	vars     map[*types.Var][]int          // package-level variables of func type: indexes of status arguments
	expects  map[*types.Func]int           // the index from which every argument is an expected code
	actuals  map[*types.Func]int           // calls starting an assertion: the index of the actual value
	applies  map[*types.Func]int           // assertion methods: the index of the matcher applied
	matchers map[*types.Func]matcherParams // equality matchers

	// responseWriter is net/http's ResponseWriter, when reachable: a
	// WriteHeader(int) method is a status position on every type that
	// implements it, including user types and wrappers.
	responseWriter *types.Interface
}

// resolve finds the sinks, the -funcs entries and the wrapper facts that
// pass's package can reach. It reports false if there are none, which is
// the fast path for the vast majority of packages, which never touch HTTP.
func (s *settings) resolve(pass *analysis.Pass) (*positions, bool) {
	reachable := importGraph(pass.Pkg, s.wanted)
	p := &positions{
		args:    make(map[*types.Func][]int),
		queries: make(map[*types.Func]bool),
		compare: make(map[*types.Func]compareParams),
		fields:  make(map[*types.Var]bool),
		results: make(map[*types.Func]bool),
	}
	found := false
	// Only the reachable packages' rows: the cost follows what the
	// package can refer to, not the size of the table.
	for path, pkg := range reachable {
		for _, sk := range sinksByPkg[path] {
			found = p.add(pkg, sk) || found
		}
	}
	if http := reachable["net/http"]; http != nil {
		if tn, ok := http.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
			p.responseWriter, _ = tn.Type().Underlying().(*types.Interface)
		}
	}
	for _, spec := range s.funcs {
		if fn := lookupFuncSpec(reachable, spec.name); fn != nil {
			p.addArgs(fn, spec.arg)
			found = true
		}
	}
	// Wrappers declared in dependencies, found when those were analysed.
	for _, f := range pass.AllObjectFacts() {
		if fact, ok := f.Fact.(*slotFact); ok && len(fact.Args) > 0 {
			if fn, ok := f.Object.(*types.Func); ok {
				p.addWrapper(fn, fact)
				found = true
			}
		}
		if fact, ok := f.Fact.(*slotFact); ok && len(fact.Slots) > 0 {
			found = true // a field, variable or result of a dependency's
		}
	}
	return p, found
}

// add resolves sk in pkg, its declaring package, and records it. It
// reports whether pkg declares sk's member: another version of the API
// may lack it.
func (p *positions) add(pkg *types.Package, sk *sink) bool {
	obj := lookup(pkg, sk.recv, sk.name)
	if obj == nil {
		return false // another version of the API, without this member
	}
	switch sk.kind {
	case argSink:
		if fn, ok := obj.(*types.Func); ok {
			p.addArgs(fn, sk.args[0])
		}
	case querySink:
		if fn, ok := obj.(*types.Func); ok {
			p.addArgs(fn, sk.args[0])
			p.queries[fn] = true
		}
	case compareSink:
		if fn, ok := obj.(*types.Func); ok {
			p.compare[fn] = compareParams{sk.args, comparators[sk.op]}
		}
	case fieldSink:
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			p.fields[v] = true
		}
	case resultSink:
		if fn, ok := obj.(*types.Func); ok {
			p.results[fn] = true
		}
	case storeSink:
		if fn, ok := obj.(*types.Func); ok {
			p.addArgs(fn, sk.args[0])
			setDefault(&p.stores, fn, true)
		}
	case funcVarSink:
		if v, ok := obj.(*types.Var); ok && isFuncVar(v) {
			setDefault(&p.vars, v, append(p.vars[v], sk.args[0]))
		}
	case expectSink:
		if fn, ok := obj.(*types.Func); ok {
			// The first index makes wrappers: a parameter passed as
			// HaveHTTPStatus(code) is a status code.
			p.addArgs(fn, sk.args[0])
			setDefault(&p.expects, fn, sk.args[0])
		}
	case actualSink:
		if fn, ok := obj.(*types.Func); ok {
			setDefault(&p.actuals, fn, sk.args[0])
		}
	case applySink:
		if fn, ok := obj.(*types.Func); ok {
			setDefault(&p.applies, fn, sk.args[0])
		}
	case matcherSink:
		if fn, ok := obj.(*types.Func); ok {
			setDefault(&p.matchers, fn, matcherParams{sk.args[0], sk.args[1], sk.op != ""})
		}
	}
	return true
}

// sinksByPkg indexes sinks by the import path of their package.
var sinksByPkg = func() map[string][]*sink {
	m := make(map[string][]*sink)
	for i := range sinks {
		m[sinks[i].pkg] = append(m[sinks[i].pkg], &sinks[i])
	}
	return m
}()

// setDefault sets (*m)[k] to v, making the map first if needed.
func setDefault[K comparable, V any](m *map[K]V, k K, v V) {
	if *m == nil {
		*m = make(map[K]V)
	}
	(*m)[k] = v
}

// isFuncVar reports whether v is a package-level variable of func type.
func isFuncVar(v *types.Var) bool {
	_, ok := v.Type().Underlying().(*types.Signature)
	return ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// addWrapper records the wrapper fn. The use of its codes counts only
// where fn is not a known position of its own: http.Error is a sink, and
// net/http's own analysis finds it is a wrapper of WriteHeader.
func (p *positions) addWrapper(fn *types.Func, f *slotFact) {
	if _, known := p.args[fn]; !known && f.Use != sent {
		setDefault(&p.wrapped, fn, f.Use)
	}
	p.addArgs(fn, f.Args...)
}

// addArgs records status argument indexes of fn. The same index may come
// from several sources: http.Error is a sink, and net/http's own analysis
// finds it is a wrapper of WriteHeader.
func (p *positions) addArgs(fn *types.Func, indexes ...int) {
	for _, i := range indexes {
		if !slices.Contains(p.args[fn], i) {
			p.args[fn] = append(p.args[fn], i)
		}
	}
}

// importGraph returns the packages reachable from pkg through imports, pkg
// included, whose paths are wanted, by path. A package reaches a hundred
// others or more; keeping only the few wanted ones spares hashing every
// path, which was a tenth of the run on small packages.
func importGraph(pkg *types.Package, wanted map[string]bool) map[string]*types.Package {
	found := make(map[string]*types.Package)
	seen := make(map[*types.Package]bool, 256)
	var visit func(*types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if wanted[p.Path()] {
			found[p.Path()] = p
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return found
}

// wantedPaths returns the import paths resolve looks up: the sinks'
// packages, net/http, and every prefix of a -funcs name that may be an
// import path (see lookupFuncSpec).
func wantedPaths(funcs []funcSpec) map[string]bool {
	wanted := map[string]bool{"net/http": true}
	for i := range sinks {
		wanted[sinks[i].pkg] = true
	}
	for _, spec := range funcs {
		name := spec.name
		for i := strings.LastIndex(name, "/") + 1; i < len(name); i++ {
			if name[i] == '.' {
				wanted[name[:i]] = true
			}
		}
	}
	return wanted
}

// lookup finds the package-level function name (recv == ""), or the method
// or field name of the named type recv, in pkg.
func lookup(pkg *types.Package, recv, name string) types.Object {
	if recv == "" {
		return pkg.Scope().Lookup(name)
	}
	tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return nil
	}
	// A pointer finds methods with either receiver, and fields.
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, name)
	if obj == nil {
		obj, _, _ = types.LookupFieldOrMethod(tn.Type(), false, pkg, name)
	}
	return obj
}

// lookupFuncSpec resolves a -funcs name such as "github.com/acme/api.Error"
// or "github.com/acme/api.Server.Respond". The import path ends at some dot
// after its last slash; trying each keeps "gopkg.in/yaml.v3.Marshal" right.
func lookupFuncSpec(reachable map[string]*types.Package, name string) *types.Func {
	start := strings.LastIndex(name, "/") + 1
	for i := start; i < len(name); i++ {
		if name[i] != '.' {
			continue
		}
		pkg := reachable[name[:i]]
		if pkg == nil {
			continue
		}
		member := name[i+1:]
		recv, method, isMethod := strings.Cut(member, ".")
		var obj types.Object
		if isMethod {
			obj = lookup(pkg, recv, method)
		} else {
			obj = lookup(pkg, "", member)
		}
		if fn, ok := obj.(*types.Func); ok {
			return fn
		}
	}
	return nil
}

// checkFuncs reports, as a *ConfigError, the first -funcs entry that names
// a member of pkg, the package being analysed, that is not one of its
// functions or methods, or that gives an argument index past the
// parameters: accepted silently, it would make the user believe a
// position is checked. An entry is checked in the package it names, so
// go vet reports it once, for that package.
func (s *settings) checkFuncs(pkg *types.Package) error {
	for _, spec := range s.funcs {
		member, ok := strings.CutPrefix(spec.name, pkg.Path()+".")
		if !ok {
			continue // another package's entry
		}
		recv, name, isMethod := strings.Cut(member, ".")
		if !isMethod {
			recv, name = "", member
		}
		fn, ok := lookup(pkg, recv, name).(*types.Func)
		if !ok {
			return &ConfigError{Flag: FlagFuncs, Err: fmt.Errorf("entry %q: package %s has no function or method %s", spec.entry, pkg.Path(), member)}
		}
		sig := fn.Signature()
		if n := sig.Params().Len(); spec.arg >= n && !sig.Variadic() {
			params := "parameters"
			if n == 1 {
				params = "parameter"
			}
			return &ConfigError{Flag: FlagFuncs, Err: fmt.Errorf("entry %q: argindex %d out of range: %s has %d %s (receiver not counted)", spec.entry, spec.arg, member, n, params)}
		}
	}
	return nil
}

// callee returns the function or method a call invokes, in its generic
// (uninstantiated) form so that it matches the resolved objects, or nil.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// argIndexes returns the status argument indexes of a call to fn.
func (p *positions) argIndexes(info *types.Info, call *ast.CallExpr, fn *types.Func) []int {
	if from, ok := p.expects[fn]; ok {
		var idx []int
		for i := from; i < len(call.Args); i++ {
			idx = append(idx, i)
		}
		return idx
	}
	if idx, ok := p.args[fn]; ok {
		return idx
	}
	if p.isWriteHeader(info, call, fn) {
		return writeHeaderArg
	}
	return nil
}

var writeHeaderArg = []int{0}

// callUse returns how a call of fn, a status position, uses its codes.
func (p *positions) callUse(fn *types.Func) use {
	if p.queries[fn] {
		// A lookup such as http.StatusText(1000) asks about a code and
		// cannot panic; an unknown code just has no text.
		return queried
	}
	if _, ok := p.expects[fn]; ok {
		return compared // HaveHTTPStatus(200) compares with the response's status
	}
	if p.stores[fn] {
		return stored // gock's Reply(0) keeps 0, which leaves the status unset
	}
	if u, ok := p.wrapped[fn]; ok {
		return u // a test helper that compares its code with rec.Code
	}
	return sent
}

// funcVarArgs returns the status argument indexes of call if it calls
// a function through a package-level variable such as huma.NewError.
func (p *positions) funcVarArgs(info *types.Info, call *ast.CallExpr) []int {
	if len(p.vars) == 0 {
		return nil // no such variable is reachable: spare the lookup
	}
	v, _ := typeutil.Callee(info, call).(*types.Var)
	return p.vars[v]
}

// compareParams describes an assertion: args[0] op args[1].
type compareParams struct {
	args [2]int
	op   token.Token
}

// comparators maps a sink's comparison, as gomega's BeNumerically and the
// rows write it, to its operator; "" is equality.
var comparators = map[string]token.Token{
	"": token.EQL, "==": token.EQL, "<": token.LSS, "<=": token.LEQ, ">": token.GTR, ">=": token.GEQ,
}

// matcherParams describes a matcher: the index of its expected value and,
// if byOp, the index of the string argument that names its comparison
// (see comparators); else it compares for equality.
type matcherParams struct {
	expected, opIndex int
	byOp              bool
}

// isChainLink reports whether fn starts an assertion or builds a matcher,
// the two links of a matcher chain whose arguments can be literals.
func (p *positions) isChainLink(fn *types.Func) bool {
	if len(p.applies) == 0 {
		return false // no chain can be completed
	}
	_, isActual := p.actuals[fn]
	_, isMatcher := p.matchers[fn]
	return isActual || isMatcher
}

// chain finds the matcher chain, such as Expect(actual).To(Equal(expected)),
// that call belongs to, given its cursor: call, of fn, is the chain's
// assertion (Expect) or its matcher (Equal). It returns the two values
// the chain compares, call's own argument first, and how: own op other.
func (p *positions) chain(info *types.Info, cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) (own, other ast.Expr, op token.Token, ok bool) {
	// Find the apply call, which joins the two links: the call is its
	// receiver, as in Expect(x).To(m), or its matcher, as in To(Equal(y)).
	parent := unparenParent(cur)
	if _, isActual := p.actuals[fn]; isActual {
		sel, ok := parent.Node().(*ast.SelectorExpr)
		if !ok {
			return nil, nil, 0, false
		}
		parent = unparenParent(parent)
		if apply, ok := parent.Node().(*ast.CallExpr); !ok || ast.Unparen(apply.Fun) != sel {
			return nil, nil, 0, false
		}
	}
	apply, ok := parent.Node().(*ast.CallExpr)
	if !ok {
		return nil, nil, 0, false
	}
	// The apply call's receiver is an assertion on the actual value.
	index, ok := p.applies[callee(info, apply)]
	if !ok || index >= len(apply.Args) {
		return nil, nil, 0, false
	}
	sel, ok := ast.Unparen(apply.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil, 0, false
	}
	assertion, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return nil, nil, 0, false
	}
	actual := argument(info, assertion, p.actuals)
	// Its argument is a matcher that compares for equality.
	m, ok := ast.Unparen(apply.Args[index]).(*ast.CallExpr)
	if !ok || actual == nil || (call != assertion && call != m) {
		return nil, nil, 0, false
	}
	params, ok := p.matchers[callee(info, m)]
	if !ok || m.Ellipsis.IsValid() || params.expected >= len(m.Args) || params.opIndex >= len(m.Args) {
		return nil, nil, 0, false
	}
	op = token.EQL
	if params.byOp {
		comparator := stringValue(info, m.Args[params.opIndex])
		if op, ok = comparators[comparator]; !ok || comparator == "" {
			return nil, nil, 0, false // BeNumerically("~", 200, 99): an approximation
		}
	}
	expected := m.Args[params.expected]
	if call == assertion {
		return actual, expected, op, true // actual op expected
	}
	return expected, actual, flip(op), true
}

// stringValue returns the value of e if it is a string constant, else "".
func stringValue(info *types.Info, e ast.Expr) string {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

// argument returns the argument of call whose index indexes gives for its
// callee, or nil.
func argument(info *types.Info, call *ast.CallExpr, indexes map[*types.Func]int) ast.Expr {
	i, ok := indexes[callee(info, call)]
	if !ok || i >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil
	}
	return call.Args[i]
}

// unparenParent returns the parent of cur's node, skipping parentheses.
func unparenParent(cur inspector.Cursor) inspector.Cursor {
	cur = cur.Parent()
	for {
		if _, ok := cur.Node().(*ast.ParenExpr); !ok {
			return cur
		}
		cur = cur.Parent()
	}
}

// isWriteHeader reports whether call is a WriteHeader(int) method call on a
// value whose type implements http.ResponseWriter. The method may be
// declared by a user type, so it is recognised by its receiver, not by
// its identity.
func (p *positions) isWriteHeader(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if p.responseWriter == nil || fn.Name() != "WriteHeader" {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 1 || !isInteger(sig.Params().At(0).Type()) {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv := info.TypeOf(sel.X)
	if recv == nil {
		return false
	}
	return types.Implements(recv, p.responseWriter) ||
		types.Implements(types.NewPointer(recv), p.responseWriter)
}

// keepsStatus reports whether call, of fn, is a status position that reads
// a code <= 0 as "keep the current status" (see keepStatus): fn is such an
// API, or declared in such a package, or called on a value of such a
// package's type, as in gin's c.Writer.WriteHeader(-1) through the
// gin.ResponseWriter interface.
func keepsStatus(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() != nil && (keepStatus[fn.Pkg().Path()] || keepStatus[fn.FullName()]) {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := info.TypeOf(sel.X)
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && keepStatus[named.Obj().Pkg().Path()]
}

// isStatusValue reports whether e reads a status code: a status field such
// as resp.StatusCode, or a call of a method such as gin's Writer.Status().
func (p *positions) isStatusValue(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return false
		}
		v, ok := sel.Obj().(*types.Var)
		return ok && p.fields[v.Origin()]
	case *ast.CallExpr:
		fn := callee(info, e)
		return fn != nil && p.results[fn]
	}
	return false
}

// isStatusField reports whether the selector e names a status field.
func (p *positions) isStatusField(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && p.isStatusValue(info, sel)
}

// isInteger reports whether t's underlying type is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
