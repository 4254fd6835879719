package status_test

import (
	"fmt"

	"github.com/statuslint/statuslint/status"
)

func Example() {
	code := status.NotFound
	fmt.Println(code, status.Text(code), status.ClassOf(code))
	// Output: 404 Not Found Client Error
}

// net/http's spelling and the RFC 9110 name are the same constant.
func Example_aliases() {
	fmt.Println(status.RequestEntityTooLarge == status.ContentTooLarge)
	fmt.Println(status.Text(status.RequestEntityTooLarge))
	// Output:
	// true
	// Content Too Large
}

func ExampleIsClientError() {
	for _, code := range []int{status.OK, status.NotFound, status.Teapot, 499, status.BadGateway} {
		fmt.Println(code, status.IsClientError(code))
	}
	// Output:
	// 200 false
	// 404 true
	// 418 true
	// 499 true
	// 502 false
}

func ExampleIsSuccess() {
	fmt.Println(status.IsSuccess(status.NoContent), status.IsSuccess(status.NotModified))
	// Output: true false
}

func ExampleClassOf() {
	for _, code := range []int{103, 226, 308, 451, 511, 600} {
		fmt.Println(code, status.ClassOf(code))
	}
	// Output:
	// 103 Informational
	// 226 Successful
	// 308 Redirection
	// 451 Client Error
	// 511 Server Error
	// 600 Class(0)
}

func ExampleText() {
	fmt.Printf("%q\n", status.Text(status.Teapot))
	fmt.Printf("%q\n", status.Text(status.UnprocessableContent))
	fmt.Printf("%q\n", status.Text(499)) // no registered name
	// Output:
	// "I'm a teapot"
	// "Unprocessable Content"
	// ""
}

func ExampleLookup() {
	e, ok := status.Lookup(413)
	fmt.Println(ok)
	fmt.Println(e.Name, e.Aliases)
	fmt.Println(e.HTTPName)
	fmt.Printf("%q (%s), %v\n", e.Phrase, e.Spec, e.Class())

	_, ok = status.Lookup(499)
	fmt.Println(ok)
	// Output:
	// true
	// ContentTooLarge [RequestEntityTooLarge]
	// StatusRequestEntityTooLarge
	// "Content Too Large" (RFC 9110, 15.5.14), Client Error
	// false
}

// The codes whose net/http name differs from the RFC 9110 name.
func ExampleEntries() {
	for e := range status.Entries() {
		if len(e.Aliases) > 0 {
			fmt.Println(e.Code, e.Name, e.Aliases, e.HTTPName)
		}
	}
	// Output:
	// 203 NonAuthoritativeInformation [NonAuthoritativeInfo] StatusNonAuthoritativeInfo
	// 407 ProxyAuthenticationRequired [ProxyAuthRequired] StatusProxyAuthRequired
	// 413 ContentTooLarge [RequestEntityTooLarge] StatusRequestEntityTooLarge
	// 414 URITooLong [RequestURITooLong] StatusRequestURITooLong
	// 416 RangeNotSatisfiable [RequestedRangeNotSatisfiable] StatusRequestedRangeNotSatisfiable
	// 422 UnprocessableContent [UnprocessableEntity] StatusUnprocessableEntity
}
