package analyzer

import "slices"

// The status positions statuslint knows, one API a line. Adding a framework
// is a few lines here plus a fixture under testdata/src.
//
// Objects are matched by package path and name through go/types, never by
// how the file spells them, so aliases, dot imports and wrappers all match.
var sinks = slices.Concat([]sink{
	// net/http. WriteHeader is matched on every type that implements
	// http.ResponseWriter (see the positions type), not only on the interface.
	arg("net/http", "ResponseWriter", "WriteHeader", 0),
	arg("net/http", "", "Error", 2),
	arg("net/http", "", "Redirect", 3),
	arg("net/http", "", "RedirectHandler", 1),
	query("net/http", "", "StatusText", 0),
	field("net/http", "Response", "StatusCode"),
	field("net/http/httptest", "ResponseRecorder", "Code"),

	// gin v1: *gin.Context response helpers, code first. c.Writer is a
	// gin.ResponseWriter, an http.ResponseWriter whose Status() reads the code.
	arg(gin, "Context", "JSON", 0),
	arg(gin, "Context", "IndentedJSON", 0),
	arg(gin, "Context", "SecureJSON", 0),
	arg(gin, "Context", "JSONP", 0),
	arg(gin, "Context", "AsciiJSON", 0),
	arg(gin, "Context", "PureJSON", 0),
	arg(gin, "Context", "XML", 0),
	arg(gin, "Context", "YAML", 0),
	arg(gin, "Context", "TOML", 0),
	arg(gin, "Context", "ProtoBuf", 0),
	arg(gin, "Context", "BSON", 0),
	arg(gin, "Context", "String", 0),
	arg(gin, "Context", "HTML", 0),
	arg(gin, "Context", "Data", 0),
	arg(gin, "Context", "DataFromReader", 0),
	arg(gin, "Context", "Render", 0),
	arg(gin, "Context", "Negotiate", 0),
	arg(gin, "Context", "Redirect", 0),
	arg(gin, "Context", "Status", 0),
	arg(gin, "Context", "AbortWithStatus", 0),
	arg(gin, "Context", "AbortWithStatusJSON", 0),
	arg(gin, "Context", "AbortWithStatusPureJSON", 0),
	arg(gin, "Context", "AbortWithError", 0),
	result(gin, "ResponseWriter", "Status"),
	field(gin+"/render", "Redirect", "Code"),

	// echo v4: echo.Context is an interface, code first; c.Response() is
	// an *echo.Response, an http.ResponseWriter whose Status field holds the code.
	arg(echo, "Context", "JSON", 0),
	arg(echo, "Context", "JSONPretty", 0),
	arg(echo, "Context", "JSONBlob", 0),
	arg(echo, "Context", "JSONP", 0),
	arg(echo, "Context", "JSONPBlob", 0),
	arg(echo, "Context", "XML", 0),
	arg(echo, "Context", "XMLPretty", 0),
	arg(echo, "Context", "XMLBlob", 0),
	arg(echo, "Context", "HTML", 0),
	arg(echo, "Context", "HTMLBlob", 0),
	arg(echo, "Context", "String", 0),
	arg(echo, "Context", "Blob", 0),
	arg(echo, "Context", "Stream", 0),
	arg(echo, "Context", "NoContent", 0),
	arg(echo, "Context", "Redirect", 0),
	arg(echo, "Context", "Render", 0),
	arg(echo, "", "NewHTTPError", 0),
	field(echo, "HTTPError", "Code"),
	field(echo, "Response", "Status"),

	// fiber v2: the status of Redirect, RedirectBack and RedirectToRoute is
	// an optional variadic argument. fiber's own constants (fiber.StatusOK)
	// are named constants like any other.
	arg(fiber, "Ctx", "Status", 0),
	arg(fiber, "Ctx", "SendStatus", 0),
	arg(fiber, "Ctx", "Redirect", 1),
	arg(fiber, "Ctx", "RedirectBack", 1),
	arg(fiber, "Ctx", "RedirectToRoute", 2),
	arg(fiber, "", "NewError", 0),
	field(fiber, "Error", "Code"),
	query(fiber+"/utils", "", "StatusMessage", 0),

	// fasthttp, beneath fiber: c.Response() and c.Context() are fasthttp's.
	arg(fasthttp, "Response", "SetStatusCode", 0),
	result(fasthttp, "Response", "StatusCode"),
	arg(fasthttp, "ResponseHeader", "SetStatusCode", 0),
	result(fasthttp, "ResponseHeader", "StatusCode"),
	arg(fasthttp, "RequestCtx", "SetStatusCode", 0),
	arg(fasthttp, "RequestCtx", "Error", 1),
	arg(fasthttp, "RequestCtx", "Redirect", 1),
	query(fasthttp, "", "StatusMessage", 0),

	// chi v5: render.Status records the code for the next render call;
	// middleware.WrapResponseWriter's Status() reads the code written.
	arg("github.com/go-chi/render", "", "Status", 1),
	result("github.com/go-chi/chi/v5/middleware", "WrapResponseWriter", "Status"),

	// resty v2's response.
	result("github.com/go-resty/resty/v2", "Response", "StatusCode"),
}, testify(assert), testify(require))

// testify returns the status positions of testify's assert or require
// package, which share one API. Equality assertions report a literal
// compared with a status value. Package functions take t first;
// *Assertions methods (also reached through suite.Suite, which embeds
// *assert.Assertions) do not.
func testify(pkg string) []sink {
	var sinks []sink
	for _, name := range []string{
		"Equal", "Equalf", "NotEqual", "NotEqualf", "EqualValues", "EqualValuesf",
		"NotEqualValues", "NotEqualValuesf", "Exactly", "Exactlyf",
	} {
		sinks = append(sinks, compare(pkg, "", name, 1, 2), compare(pkg, "Assertions", name, 0, 1))
	}
	for _, name := range []string{"HTTPStatusCode", "HTTPStatusCodef"} {
		sinks = append(sinks, arg(pkg, "", name, 5), arg(pkg, "Assertions", name, 4))
	}
	return sinks
}

// keepStatus lists the packages whose status positions read a code <= 0
// as "keep the current status": gin's ResponseWriter ignores such codes,
// and gin itself writes c.JSON(-1, v) and c.Render(-1, r) to mean it.
var keepStatus = map[string]bool{gin: true}

// Import paths used more than once above.
const (
	gin      = "github.com/gin-gonic/gin"
	echo     = "github.com/labstack/echo/v4"
	fiber    = "github.com/gofiber/fiber/v2"
	fasthttp = "github.com/valyala/fasthttp"
	assert   = "github.com/stretchr/testify/assert"
	require  = "github.com/stretchr/testify/require"
)

// A sink is one API that takes or holds a status code.
type sink struct {
	kind sinkKind
	pkg  string // import path of the declaring package
	recv string // receiver or struct type name; "" for a package-level function
	name string // function, method or field name
	args [2]int // argument indexes, receiver not counted; args[1] only for compareSink
}

type sinkKind uint8

const (
	argSink     sinkKind = iota // the call's argument args[0] is a status code
	querySink                   // like argSink, but the code is looked up, not written: only registered codes are reported
	compareSink                 // arguments args[0] and args[1] are compared for equality
	fieldSink                   // the struct field holds a status code: written, read and compared
	resultSink                  // the method's result is a status code: compared
)

func arg(pkg, recv, name string, index int) sink {
	return sink{kind: argSink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

func query(pkg, recv, name string, index int) sink {
	return sink{kind: querySink, pkg: pkg, recv: recv, name: name, args: [2]int{index}}
}

func compare(pkg, recv, name string, x, y int) sink {
	return sink{kind: compareSink, pkg: pkg, recv: recv, name: name, args: [2]int{x, y}}
}

func field(pkg, typ, name string) sink {
	return sink{kind: fieldSink, pkg: pkg, recv: typ, name: name}
}

func result(pkg, recv, name string) sink {
	return sink{kind: resultSink, pkg: pkg, recv: recv, name: name}
}
