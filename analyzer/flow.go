package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file holds the walker's half of the flow graph: which slot an
// expression reads or writes, and the flows that assignments, calls,
// returns, composite literals and ranges make between slots.

// funcLitName names the stand-in objects of func literals.
const funcLitName = "func literal"

// enterFunc links the parameters of fn, a function or a func literal's
// stand-in, to the variables that hold them in its body, and its named
// results to its results.
func (w *walker) enterFunc(fn types.Object, ft *ast.FuncType) {
	if !mayHaveInteger(ft.Params) && (!w.follow || ft.Results == nil || !mayHaveInteger(ft.Results)) {
		return // no named parameter or result can be an integer: spare the lookups
	}
	sig, ok := fn.Type().Underlying().(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	for i := range params.Len() {
		v := params.At(i)
		if v.Name() == "" || v.Name() == "_" || !isSlotInteger(v.Type()) {
			continue
		}
		if sig.Variadic() && i == params.Len()-1 {
			continue // a slice, not an integer
		}
		if _, isFunc := fn.(*types.Func); isFunc && !w.follow {
			// Without -follow, only these are slots (see targetOf);
			// with it, collectNames has every integer's name.
			if w.params == nil {
				w.params = make(map[*types.Var]bool)
			}
			w.params[v] = true
			w.names[v.Name()] = true
		}
		w.g.edge(slot{fn, paramSlot, i}, slot{v, valueSlot, 0})
	}
	if !w.follow {
		return
	}
	results := sig.Results()
	for i := range results.Len() {
		v := results.At(i)
		if v.Name() != "" && v.Name() != "_" && isSlotInteger(v.Type()) {
			w.g.edge(slot{v, valueSlot, 0}, slot{fn, resultSlot, i}) // a bare return returns it
		}
	}
}

// namedInteger reports whether sig has a named integer parameter or
// result, which enterFunc links to its slot.
func namedInteger(sig *types.Signature) bool {
	return anyParamOrResult(sig, func(v *types.Var) bool {
		return v.Name() != "" && v.Name() != "_" && isSlotInteger(v.Type())
	})
}

// hasIntegerSlot reports whether sig has an integer parameter or result.
func hasIntegerSlot(sig *types.Signature) bool {
	return anyParamOrResult(sig, func(v *types.Var) bool { return isSlotInteger(v.Type()) })
}

// anyParamOrResult reports whether a parameter or result of sig satisfies ok.
func anyParamOrResult(sig *types.Signature, ok func(*types.Var) bool) bool {
	for _, list := range [2]*types.Tuple{sig.Params(), sig.Results()} {
		for i := range list.Len() {
			if ok(list.At(i)) {
				return true
			}
		}
	}
	return false
}

// funcLitObject returns the stand-in object of a func literal, which
// declares its parameters and results as slots.
func (w *walker) funcLitObject(lit *ast.FuncLit) types.Object {
	if obj, ok := w.lits[lit]; ok {
		return obj
	}
	t := w.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return nil // not type-checked
	}
	if w.lits == nil {
		w.lits = make(map[*ast.FuncLit]types.Object)
	}
	obj := types.NewVar(lit.Pos(), w.pass.Pkg, funcLitName, t)
	w.lits[lit] = obj
	return obj
}

// read returns the slot whose value e reads: a variable, a field, an
// element of a collection, a call's only result.
func (w *walker) read(e ast.Expr) (slot, bool) {
	e = ast.Unparen(e)
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return w.place(e)
	}
	if !w.follow || !w.mayCallSlots(call) {
		return slot{}, false
	}
	if tv, ok := w.pass.TypesInfo.Types[call]; !ok || tv.Type == nil || !isSlotInteger(tv.Type) {
		return slot{}, false // not one integer: spare resolving the callee
	}
	obj, sig := w.calleeSlots(call)
	if obj == nil || sig.Results().Len() != 1 || !isSlotInteger(sig.Results().At(0).Type()) {
		return slot{}, false
	}
	return slot{obj, resultSlot, 0}, true
}

// mayCallSlots reports whether call may call something whose results are
// slots that matter, as far as the callee's name tells: one of this
// package's functions, methods and func-typed variables with integer
// results, or an imported object that a fact describes (see collectNames).
// An imported function that no fact describes has results no seed can
// reach. A callee that is not named (a func literal, a call's result) may.
func (w *walker) mayCallSlots(call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	for {
		switch f := fun.(type) {
		case *ast.IndexExpr:
			fun = ast.Unparen(f.X) // an instantiation: f[int](x)
			continue
		case *ast.IndexListExpr:
			fun = ast.Unparen(f.X)
			continue
		case *ast.Ident:
			return w.names[f.Name]
		case *ast.SelectorExpr:
			return w.names[f.Sel.Name]
		}
		return true
	}
}

// place returns the slot that the variable, field or element e names.
// Without -follow only the package's integer parameters are slots.
func (w *walker) place(e ast.Expr) (slot, bool) {
	d := w.targetOf(e)
	return d.s, d.ok
}

// varOf returns the variable or field that e names, or nil.
func (w *walker) varOf(e ast.Expr) *types.Var {
	info := w.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident:
		// Uses first: most identifiers met are uses, and ObjectOf
		// looks in Defs first.
		obj := info.Uses[e]
		if obj == nil {
			obj = info.Defs[e]
		}
		v, _ := obj.(*types.Var)
		return v
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				v, _ := sel.Obj().(*types.Var)
				return v
			}
			return nil
		}
		v, _ := info.Uses[e.Sel].(*types.Var) // a package variable, qualified
		return v
	}
	return nil
}

// isSlotInteger reports whether t is an integer type whose values may be
// slots: one that can hold every status code, 100-999. A byte or an int8
// never carries a code to a status position without a conversion, which
// the flows do not follow, and []byte is data, not a collection of codes.
func isSlotInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	switch b.Kind() {
	case types.Int8, types.Uint8:
		return false
	}
	return true
}

// isIntCollection reports whether t is a slice, array or map of slot
// integers.
func isIntCollection(t types.Type) bool {
	switch t := t.(type) {
	case *types.Slice:
		return isSlotInteger(t.Elem())
	case *types.Array:
		return isSlotInteger(t.Elem())
	case *types.Map:
		return isSlotInteger(t.Elem())
	}
	return false
}

// A dest is where a value is stored: a slot, if the place is one, and
// the place's type and variable, for func values.
type dest struct {
	s   slot
	ok  bool
	typ types.Type
	v   *types.Var
}

// targetOf returns the dest of an assignment to e: the slot of the
// variable, field or element e names, if any, and its type and variable.
func (w *walker) targetOf(e ast.Expr) dest {
	e = ast.Unparen(e)
	if ix, ok := e.(*ast.IndexExpr); ok {
		d := w.targetOf(ix.X)
		if !d.ok || d.s.kind != elemSlot {
			return dest{}
		}
		return dest{s: d.s, ok: true}
	}
	v := w.varOf(e)
	if v == nil {
		return dest{}
	}
	if !w.follow {
		return dest{s: slot{v, valueSlot, 0}, ok: w.params[v]}
	}
	if v.IsField() {
		v = v.Origin() // a field of a generic struct, instantiated
	}
	return varDest(v)
}

// varDest returns the dest of a value stored into v.
func varDest(v *types.Var) dest {
	d := dest{typ: v.Type(), v: v}
	u := d.typ.Underlying()
	if isSlotInteger(u) {
		d.s, d.ok = slot{v, valueSlot, 0}, true
	} else if isIntCollection(u) {
		d.s, d.ok = slot{v, elemSlot, 0}, true
	}
	return d
}

// flowInto records that e is stored into t: a literal is a store to judge
// once the flows are solved (arg: as a call's argument, see slotStore); a
// status value makes t hold one; a slot flows into t; a func value binds
// t's parameters and results; arithmetic changes t.
func (w *walker) flowInto(e ast.Expr, t dest, arg bool) {
	e = ast.Unparen(e)
	if t.typ != nil {
		if _, ok := t.typ.Underlying().(*types.Signature); ok {
			w.bindFunc(e, t.typ, t.v)
			return
		}
	}
	if !t.ok {
		return
	}
	if literalOf(e) != nil {
		if arg || mayBeCode(e) {
			w.g.stores = append(w.g.stores, slotStore{w.cur, e, t.s, arg})
		}
		return // in a slot, a literal that is no code is a sentinel or a count
	}
	if w.pos.isStatusValue(w.pass.TypesInfo, e) {
		w.g.holdSeeds = append(w.g.holdSeeds, holdSeed{t.s, e.Pos()})
		return
	}
	if src, ok := w.read(e); ok {
		w.g.edge(src, t.s)
		return
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		if t.s.kind == elemSlot {
			for _, elt := range e.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				w.flowInto(elt, dest{s: t.s, ok: true}, false)
			}
		}
	case *ast.BinaryExpr, *ast.UnaryExpr:
		if t.s.kind == valueSlot && literalOf(e) == nil && isArithmetic(e) {
			w.g.change(t.s) // changed by arithmetic: no longer followed
		}
	}
}

// isArithmetic reports whether e computes an integer from others.
func isArithmetic(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
			token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			return true
		}
	case *ast.UnaryExpr:
		return e.Op == token.SUB || e.Op == token.XOR || e.Op == token.ADD
	}
	return false
}

// bindFunc records that the func value e is stored where values of type t
// live, in variable v if any: a call through that place calls e, so its
// parameters take what the place's take, and its results are the place's.
func (w *walker) bindFunc(e ast.Expr, t types.Type, v *types.Var) {
	if !w.follow {
		return
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || !hasIntegerSlot(sig) {
		return // no integer travels through such a value: spare the stand-ins
	}
	dst := funcPlace(t, v)
	src := w.funcValue(e)
	if dst == nil || src == nil || dst == src {
		return
	}
	for i := range sig.Params().Len() {
		if isSlotInteger(sig.Params().At(i).Type()) {
			w.g.edge(slot{dst, paramSlot, i}, slot{src, paramSlot, i})
		}
	}
	for i := range sig.Results().Len() {
		if isSlotInteger(sig.Results().At(i).Type()) {
			w.g.edge(slot{src, resultSlot, i}, slot{dst, resultSlot, i})
		}
	}
}

// funcPlace returns the object that declares the slots of a place of func
// type t: the named func type, whose every value shares them, or else the
// variable v.
func funcPlace(t types.Type, v *types.Var) types.Object {
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Origin().Obj()
	}
	if v == nil {
		return nil
	}
	return v.Origin()
}

// funcValue returns the object that declares the slots of the func value
// e: a function, a func literal's stand-in, or a place of func type.
func (w *walker) funcValue(e ast.Expr) types.Object {
	info := w.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return w.funcLitObject(e)
	case *ast.Ident:
		return funcObject(info.ObjectOf(e))
	case *ast.SelectorExpr:
		return funcObject(info.ObjectOf(e.Sel))
	}
	return nil
}

// funcObject returns the object that declares the slots of the function
// or func-typed variable obj, or nil.
func funcObject(obj types.Object) types.Object {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Origin()
	case *types.Var:
		return funcPlace(obj.Type(), obj)
	}
	return nil
}

// calleeSlots returns the object that declares the slots of what call
// calls, and its signature: a function or method (in its generic form), a
// variable or field of func type, a value of a named func type, a func
// literal called at once. It returns nil for a builtin or a conversion.
func (w *walker) calleeSlots(call *ast.CallExpr) (types.Object, *types.Signature) {
	info := w.pass.TypesInfo
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		fn = fn.Origin()
		return fn, fn.Signature()
	case *types.Builtin:
		return nil, nil
	}
	t := info.TypeOf(call.Fun)
	if t == nil {
		return nil, nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return nil, nil // a conversion
	}
	if obj := w.funcValue(call.Fun); obj != nil {
		return obj, sig
	}
	return funcPlace(t, nil), sig
}

// paramAt returns the type and variable of the parameter that argument i
// of a call of sig is passed to, or nil for a variadic argument.
func paramAt(sig *types.Signature, i int) (types.Type, *types.Var) {
	params := sig.Params()
	if i >= params.Len() || sig.Variadic() && i >= params.Len()-1 {
		return nil, nil
	}
	return params.At(i).Type(), params.At(i)
}

// assign handles an assignment: each value flows into its place, and a
// value stored into a status field is in a status position.
func (w *walker) assign(n *ast.AssignStmt) {
	info := w.pass.TypesInfo
	if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
		for _, lhs := range n.Lhs {
			w.change(lhs) // op-assignment: x += 1
		}
		return
	}
	if len(n.Lhs) != len(n.Rhs) {
		if len(n.Rhs) == 1 && w.follow && w.anyOperand(n.Lhs) {
			w.assignTuple(n.Lhs, n.Rhs[0])
		}
		for _, lhs := range n.Lhs {
			if !w.follow {
				w.change(lhs)
			}
		}
		return
	}
	for i, lhs := range n.Lhs {
		rhs := n.Rhs[i]
		if !w.operand(lhs) {
			continue // not a slot, nor a status field
		}
		if w.follow && literalOf(rhs) != nil && !mayBeCode(rhs) {
			continue // i := 0: nothing to report, nothing to follow
		}
		if n.Tok == token.ASSIGN && w.pos.isStatusField(info, lhs) {
			if w.operand(rhs) {
				w.statusOperand(rhs, stored, lhs.Pos())
			}
			continue
		}
		if !w.follow {
			w.change(lhs) // a parameter assigned is no longer followed
			continue
		}
		w.flowInto(rhs, w.targetOf(lhs), false)
	}
}

// assignTuple handles a, b := f() and v, ok := m[k]: the results flow into
// their places.
func (w *walker) assignTuple(lhs []ast.Expr, rhs ast.Expr) {
	switch rhs := ast.Unparen(rhs).(type) {
	case *ast.CallExpr:
		if !w.mayCallSlots(rhs) {
			return
		}
		if tv, ok := w.pass.TypesInfo.Types[rhs]; !ok || !anyInteger(tv.Type) {
			return // no integer result: spare resolving the callee
		}
		obj, sig := w.calleeSlots(rhs)
		if obj == nil || sig.Results().Len() != len(lhs) {
			return
		}
		for i, l := range lhs {
			if t := w.targetOf(l); t.ok && isSlotInteger(sig.Results().At(i).Type()) {
				w.g.edge(slot{obj, resultSlot, i}, t.s)
			}
		}
	case *ast.IndexExpr:
		w.flowInto(rhs, w.targetOf(lhs[0]), false) // v, ok := m[k]
	}
}

// anyInteger reports whether t, a call's type, is or has an integer.
func anyInteger(t types.Type) bool {
	if tuple, ok := t.(*types.Tuple); ok {
		for i := range tuple.Len() {
			if isSlotInteger(tuple.At(i).Type()) {
				return true
			}
		}
		return false
	}
	return t != nil && isSlotInteger(t)
}

// valueSpec handles var x = 404 and var a, b = f().
func (w *walker) valueSpec(n *ast.ValueSpec) {
	if len(n.Values) == 0 {
		return
	}
	slots := false
	for _, name := range n.Names {
		slots = slots || w.names[name.Name]
	}
	if !slots {
		return // declares no slot
	}
	lhs := make([]ast.Expr, len(n.Names))
	for i, name := range n.Names {
		lhs[i] = name
	}
	if len(n.Values) == len(lhs) {
		for i, v := range n.Values {
			w.flowInto(v, w.targetOf(lhs[i]), false)
		}
	} else if len(n.Values) == 1 {
		w.assignTuple(lhs, n.Values[0])
	}
}

// compositeLit handles a struct literal, keyed or positional: each value
// flows into its field, and a value of a status field is in a status
// position. Func values in a collection bind to its element type.
func (w *walker) compositeLit(n *ast.CompositeLit) {
	info := w.pass.TypesInfo
	if !w.anyElement(n) {
		return // nothing that may be stored into a slot
	}
	t := info.TypeOf(n)
	if t == nil {
		return
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem() // an element of a []*T literal, written {...} for &T{...}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i, elt := range n.Elts {
			var field *types.Var
			value := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				key, ok := kv.Key.(*ast.Ident)
				if !ok || !w.names[key.Name] || !w.operand(kv.Value) {
					continue // not a slot, or nothing to store into one
				}
				field, _ = info.Uses[key].(*types.Var)
				value = kv.Value
			} else if i < u.NumFields() {
				field = u.Field(i)
			}
			if field == nil || !w.operand(value) {
				continue
			}
			switch ft := field.Type().Underlying(); {
			case isSlotInteger(ft):
				if w.pos.fields[field.Origin()] {
					w.statusOperand(value, stored, elt.Pos())
					continue
				}
			case !w.follow:
				continue
			case isIntCollection(ft):
			default:
				if _, ok := ft.(*types.Signature); !ok {
					continue // a field that holds no integer and no function
				}
			}
			if w.follow {
				w.flowInto(value, varDest(field.Origin()), false)
			}
		}
	case *types.Map, *types.Slice, *types.Array:
		if !w.follow {
			return
		}
		elem := u.(interface{ Elem() types.Type }).Elem()
		if _, ok := elem.Underlying().(*types.Signature); !ok {
			return // integers are handled where the collection is stored
		}
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			w.bindFunc(elt, elem, nil)
		}
	}
}

// anyElement reports whether an element of n may matter: an operand,
// keyed by a name that may be a slot's or not.
func (w *walker) anyElement(n *ast.CompositeLit) bool {
	for _, elt := range n.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if w.operand(elt) {
			return true
		}
	}
	return false
}

// returnStmt handles a return: each result flows into its function's.
func (w *walker) returnStmt(cur inspector.Cursor, n *ast.ReturnStmt) {
	if !w.anyOperand(n.Results) {
		// Nothing that may be a code, a status value, a slot or a func
		// value: spare finding the function.
		return
	}
	var fn types.Object
	// The enclosing function, by parents: Cursor.Enclosing allocates.
outer:
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		switch f := c.Node().(type) {
		case *ast.FuncDecl:
			if w.names[f.Name.Name] {
				fn = w.pass.TypesInfo.Defs[f.Name]
			}
			break outer
		case *ast.FuncLit:
			if mayHaveIntegerType(f.Type.Results) {
				fn = w.funcLitObject(f) // an integer or a named func type
			}
			break outer
		}
	}
	if fn == nil || len(n.Results) == 0 {
		return
	}
	sig, ok := fn.Type().Underlying().(*types.Signature)
	if !ok {
		return
	}
	results := sig.Results()
	if len(n.Results) != results.Len() {
		return // return f(): the results of a call with several
	}
	for i, e := range n.Results {
		t := results.At(i).Type()
		rt := dest{typ: t}
		if isSlotInteger(t) {
			rt.s, rt.ok = slot{fn, resultSlot, i}, true
		}
		if rt.ok || w.operand(e) {
			w.flowInto(e, rt, false)
		}
	}
}

// rangeStmt handles a range over a collection of integers: its elements
// flow into the value variable.
func (w *walker) rangeStmt(n *ast.RangeStmt) {
	if n.Tok == token.ASSIGN {
		w.change(n.Key)
		if !w.follow {
			w.change(n.Value)
		}
	}
	if !w.follow || n.Value == nil || !w.operand(n.Value) {
		return
	}
	value := w.targetOf(n.Value)
	if !value.ok {
		return
	}
	if cl, ok := ast.Unparen(n.X).(*ast.CompositeLit); ok {
		for _, elt := range cl.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			w.flowInto(elt, value, false)
		}
		return
	}
	if s, ok := w.place(n.X); ok && s.kind == elemSlot {
		w.g.edge(s, value.s)
	}
}

// change records that the place e, if it is a slot, is changed other than
// by storing a value into it: such a slot is not followed. Which slot it
// is matters only if a flow involves one of its name, which most counters
// and indexes never do: resolveChanges finds out once the walk is done.
func (w *walker) change(e ast.Expr) {
	if e == nil || !w.operand(e) {
		return // not a slot
	}
	w.changes = append(w.changes, e)
}

// resolveChanges resolves the changed places whose names a flow involves.
func (w *walker) resolveChanges() {
	if len(w.changes) == 0 {
		return
	}
	involved := make(map[string]bool)
	add := func(s slot) { involved[s.obj.Name()] = true }
	for _, e := range w.g.edges {
		add(e.src)
		add(e.dst)
	}
	for _, s := range w.g.becomeSeeds {
		add(s.s)
	}
	for _, s := range w.g.holdSeeds {
		add(s.s)
	}
	for _, st := range w.g.stores {
		add(st.dst)
	}
	for _, e := range w.changes {
		if !involved[placeName(e)] {
			continue // no flow involves a slot of that name
		}
		if s, ok := w.place(e); ok {
			w.g.change(s)
		}
	}
}

// placeName returns the name of the variable or field that the place e
// names, or of the collection it indexes.
func placeName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		return placeName(e.X)
	}
	return ""
}

// mayBeCode reports whether the literal e may be reported in a slot: a
// registered or three-digit code, 100-999. Counters and indexes (i := 0,
// n = 1) are spared the lookups.
func mayBeCode(e ast.Expr) bool {
	lit := literalOf(e)
	if lit == nil {
		return false
	}
	v := lit.Value
	if len(v) > 1 && v[0] == '0' || strings.ContainsRune(v, '_') {
		return true // hexadecimal, octal, binary or with digit separators: let the types tell
	}
	return len(v) == 3
}

// checkSites judges, once the flows are solved, the literals stored into
// slots and compared with them.
func (w *walker) checkSites(sol solution) {
	for _, st := range w.g.stores {
		r, ok := sol.becomes[st.dst]
		if !ok {
			continue // not a status slot
		}
		u := r.use
		if !st.arg && u == sent {
			// In a slot, a code outside 100-999 is a sentinel until it is
			// sent: only a call's argument is sent as it is.
			u = stored
		}
		w.cur = st.file
		st.file.viaSlots = true
		w.literalVia(st.expr, u, r.at, relatedMessage(r.use))
	}
	for _, c := range w.g.compares {
		at, ok := sol.holds[c.other]
		if !ok {
			continue // not compared with a status value
		}
		w.cur = c.file
		c.file.viaSlots = true
		w.literalVia(c.expr, compared, at, "compared with the status code read here")
	}
}

// relatedMessage says how a slot's value becomes a status code.
func relatedMessage(u use) string {
	switch u {
	case sent:
		return "sent as a status code here"
	case stored:
		return "stored as a status code here"
	case compared:
		return "compared with a status code here"
	}
	return "looked up as a status code here"
}

// mayHaveInteger reports whether a parameter list may hold a named
// integer, as far as its syntax tells (see neverInteger): only named
// parameters and results are variables of the body.
func mayHaveInteger(params *ast.FieldList) bool {
	for _, f := range params.List {
		if len(f.Names) > 0 && !neverInteger(f.Type) {
			return true // named, perhaps an integer: the types tell
		}
	}
	return false
}

// mayHaveIntegerType reports whether a parameter or result list may hold
// an integer, named or not, as far as its syntax tells.
func mayHaveIntegerType(list *ast.FieldList) bool {
	if list == nil {
		return false
	}
	for _, f := range list.List {
		if !neverInteger(f.Type) {
			return true
		}
	}
	return false
}

// neverInteger reports whether the type expression t cannot denote an
// integer type: pointers, slices, arrays, maps, functions, channels,
// structs, interfaces and variadic parameters never do.
func neverInteger(t ast.Expr) bool {
	switch ast.Unparen(t).(type) {
	case *ast.StarExpr, *ast.ArrayType, *ast.MapType, *ast.FuncType,
		*ast.ChanType, *ast.StructType, *ast.InterfaceType, *ast.Ellipsis:
		return true
	}
	return false
}
