// Command analyzer lists the timing-sensitive calls in Go test files whose duration is a
// constant it can evaluate, and per Test function its timing needs (needs.go). It reads file
// paths, one per line, on stdin and writes one JSON document to stdout:
// {"filesScanned": n, "waits": [...], "tests": [...], "errors": [...]}.
// It uses only the standard library so that any Go 1.19+ toolchain builds it offline.
package main

import (
	"bufio"
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Durations are nanoseconds, as time.Duration counts them.
var timeUnits = map[string]int64{
	"Nanosecond":  1,
	"Microsecond": 1e3,
	"Millisecond": 1e6,
	"Second":      1e9,
	"Minute":      60e9,
	"Hour":        3600e9,
}

// Which argument of each call is the duration.
var timeCalls = map[string]int{"Sleep": 0, "After": 0, "Tick": 0, "NewTimer": 0, "NewTicker": 0, "AfterFunc": 0}
var contextCalls = map[string]int{"WithTimeout": 1, "WithTimeoutCause": 1, "WithDeadline": 1, "WithDeadlineCause": 1}

var conversionTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true,
}

type constDef struct {
	expr ast.Expr
	iota int64
	file *sourceFile
}

type sourceFile struct {
	path   string
	src    []byte
	syntax *ast.File
	// Local names under which the file imports "time" and "context" ("." for a dot import).
	timeNames    map[string]bool
	contextNames map[string]bool
	// Every constant name declared in the file, at any scope.
	consts map[*ast.Ident]*constDef
}

type packageInfo struct {
	name   string
	consts map[string][]*constDef
	funcs  map[string]bool
}

type analyzer struct {
	fset     *token.FileSet
	packages map[string]*packageInfo
	active   map[*constDef]bool
	// Every file parsed: the listed ones and the rest of their packages.
	all    []*sourceFile
	waits  []map[string]interface{}
	tests  []map[string]interface{}
	errors []map[string]interface{}
}

func main() {
	var paths []string
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line != "" {
			paths = append(paths, line)
		}
	}
	a := &analyzer{fset: token.NewFileSet(), packages: map[string]*packageInfo{}, active: map[*constDef]bool{}}
	files := a.load(paths)
	idx := a.buildIndex()
	for _, f := range files {
		a.scan(f)
		a.tests = append(a.tests, a.testNeeds(f, idx)...)
	}
	sort.SliceStable(a.waits, func(i, j int) bool {
		x, y := a.waits[i], a.waits[j]
		if x["file"] != y["file"] {
			return x["file"].(string) < y["file"].(string)
		}
		if x["line"] != y["line"] {
			return x["line"].(int) < y["line"].(int)
		}
		return x["column"].(int) < y["column"].(int)
	})
	out := map[string]interface{}{"filesScanned": len(paths), "waits": a.waits, "tests": a.tests, "errors": a.errors}
	if a.tests == nil {
		out["tests"] = []interface{}{}
	}
	if a.waits == nil {
		out["waits"] = []interface{}{}
	}
	if a.errors == nil {
		out["errors"] = []interface{}{}
	}
	encoder := json.NewEncoder(os.Stdout)
	if err := encoder.Encode(out); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}

// load parses the listed files, and the other .go files of their directories for the
// package-level constants and functions the listed files may refer to.
func (a *analyzer) load(paths []string) []*sourceFile {
	listed := map[string]bool{}
	dirs := []string{}
	seenDir := map[string]bool{}
	for _, p := range paths {
		listed[filepath.Clean(p)] = true
		dir := filepath.Dir(p)
		if !seenDir[dir] {
			seenDir[dir] = true
			dirs = append(dirs, dir)
		}
	}
	var scanned []*sourceFile
	for _, p := range paths {
		if f := a.parse(p, true); f != nil {
			scanned = append(scanned, f)
		}
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			name := e.Name()
			p := filepath.Join(dir, name)
			if e.IsDir() || !strings.HasSuffix(name, ".go") || listed[filepath.Clean(p)] {
				continue
			}
			a.parse(p, false)
		}
	}
	return scanned
}

func (a *analyzer) parse(path string, listed bool) *sourceFile {
	src, err := os.ReadFile(path)
	if err != nil {
		if listed {
			a.errors = append(a.errors, map[string]interface{}{"file": path, "message": err.Error()})
		}
		return nil
	}
	syntax, err := parser.ParseFile(a.fset, path, src, parser.ParseComments)
	if err != nil {
		// Context files of the package are best effort; a listed file that does not parse is reported.
		if listed {
			a.errors = append(a.errors, map[string]interface{}{"file": path, "message": err.Error()})
		}
		return nil
	}
	f := &sourceFile{path: path, src: src, syntax: syntax, timeNames: map[string]bool{}, contextNames: map[string]bool{}, consts: map[*ast.Ident]*constDef{}}
	a.all = append(a.all, f)
	for _, spec := range syntax.Imports {
		importPath, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		local := filepath.Base(importPath)
		if spec.Name != nil {
			local = spec.Name.Name
		}
		switch importPath {
		case "time":
			f.timeNames[local] = true
		case "context":
			f.contextNames[local] = true
		}
	}
	pkg := a.packageOf(filepath.Dir(path), syntax.Name.Name)
	ast.Inspect(syntax, func(n ast.Node) bool {
		decl, ok := n.(*ast.GenDecl)
		if !ok || decl.Tok != token.CONST {
			return true
		}
		// An omitted value list repeats the previous one, with this spec's iota.
		var values []ast.Expr
		for i, s := range decl.Specs {
			spec := s.(*ast.ValueSpec)
			if len(spec.Values) > 0 {
				values = spec.Values
			}
			for j, name := range spec.Names {
				if j >= len(values) {
					continue
				}
				f.consts[name] = &constDef{expr: values[j], iota: int64(i), file: f}
			}
		}
		return true
	})
	for _, d := range syntax.Decls {
		switch decl := d.(type) {
		case *ast.GenDecl:
			if decl.Tok != token.CONST {
				continue
			}
			for _, s := range decl.Specs {
				for _, name := range s.(*ast.ValueSpec).Names {
					if def := f.consts[name]; def != nil && name.Name != "_" {
						pkg.consts[name.Name] = append(pkg.consts[name.Name], def)
					}
				}
			}
		case *ast.FuncDecl:
			if decl.Recv == nil {
				pkg.funcs[decl.Name.Name] = true
			}
		}
	}
	return f
}

func (a *analyzer) packageOf(dir, name string) *packageInfo {
	key := dir + "\x00" + name
	pkg := a.packages[key]
	if pkg == nil {
		pkg = &packageInfo{name: name, consts: map[string][]*constDef{}, funcs: map[string]bool{}}
		a.packages[key] = pkg
	}
	return pkg
}

func (a *analyzer) scan(f *sourceFile) {
	pkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)
	selectCases := map[*ast.CallExpr]bool{}
	ast.Inspect(f.syntax, func(n ast.Node) bool {
		switch node := n.(type) {
		case *ast.CommClause:
			if call := receivedCall(node.Comm); call != nil {
				selectCases[call] = true
			}
		case *ast.CallExpr:
			a.check(f, pkg, node, selectCases[node])
		}
		return true
	})
}

// received returns the operand x of "case <-x", "case v := <-x" and "case v, ok = <-x", without
// parentheses: a call (<-time.After(d)) or a channel variable (<-deadline).
func received(comm ast.Stmt) ast.Expr {
	var x ast.Expr
	switch s := comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	}
	if recv, ok := x.(*ast.UnaryExpr); ok && recv.Op == token.ARROW {
		return unparen(recv.X)
	}
	return nil
}

// receivedCall returns the call c in "case <-c(...)", or nil.
func receivedCall(comm ast.Stmt) *ast.CallExpr {
	call, _ := received(comm).(*ast.CallExpr)
	return call
}

func (a *analyzer) check(f *sourceFile, pkg *packageInfo, call *ast.CallExpr, inSelect bool) {
	var name string
	var arg int
	if fn, ok := a.calledFunc(f, pkg, call.Fun, f.timeNames, "time"); ok {
		index, known := timeCalls[fn]
		if !known {
			return
		}
		name, arg = "time."+fn, index
	} else if fn, ok := a.calledFunc(f, pkg, call.Fun, f.contextNames, "context"); ok {
		index, known := contextCalls[fn]
		if !known {
			return
		}
		name, arg = "context."+fn, index
	} else {
		return
	}
	if arg >= len(call.Args) {
		return
	}
	durationExpr := call.Args[arg]
	if strings.HasPrefix(name, "context.WithDeadline") {
		// Only a deadline written relative to now is a wait we can size: time.Now().Add(d).
		add, ok := unparen(durationExpr).(*ast.CallExpr)
		if !ok || len(add.Args) != 1 {
			return
		}
		sel, ok := add.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Add" {
			return
		}
		now, ok := unparen(sel.X).(*ast.CallExpr)
		if !ok || len(now.Args) != 0 {
			return
		}
		if fn, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, "time"); !ok || fn != "Now" {
			return
		}
		durationExpr = add.Args[0]
	}
	value, ok := a.eval(f, durationExpr, -1)
	if !ok {
		return
	}
	ns, ok := nanoseconds(value)
	if !ok {
		return
	}
	if inSelect {
		name = "select <-" + name
	}
	pos := a.fset.Position(call.Pos())
	a.waits = append(a.waits, map[string]interface{}{
		"file":       f.path,
		"line":       pos.Line,
		"column":     pos.Column,
		"call":       name,
		"durationNs": ns,
		"expression": a.text(f, durationExpr),
	})
}

// calledFunc names the function of package pkgName that fun refers to: through the file's
// import names, a dot import, or (inside that package itself) an unqualified top-level function.
func (a *analyzer) calledFunc(f *sourceFile, pkg *packageInfo, fun ast.Expr, names map[string]bool, pkgName string) (string, bool) {
	switch fn := unparen(fun).(type) {
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok && id.Obj == nil && names[id.Name] {
			return fn.Sel.Name, true
		}
	case *ast.Ident:
		if fn.Obj != nil {
			return "", false
		}
		if names["."] || (pkg.name == pkgName && pkg.funcs[fn.Name]) {
			return fn.Name, true
		}
	}
	return "", false
}

// unparen strips parentheses (ast.Unparen needs Go 1.22).
func unparen(x ast.Expr) ast.Expr {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			return x
		}
		x = p.X
	}
}

// text is the source of x with its whitespace runs collapsed, for a one-line message.
func (a *analyzer) text(f *sourceFile, x ast.Expr) string {
	start, end := a.fset.Position(x.Pos()).Offset, a.fset.Position(x.End()).Offset
	if start < 0 || end > len(f.src) || start > end {
		return ""
	}
	return strings.Join(strings.Fields(string(f.src[start:end])), " ")
}

// eval folds a constant expression with go/constant. iota is -1 outside a const declaration.
func (a *analyzer) eval(f *sourceFile, x ast.Expr, iota int64) (constant.Value, bool) {
	switch e := x.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		return v, v.Kind() == constant.Int || v.Kind() == constant.Float
	case *ast.ParenExpr:
		return a.eval(f, e.X, iota)
	case *ast.Ident:
		return a.evalIdent(f, e, iota)
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok && id.Obj == nil && f.timeNames[id.Name] {
			if unit, ok := timeUnits[e.Sel.Name]; ok {
				return constant.MakeInt64(unit), true
			}
		}
	case *ast.UnaryExpr:
		if e.Op != token.ADD && e.Op != token.SUB {
			return nil, false
		}
		v, ok := a.eval(f, e.X, iota)
		if !ok {
			return nil, false
		}
		return constant.UnaryOp(e.Op, v, 0), true
	case *ast.BinaryExpr:
		return a.evalBinary(f, e, iota)
	case *ast.CallExpr:
		if len(e.Args) != 1 || e.Ellipsis != token.NoPos || !a.isConversion(f, e.Fun) {
			return nil, false
		}
		v, ok := a.eval(f, e.Args[0], iota)
		if !ok {
			return nil, false
		}
		if id, isIdent := e.Fun.(*ast.Ident); isIdent && strings.HasPrefix(id.Name, "float") {
			return constant.ToFloat(v), true
		}
		return v, true
	}
	return nil, false
}

func (a *analyzer) isConversion(f *sourceFile, fun ast.Expr) bool {
	switch fn := unparen(fun).(type) {
	case *ast.Ident:
		if fn.Obj == nil && conversionTypes[fn.Name] {
			return true
		}
		return fn.Obj == nil && fn.Name == "Duration" && (f.timeNames["."] || f.syntax.Name.Name == "time")
	case *ast.SelectorExpr:
		id, ok := fn.X.(*ast.Ident)
		return ok && id.Obj == nil && f.timeNames[id.Name] && fn.Sel.Name == "Duration"
	}
	return false
}

func (a *analyzer) evalIdent(f *sourceFile, id *ast.Ident, iota int64) (constant.Value, bool) {
	if id.Obj != nil {
		// Resolved inside the file: a constant (local or package-level) or something variable.
		if id.Obj.Kind != ast.Con {
			return nil, false
		}
		spec, ok := id.Obj.Decl.(*ast.ValueSpec)
		if !ok {
			return nil, false
		}
		for _, name := range spec.Names {
			if name.Name == id.Name && f.consts[name] != nil {
				return a.evalDef(f.consts[name])
			}
		}
		return nil, false
	}
	if id.Name == "iota" && iota >= 0 {
		return constant.MakeInt64(iota), true
	}
	if unit, ok := timeUnits[id.Name]; ok && (f.timeNames["."] || f.syntax.Name.Name == "time") {
		if defs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]; len(defs) == 0 {
			return constant.MakeInt64(unit), true
		}
	}
	// Declared in another file of the package: every declaration (one per build variant) must agree.
	defs := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name).consts[id.Name]
	if len(defs) == 0 {
		return nil, false
	}
	var result constant.Value
	for _, def := range defs {
		v, ok := a.evalDef(def)
		if !ok || (result != nil && !constant.Compare(result, token.EQL, v)) {
			return nil, false
		}
		result = v
	}
	return result, true
}

func (a *analyzer) evalDef(def *constDef) (constant.Value, bool) {
	if a.active[def] {
		return nil, false
	}
	a.active[def] = true
	defer delete(a.active, def)
	return a.eval(def.file, def.expr, def.iota)
}

func (a *analyzer) evalBinary(f *sourceFile, e *ast.BinaryExpr, iota int64) (constant.Value, bool) {
	x, ok := a.eval(f, e.X, iota)
	if !ok {
		return nil, false
	}
	y, ok := a.eval(f, e.Y, iota)
	if !ok {
		return nil, false
	}
	op := e.Op
	switch op {
	case token.ADD, token.SUB, token.MUL:
		return constant.BinaryOp(x, op, y), true
	case token.QUO, token.REM:
		if constant.Sign(y) == 0 {
			return nil, false
		}
		if x.Kind() == constant.Int && y.Kind() == constant.Int {
			if op == token.QUO {
				op = token.QUO_ASSIGN // integer division, as Duration arithmetic does
			}
			return constant.BinaryOp(x, op, y), true
		}
		if op == token.REM {
			return nil, false
		}
		return constant.BinaryOp(x, op, y), true
	case token.SHL, token.SHR:
		shift, exact := constant.Uint64Val(constant.ToInt(y))
		xi := constant.ToInt(x)
		if !exact || shift > 64 || xi.Kind() != constant.Int {
			return nil, false
		}
		return constant.Shift(xi, op, uint(shift)), true
	}
	return nil, false
}

// nanoseconds converts a folded value to an int64 count, as a Duration holds it.
func nanoseconds(v constant.Value) (int64, bool) {
	if i := constant.ToInt(v); i.Kind() == constant.Int {
		n, exact := constant.Int64Val(i)
		return n, exact
	}
	f, _ := constant.Float64Val(constant.ToFloat(v))
	if math.IsNaN(f) || math.IsInf(f, 0) || f > math.MaxInt64 || f < math.MinInt64 {
		return 0, false
	}
	return int64(f), true
}

// Test needs: per Test function, the waits whose lateness can fail it and the bound each races
// (an elapsed-time assertion, a timeout or deadline, a TTL, a ticker count in a window, a
// background goroutine's wait), as a margin; and the waits whose lateness cannot fail it.

// A margin of this much or more is a hang guard: no runner is that late without hanging.
const hangGuardNs = int64(1e9)

// A wait this short inside a loop only yields the processor.
const yieldNs = int64(1e6)

// A wait this long before a Reset is a placeholder, not a wait.
const placeholderNs = int64(60e9)

var ttlParam = regexp.MustCompile(`(?i)ttl|expir|maxage|lifetime`)
var ttlSetter = regexp.MustCompile(`(?i)^set.*(ttl|expir|maxage|lifetime)`)
var fakeName = regexp.MustCompile(`(?i)fake|mock|manual|stub`)
var failCalls = map[string]bool{"Fatal": true, "Fatalf": true, "Error": true, "Errorf": true, "FailNow": true, "Fail": true}

// paramWait says that a function waits on one of its parameters, whether in a goroutine, and
// whether the wait repeats (a ticker: a janitor's or a poller's, woken every period).
type paramWait struct{ background, repeats bool }

// merge keeps what either of two waits on the same parameter does.
func (w paramWait) merge(o paramWait) paramWait {
	return paramWait{background: w.background || o.background, repeats: w.repeats || o.repeats}
}

// funcSummary is what a function or method of the module does with its duration parameters.
type funcSummary struct {
	params []string
	waits  map[int]paramWait
	// A parameter stored in a struct field that a method of the module waits on.
	fields map[int]string
}

type needsIndex struct {
	// By function name, and by method name (matched by name: there is no type checking).
	funcs   map[string]*funcSummary
	methods map[string][]*funcSummary
	// Struct fields some method waits on, and whether in a goroutine.
	fieldWaits map[string]paramWait
}

// testWait is one wait found in a test, direct or through a module function.
type testWait struct {
	pos        token.Pos
	ns         int64
	call       string
	text       string
	background bool
	ticker     bool
	// Woken every period (a ticker, or a module function's, such as a cache's janitor).
	repeats  bool
	inLoop   bool
	heldLock bool
	fake     bool
	// Reset replaces a placeholder; a bound is not a wait.
	bound bool
	// The constructor call that gave it, to pair a janitor interval with its TTL.
	group ast.Node
}

type testBound struct {
	pos  token.Pos
	ns   int64
	kind string // "elapsed", "timeout", "ttl", "count"
	text string
	// For counts: the constant; for TTLs: the constructor call.
	count int64
	group ast.Node
}

func (a *analyzer) buildIndex() *needsIndex {
	idx := &needsIndex{funcs: map[string]*funcSummary{}, methods: map[string][]*funcSummary{}, fieldWaits: map[string]paramWait{}}
	type decl struct {
		f  *sourceFile
		fn *ast.FuncDecl
		s  *funcSummary
	}
	var decls []decl
	for _, f := range a.all {
		for _, d := range f.syntax.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			s := &funcSummary{waits: map[int]paramWait{}, fields: map[int]string{}}
			for _, field := range fn.Type.Params.List {
				if len(field.Names) == 0 {
					s.params = append(s.params, "_")
				}
				for _, n := range field.Names {
					s.params = append(s.params, n.Name)
				}
			}
			if fn.Recv == nil {
				idx.funcs[fn.Name.Name] = s
			} else {
				idx.methods[fn.Name.Name] = append(idx.methods[fn.Name.Name], s)
			}
			decls = append(decls, decl{f, fn, s})
		}
	}
	// Waits through other functions of the module: repeat until nothing changes.
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			paramIndex := map[string]int{}
			for i, p := range d.s.params {
				paramIndex[p] = i
			}
			walkGo(d.fn.Body, false, func(n ast.Node, inGo bool) {
				switch node := n.(type) {
				case *ast.CallExpr:
					for arg, waited := range a.waitedArgs(d.f, idx, node) {
						w := waited.merge(paramWait{background: inGo})
						if id, ok := unparen(node.Args[arg]).(*ast.Ident); ok {
							if i, isParam := paramIndex[id.Name]; isParam {
								if old, seen := d.s.waits[i]; !seen || old.merge(w) != old {
									d.s.waits[i] = old.merge(w)
									changed = true
								}
							}
						}
						if sel, ok := unparen(node.Args[arg]).(*ast.SelectorExpr); ok && d.fn.Recv != nil {
							if old, seen := idx.fieldWaits[sel.Sel.Name]; !seen || old.merge(w) != old {
								idx.fieldWaits[sel.Sel.Name] = old.merge(w)
								changed = true
							}
						}
					}
				case *ast.KeyValueExpr:
					key, ok1 := node.Key.(*ast.Ident)
					val, ok2 := unparen(node.Value).(*ast.Ident)
					if ok1 && ok2 {
						if i, isParam := paramIndex[val.Name]; isParam {
							if _, seen := d.s.fields[i]; !seen {
								d.s.fields[i] = key.Name
								changed = true
							}
						}
					}
				}
			})
		}
	}
	return idx
}

// walkGo visits every node under n, saying whether it runs in a goroutine the walk started.
func walkGo(n ast.Node, inGo bool, visit func(ast.Node, bool)) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == nil {
			return false
		}
		if g, ok := m.(*ast.GoStmt); ok && m != n {
			walkGo(g.Call, true, visit)
			return false
		}
		visit(m, inGo)
		return true
	})
}

// waitedArgs lists the arguments of call that are durations it waits on, whether the wait
// happens in a goroutine it starts and whether it repeats: time's waits, Reset, and module
// functions and methods whose body waits on that parameter (directly, through another, or
// through a struct field).
func (a *analyzer) waitedArgs(f *sourceFile, idx *needsIndex, call *ast.CallExpr) map[int]paramWait {
	out := map[int]paramWait{}
	pkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)
	if fn, ok := a.calledFunc(f, pkg, call.Fun, f.timeNames, "time"); ok {
		if i, known := timeCalls[fn]; known && i < len(call.Args) {
			out[i] = paramWait{background: fn == "AfterFunc", repeats: fn == "NewTicker" || fn == "Tick"}
		}
		return out
	}
	var summaries []*funcSummary
	switch fun := unparen(call.Fun).(type) {
	case *ast.Ident:
		if s := idx.funcs[fun.Name]; s != nil && (fun.Obj == nil || fun.Obj.Kind == ast.Fun) {
			summaries = append(summaries, s)
		}
	case *ast.SelectorExpr:
		if fun.Sel.Name == "Reset" && len(call.Args) == 1 {
			out[0] = paramWait{}
			return out
		}
		if id, ok := fun.X.(*ast.Ident); ok && id.Obj == nil && (f.timeNames[id.Name] || f.contextNames[id.Name]) {
			return out
		}
		// A method of any type of the module with that name, or a function of an imported package
		// of the module (pkg.New), matched by name.
		summaries = append(summaries, idx.methods[fun.Sel.Name]...)
		if s := idx.funcs[fun.Sel.Name]; s != nil {
			summaries = append(summaries, s)
		}
	}
	for _, s := range summaries {
		for i, w := range s.waits {
			if i < len(call.Args) {
				out[i] = out[i].merge(w)
			}
		}
		for i, field := range s.fields {
			if w, ok := idx.fieldWaits[field]; ok && i < len(call.Args) {
				out[i] = out[i].merge(w)
			}
		}
	}
	return out
}

// calleeParams names the parameters of a module function or method a call reaches.
func calleeParams(idx *needsIndex, call *ast.CallExpr) []string {
	switch fun := unparen(call.Fun).(type) {
	case *ast.Ident:
		if s := idx.funcs[fun.Name]; s != nil {
			return s.params
		}
	case *ast.SelectorExpr:
		if s := idx.methods[fun.Sel.Name]; len(s) > 0 {
			return s[0].params
		}
		if s := idx.funcs[fun.Sel.Name]; s != nil {
			return s.params
		}
	}
	return nil
}

func (a *analyzer) durationOf(f *sourceFile, x ast.Expr) (int64, bool) {
	if !a.mentionsTime(f, x) {
		return 0, false
	}
	v, ok := a.eval(f, x, -1)
	if !ok {
		return 0, false
	}
	return nanoseconds(v)
}

// mentionsTime: the expression names a unit of package time (or a constant that does), so an
// integer constant such as a tick count is not mistaken for a duration.
func (a *analyzer) mentionsTime(f *sourceFile, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := e.X.(*ast.Ident); ok && f.timeNames[id.Name] {
				found = true
			}
		case *ast.Ident:
			if e.Obj != nil && e.Obj.Kind == ast.Con {
				if spec, ok := e.Obj.Decl.(*ast.ValueSpec); ok {
					for _, v := range spec.Values {
						if a.mentionsTime(f, v) {
							found = true
						}
					}
				}
			}
		}
		return !found
	})
	return found
}

type needOut = map[string]interface{}

// testNeeds analyzes every Test function of f.
func (a *analyzer) testNeeds(f *sourceFile, idx *needsIndex) []map[string]interface{} {
	var tests []map[string]interface{}
	for _, d := range f.syntax.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") {
			continue
		}
		needs, safe := a.analyzeTest(f, idx, fn)
		pos := a.fset.Position(fn.Pos())
		tests = append(tests, map[string]interface{}{
			"name": fn.Name.Name, "file": f.path, "line": pos.Line, "needs": needs, "safe": safe,
		})
	}
	return tests
}

func (a *analyzer) analyzeTest(f *sourceFile, idx *needsIndex, fn *ast.FuncDecl) ([]needOut, []needOut) {
	var waits []*testWait
	var bounds []*testBound
	elapsedVars := map[string]bool{}
	afterVars := map[string]*testWait{}
	fakeVars := map[string]bool{}
	tickerVars := map[string]bool{}
	boundCalls := map[*ast.CallExpr]bool{}
	absence := map[*ast.CallExpr]bool{}
	// Timers the test stops (not deferred): what they would fire is checked for absence.
	stopped := map[string]bool{}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.DeferStmt); ok {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && calledName(call) == "Stop" {
			if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					stopped[id.Name] = true
				}
			}
		}
		return true
	})
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for i, rhs := range as.Rhs {
				if call, ok := unparen(rhs).(*ast.CallExpr); ok && i < len(as.Lhs) {
					if id, ok := as.Lhs[i].(*ast.Ident); ok && stopped[id.Name] {
						absence[call] = true
					}
				}
			}
		}
		return true
	})
	// Pre-pass: selects whose time.After case fails (a timeout) or not (an absence check).
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectStmt)
		if !ok {
			return true
		}
		for _, c := range sel.Body.List {
			cc := c.(*ast.CommClause)
			call := receivedCall(cc.Comm)
			if call == nil {
				continue
			}
			if pkgFn, ok := a.calledFunc(f, a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name), call.Fun, f.timeNames, "time"); ok && pkgFn == "After" && len(sel.Body.List) > 1 {
				if fails(cc.Body) {
					boundCalls[call] = true
				} else if othersFail(sel, cc) {
					absence[call] = true
				}
			}
		}
		return true
	})
	var visit func(n ast.Node, inGo, inLoop, held bool)
	visit = func(n ast.Node, inGo, inLoop, held bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == nil || m == n {
				return true
			}
			switch node := m.(type) {
			case *ast.GoStmt:
				visit(node.Call, true, inLoop, held)
				return false
			case *ast.ForStmt:
				visit(node.Body, inGo, true, held)
				return false
			case *ast.RangeStmt:
				visit(node.Body, inGo, true, held)
				return false
			case *ast.BlockStmt:
				a.visitBlock(node, func(s ast.Stmt, h bool) { visit(s, inGo, inLoop, held || h) })
				return false
			case *ast.AssignStmt:
				for i, rhs := range node.Rhs {
					if i >= len(node.Lhs) {
						break
					}
					id, ok := node.Lhs[i].(*ast.Ident)
					if !ok {
						continue
					}
					if call, ok := unparen(rhs).(*ast.CallExpr); ok {
						if a.isElapsedCall(f, call) {
							elapsedVars[id.Name] = true
						}
						if name := calledName(call); name == "NewTicker" {
							tickerVars[id.Name] = true
						} else if fakeName.MatchString(name) {
							fakeVars[id.Name] = true
						}
						for _, arg := range call.Args {
							if aid, ok := unparen(arg).(*ast.Ident); ok && fakeVars[aid.Name] {
								fakeVars[id.Name] = true
							}
						}
						if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
							if x, ok := sel.X.(*ast.Ident); ok && f.timeNames[x.Name] && sel.Sel.Name == "After" && len(call.Args) == 1 {
								if ns, ok := a.durationOf(f, call.Args[0]); ok {
									afterVars[id.Name] = &testWait{pos: call.Pos(), ns: ns, text: a.text(f, call)}
								}
							}
						}
					}
				}
			case *ast.SelectStmt:
				for _, c := range node.Body.List {
					cc := c.(*ast.CommClause)
					if id, ok := received(cc.Comm).(*ast.Ident); ok {
						if w := afterVars[id.Name]; w != nil && fails(cc.Body) {
							bounds = append(bounds, &testBound{pos: w.pos, ns: w.ns, kind: "timeout", text: w.text})
							w.bound = true
						}
					}
				}
			case *ast.BinaryExpr:
				a.comparison(f, node, elapsedVars, &bounds)
			case *ast.CallExpr:
				a.callInTest(f, idx, node, inGo, inLoop, held, fakeVars, tickerVars, boundCalls, absence, &waits, &bounds)
			}
			return true
		})
	}
	visit(fn.Body, false, false, false)
	for _, w := range afterVars {
		if !w.bound {
			waits = append(waits, &testWait{pos: w.pos, ns: w.ns, call: "time.After", text: w.text})
		}
	}
	// A time.After kept in a variable and raced in a select is that timeout's bound, not a wait.
	kept := waits[:0]
	for _, w := range waits {
		isBound := false
		for _, b := range bounds {
			if b.kind == "timeout" && b.pos == w.pos {
				isBound = true
			}
		}
		if !isBound {
			kept = append(kept, w)
		}
	}
	return a.pairNeeds(f, kept, bounds)
}

// visitBlock visits statements, saying which run while a mutex is held (Lock ... Unlock).
func (a *analyzer) visitBlock(b *ast.BlockStmt, visit func(ast.Stmt, bool)) {
	held := false
	for _, s := range b.List {
		if es, ok := s.(*ast.ExprStmt); ok {
			if call, ok := es.X.(*ast.CallExpr); ok {
				switch calledName(call) {
				case "Lock", "RLock":
					held = true
				case "Unlock", "RUnlock":
					held = false
				}
			}
		}
		visit(s, held)
	}
}

func calledName(call *ast.CallExpr) string {
	switch fun := unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun.Name
	case *ast.SelectorExpr:
		return fun.Sel.Name
	}
	return ""
}

// fails: the statements call t.Fatal, t.Error and the like.
func fails(stmts []ast.Stmt) bool {
	found := false
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && failCalls[sel.Sel.Name] {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

func othersFail(sel *ast.SelectStmt, except *ast.CommClause) bool {
	for _, c := range sel.Body.List {
		if cc := c.(*ast.CommClause); cc != except && fails(cc.Body) {
			return true
		}
	}
	return false
}

// isElapsedCall: time.Since(x), x.Sub(y), time.Until(x).
func (a *analyzer) isElapsedCall(f *sourceFile, call *ast.CallExpr) bool {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if id, ok := sel.X.(*ast.Ident); ok && f.timeNames[id.Name] {
		return sel.Sel.Name == "Since"
	}
	return sel.Sel.Name == "Sub" && len(call.Args) == 1
}

func (a *analyzer) isElapsed(f *sourceFile, x ast.Expr, vars map[string]bool) bool {
	switch e := unparen(x).(type) {
	case *ast.Ident:
		return vars[e.Name]
	case *ast.CallExpr:
		return a.isElapsedCall(f, e)
	}
	return false
}

// comparison records an elapsed-time bound (elapsed > C: an upper bound) or a count (n < K).
func (a *analyzer) comparison(f *sourceFile, e *ast.BinaryExpr, elapsedVars map[string]bool, bounds *[]*testBound) {
	op := e.Op
	if op != token.GTR && op != token.GEQ && op != token.LSS && op != token.LEQ {
		return
	}
	text := a.text(f, e)
	if a.isElapsed(f, e.X, elapsedVars) {
		if ns, ok := a.durationOf(f, e.Y); ok {
			kind := "elapsed"
			if op == token.LSS || op == token.LEQ {
				kind = "lower"
			}
			*bounds = append(*bounds, &testBound{pos: e.Pos(), ns: ns, kind: kind, text: text})
		}
		return
	}
	if a.isElapsed(f, e.Y, elapsedVars) {
		if ns, ok := a.durationOf(f, e.X); ok {
			kind := "elapsed"
			if op == token.GTR || op == token.GEQ {
				kind = "lower"
			}
			*bounds = append(*bounds, &testBound{pos: e.Pos(), ns: ns, kind: kind, text: text})
		}
		return
	}
	// n < K: at least K events wanted.
	if op == token.LSS || op == token.LEQ {
		if _, isIdent := unparen(e.X).(*ast.Ident); isIdent && !a.mentionsTime(f, e.Y) {
			if v, ok := a.eval(f, e.Y, -1); ok {
				if k, ok := nanoseconds(v); ok && k > 0 {
					if op == token.LEQ {
						k++
					}
					*bounds = append(*bounds, &testBound{pos: e.Pos(), kind: "count", count: k, text: text})
				}
			}
		}
	}
}

func (a *analyzer) callInTest(f *sourceFile, idx *needsIndex, call *ast.CallExpr, inGo, inLoop, held bool, fakeVars, tickerVars map[string]bool, boundCalls, absence map[*ast.CallExpr]bool, waits *[]*testWait, bounds *[]*testBound) {
	pkg := a.packageOf(filepath.Dir(f.path), f.syntax.Name.Name)
	if fnName, ok := a.calledFunc(f, pkg, call.Fun, f.contextNames, "context"); ok {
		if i, known := contextCalls[fnName]; known && i < len(call.Args) {
			arg := call.Args[i]
			if strings.HasPrefix(fnName, "WithDeadline") {
				if add, ok := unparen(arg).(*ast.CallExpr); ok {
					boundCalls[add] = true // the deadline itself, not a second bound
				}
				arg = a.nowAddArg(f, pkg, arg)
			}
			if arg != nil {
				if ns, ok := a.durationOf(f, arg); ok {
					*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: "timeout", text: a.text(f, call)})
				}
			}
		}
		return
	}
	// time.Now().Add(C) outside a context: a deadline the test polls against.
	if boundCalls[call] && calledName(call) == "Add" {
		return
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Add" && len(call.Args) == 1 {
		if now, ok := unparen(sel.X).(*ast.CallExpr); ok && len(now.Args) == 0 {
			if name, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, "time"); ok && name == "Now" {
				if ns, ok := a.durationOf(f, call.Args[0]); ok {
					*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: "timeout", text: a.text(f, call)})
				}
				return
			}
		}
	}
	fake := false
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok && fakeVars[id.Name] {
			fake = true
		}
	}
	for _, arg := range call.Args {
		if id, ok := unparen(arg).(*ast.Ident); ok && fakeVars[id.Name] {
			fake = true
		}
	}
	// TTLs passed to a constructor or setter of the module.
	params := calleeParams(idx, call)
	name := calledName(call)
	for i, arg := range call.Args {
		ns, ok := a.durationOf(f, arg)
		if !ok {
			continue
		}
		isTTL := ttlSetter.MatchString(name) || (i < len(params) && ttlParam.MatchString(params[i]))
		if isTTL && !fake {
			*bounds = append(*bounds, &testBound{pos: arg.Pos(), ns: ns, kind: "ttl", text: a.text(f, call), group: call})
		}
	}
	if boundCalls[call] {
		if len(call.Args) == 1 {
			if ns, ok := a.durationOf(f, call.Args[0]); ok {
				*bounds = append(*bounds, &testBound{pos: call.Pos(), ns: ns, kind: "timeout", text: a.text(f, call)})
			}
		}
		return
	}
	for i, waited := range a.waitedArgs(f, idx, call) {
		ns, ok := a.durationOf(f, call.Args[i])
		if !ok {
			continue
		}
		w := &testWait{
			pos: call.Pos(), ns: ns, call: a.text(f, call.Fun), text: a.text(f, call),
			background: inGo || waited.background, repeats: waited.repeats, inLoop: inLoop,
			heldLock: held, fake: fake, group: call,
		}
		if absence[call] {
			w.bound = true // an absence check: classified below
			w.call = "absence"
		}
		w.ticker = strings.HasSuffix(w.call, "NewTicker") || strings.HasSuffix(w.call, ".Tick")
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Reset" {
			if id, ok := sel.X.(*ast.Ident); ok && tickerVars[id.Name] {
				w.ticker = true
			}
		}
		w.repeats = w.repeats || w.ticker
		*waits = append(*waits, w)
	}
}

func (a *analyzer) nowAddArg(f *sourceFile, pkg *packageInfo, x ast.Expr) ast.Expr {
	add, ok := unparen(x).(*ast.CallExpr)
	if !ok || len(add.Args) != 1 {
		return nil
	}
	sel, ok := add.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Add" {
		return nil
	}
	now, ok := unparen(sel.X).(*ast.CallExpr)
	if !ok || len(now.Args) != 0 {
		return nil
	}
	if fn, ok := a.calledFunc(f, pkg, now.Fun, f.timeNames, "time"); !ok || fn != "Now" {
		return nil
	}
	return add.Args[0]
}

// pairNeeds pairs each wait with the bounds it races and classifies the rest.
func (a *analyzer) pairNeeds(f *sourceFile, waits []*testWait, bounds []*testBound) ([]needOut, []needOut) {
	needs := []needOut{}
	safe := []needOut{}
	used := map[*testWait]bool{}
	// Waits that serve as the bound of another (the window of a ticker count, the foreground
	// wait for a goroutine): they are part of that need, not waits of their own.
	partner := map[*testWait]bool{}
	// The test's shortest repeating wait: a thread woken that often keeps drawing CPU time,
	// so under a CFS quota the test is stopped with the cgroup, not only on its own waits.
	periodicNs := int64(0)
	for _, w := range waits {
		if w.repeats && !w.fake && w.ns < placeholderNs && (periodicNs == 0 || w.ns < periodicNs) {
			periodicNs = w.ns
		}
	}
	add := func(w *testWait, b *testBound, margin int64, kind string) {
		used[w] = true
		if margin >= hangGuardNs {
			return
		}
		pos := a.fset.Position(w.pos)
		needs = append(needs, needOut{
			"line": pos.Line, "column": pos.Column, "call": w.call, "wait": w.text, "waitNs": w.ns,
			"kind": kind, "bound": b.text, "boundNs": b.ns, "marginNs": margin, "periodicNs": periodicNs,
		})
	}
	classify := func(w *testWait) string {
		switch {
		case w.fake:
			return "fake clock"
		case w.call == "absence":
			return "absence check"
		case w.heldLock:
			return "hold time"
		case w.inLoop && w.ns <= yieldNs:
			return "yield"
		case w.ns >= placeholderNs:
			return "hang guard"
		}
		return ""
	}
	live := []*testWait{}
	for _, w := range waits {
		if classify(w) == "" && !w.bound {
			live = append(live, w)
		}
	}
	for _, b := range bounds {
		switch b.kind {
		case "elapsed":
			// The longest foreground wait before the check, at most the bound.
			var best *testWait
			for _, w := range live {
				if !w.background && !w.ticker && w.pos < b.pos && w.ns <= b.ns && (best == nil || w.ns > best.ns) {
					best = w
				}
			}
			if best != nil {
				add(best, b, b.ns-best.ns, "elapsed")
			}
		case "timeout":
			var best *testWait
			for _, w := range live {
				if !w.ticker && w.ns < b.ns && (best == nil || w.ns > best.ns) {
					best = w
				}
			}
			if best != nil {
				add(best, b, b.ns-best.ns, "timeout")
			}
		case "ttl":
			var janitor *testWait
			for _, w := range live {
				if w.group == b.group && w.background {
					janitor = w
				}
			}
			if janitor != nil {
				used[janitor], partner[janitor] = true, true
			}
			for _, w := range live {
				if w.background || w.ticker || w.pos < b.pos || w == janitor {
					continue
				}
				if w.ns < b.ns {
					add(w, b, b.ns-w.ns, "ttl")
				} else if janitor != nil && janitor.ns < w.ns {
					// Expiry by the janitor: it must run between the TTL and the check.
					add(w, &testBound{ns: b.ns + janitor.ns, text: b.text + " (TTL + janitor interval)"}, w.ns-b.ns-janitor.ns, "ttl-eviction")
				}
			}
		case "count":
			for _, t := range live {
				if !t.ticker {
					continue
				}
				var window *testWait
				for _, w := range live {
					if !w.ticker && w.pos > t.pos && w.ns > t.ns && (window == nil || w.ns > window.ns) {
						window = w
					}
				}
				if window != nil && b.count*t.ns < window.ns {
					add(t, &testBound{ns: b.count * t.ns, text: b.text + " in " + window.text}, window.ns-b.count*t.ns, "ticker-count")
					used[window], partner[window] = true, true
				}
			}
		}
	}
	// A foreground wait for a background goroutine's shorter wait.
	for _, bg := range live {
		if !bg.background || used[bg] {
			continue
		}
		for _, w := range live {
			if !w.background && !w.ticker && w.pos > bg.pos && w.ns > bg.ns && !used[w] {
				add(bg, &testBound{ns: w.ns, text: w.text}, w.ns-bg.ns, "background")
				used[w], partner[w] = true, true
				break
			}
		}
	}
	for _, w := range waits {
		if used[w] {
			continue
		}
		reason := classify(w)
		if reason == "" {
			reason = "no bound"
			for _, b := range bounds {
				if b.kind == "lower" {
					reason = "lower bound"
				}
				if b.kind == "timeout" && b.ns >= hangGuardNs {
					reason = "hang guard"
				}
				if b.kind == "ttl" && w.ns >= b.ns {
					reason = "expiry checked on read"
				}
			}
		}
		pos := a.fset.Position(w.pos)
		safe = append(safe, needOut{"line": pos.Line, "column": pos.Column, "call": w.call, "wait": w.text, "waitNs": w.ns, "reason": reason})
	}
	// Waits whose needs have a margin of seconds: hang guards.
	for w := range used {
		if partner[w] {
			continue
		}
		found := false
		for _, n := range needs {
			if n["line"] == a.fset.Position(w.pos).Line {
				found = true
			}
		}
		if !found {
			pos := a.fset.Position(w.pos)
			safe = append(safe, needOut{"line": pos.Line, "column": pos.Column, "call": w.call, "wait": w.text, "waitNs": w.ns, "reason": "margin of seconds"})
		}
	}
	sort.SliceStable(needs, func(i, j int) bool { return needs[i]["marginNs"].(int64) < needs[j]["marginNs"].(int64) })
	sort.SliceStable(safe, func(i, j int) bool { return safe[i]["line"].(int) < safe[j]["line"].(int) })
	return needs, safe
}
