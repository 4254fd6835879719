package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// positions holds the status positions reachable from one package, resolved
// to the go/types objects that the package's code refers to.
type positions struct {
	args    map[*types.Func][]int  // functions and methods: indexes of status arguments
	queries map[*types.Func]bool   // lookups such as http.StatusText: their codes are asked about, not written
	compare map[*types.Func][2]int // equality assertions: the two compared arguments
	fields  map[*types.Var]bool    // struct fields holding a status code
	results map[*types.Func]bool   // methods returning a status code

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
		compare: make(map[*types.Func][2]int),
		fields:  make(map[*types.Var]bool),
		results: make(map[*types.Func]bool),
	}
	found := false
	for i := range sinks {
		sk := &sinks[i]
		pkg := reachable[sk.pkg]
		if pkg == nil {
			continue // the package cannot refer to this API
		}
		obj := lookup(pkg, sk.recv, sk.name)
		if obj == nil {
			continue // another version of the API, without this member
		}
		found = true
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
				p.compare[fn] = sk.args
			}
		case fieldSink:
			if v, ok := obj.(*types.Var); ok && v.IsField() {
				p.fields[v] = true
			}
		case resultSink:
			if fn, ok := obj.(*types.Func); ok {
				p.results[fn] = true
			}
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
		if fact, ok := f.Fact.(*wrapperFact); ok {
			if fn, ok := f.Object.(*types.Func); ok {
				p.addArgs(fn, fact.Args...)
				found = true
			}
		}
	}
	return p, found
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
	if idx, ok := p.args[fn]; ok {
		return idx
	}
	if p.isWriteHeader(info, call, fn) {
		return writeHeaderArg
	}
	return nil
}

var writeHeaderArg = []int{0}

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
// a code <= 0 as "keep the current status" (see keepStatus): fn is declared
// in such a package, or called on a value of such a package's type, as in
// gin's c.Writer.WriteHeader(-1) through the gin.ResponseWriter interface.
func keepsStatus(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() != nil && keepStatus[fn.Pkg().Path()] {
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
