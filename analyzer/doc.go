// Package analyzer defines statuslint's Analyzer, which reports bare HTTP
// status codes, such as the 404 in w.WriteHeader(404), where Go code
// expects a status code, and suggests the named constant.
//
// # Analyzer statuslint
//
// statuslint: report bare HTTP status codes where a status code is expected
//
// A status position is an argument, field, result or comparison where an
// API takes or yields an HTTP status code: net/http's WriteHeader, Error,
// Redirect and StatusText, http.Response.StatusCode and
// httptest.ResponseRecorder.Code, the web frameworks' and test libraries'
// APIs listed in sinks.go, the -funcs list, and wrappers, functions whose
// integer parameter reaches one of these unchanged (found across packages
// through analysis facts). Positions are resolved through go/types, never
// by spelling.
//
// Only integer literals are reported: in a status position, or in a status
// slot — a variable, field, result, collection element or closure
// parameter whose value reaches a position or is compared with a status
// value, or that holds a status value a literal is compared with (see
// slots.go; -follow=false turns slots off). Named constants and arithmetic
// are not reported, nor are generated files. Ordering comparisons of a
// status value with a registered code (code >= 500) and whole class
// checks (code >= 200 && code < 300, code/100 == 2) are reported in
// category range (ranges.go), off with -range=false.
//
// # Categories
//
// Every diagnostic has a category, which go vet's -json output carries:
//
//   - bare: a registered code, such as 404, with a fix to its constant
//     (http.StatusNotFound, or status.NotFound; see -constants);
//   - invalid: a code outside 100-999 where it is sent, on which net/http
//     panics;
//   - unnamed: a three-digit code with no registered name, such as 499
//     (off with -nonstandard=false);
//   - ignore: a //statuslint:ignore directive without a reason, which
//     suppresses nothing;
//   - range: an ordering comparison of a status value with a registered
//     code, fixed to its constant, or a whole class check, fixed to the
//     status package's helper (status.IsSuccess(code)) where fixes write
//     that package, else to its bounds' constants.
//
// # Layout
//
// sinks.go is the table of known positions, one API a line; positions.go
// resolves it against the packages a package can reach; walk.go finds the
// literals in those positions, file by file, and flow.go records the flows
// of integers between slots as it goes; slots.go solves them (which slots
// become or hold a status: the package's wrappers among them) and holds
// the facts; ranges.go judges ordering comparisons and class checks;
// fix.go and imports.go write the fixes; config.go
// holds the flags. reach.go and std.go tell go vet's tool which
// dependencies it need not analyse (see internal/vettool): the names a
// package must mention to hold a position, and the standard library's
// facts.
package analyzer
