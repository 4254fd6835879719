package status

import "strconv"

// A Class is the class of a status code, given by its first digit
// (RFC 9110, 15). Its value is that digit, or 0 for codes outside 100-599.
type Class int

// The status code classes of RFC 9110, 15, named after Django REST
// framework's helpers (is_success, is_redirect, ...).
const (
	NoClass       Class = iota // not a code of a defined class
	Informational              // 1xx
	Success                    // 2xx
	Redirect                   // 3xx
	ClientError                // 4xx
	ServerError                // 5xx
)

// String returns the class's title in RFC 9110, 15, such as "Client Error",
// or "Class(n)" for NoClass and out-of-range values.
func (c Class) String() string {
	switch c {
	case Informational:
		return "Informational"
	case Success:
		return "Successful"
	case Redirect:
		return "Redirection"
	case ClientError:
		return "Client Error"
	case ServerError:
		return "Server Error"
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// ClassOf returns the class of code, or NoClass if code is outside 100-599.
// Unregistered codes such as 499 still have a class: RFC 9110, 15 asks
// clients to treat them as the x00 code of their class.
func ClassOf(code int) Class {
	if code < 100 || code > 599 {
		return NoClass
	}
	return Class(code / 100)
}

// IsInformational reports whether code is in the 1xx class.
func IsInformational(code int) bool { return 100 <= code && code <= 199 }

// IsSuccess reports whether code is in the 2xx class.
func IsSuccess(code int) bool { return 200 <= code && code <= 299 }

// IsRedirect reports whether code is in the 3xx class.
func IsRedirect(code int) bool { return 300 <= code && code <= 399 }

// IsClientError reports whether code is in the 4xx class.
func IsClientError(code int) bool { return 400 <= code && code <= 499 }

// IsServerError reports whether code is in the 5xx class.
func IsServerError(code int) bool { return 500 <= code && code <= 599 }
