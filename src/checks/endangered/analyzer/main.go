// Command analyzer lists the timing-sensitive calls in Go test files whose duration is a
// constant it can evaluate. It reads file paths, one per line, on stdin and writes one JSON
// document to stdout: {"filesScanned": n, "waits": [...], "errors": [...]}.
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
	waits    []map[string]interface{}
	errors   []map[string]interface{}
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
	for _, f := range files {
		a.scan(f)
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
	out := map[string]interface{}{"filesScanned": len(paths), "waits": a.waits, "errors": a.errors}
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

// receivedCall returns the call c in "case <-c(...)", "case v := <-c(...)" and "case v, ok = <-c(...)".
func receivedCall(comm ast.Stmt) *ast.CallExpr {
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
		if call, ok := unparen(recv.X).(*ast.CallExpr); ok {
			return call
		}
	}
	return nil
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
