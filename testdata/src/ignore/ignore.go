package ignore

import "net/http"

func sameLine(w http.ResponseWriter) {
	w.WriteHeader(404) //statuslint:ignore the proxy in front matches this literal
	http.Error(w, "", 500) //statuslint:ignore	a tab also separates the reason
}

func lineAbove(w http.ResponseWriter) {
	//statuslint:ignore the load balancer's health check greps for 503
	w.WriteHeader(503)
	w.WriteHeader(502) // want `bare HTTP status code 502, use http.StatusBadGateway`
}

func twoLinesAbove(w http.ResponseWriter) {
	//statuslint:ignore covers only the next line

	w.WriteHeader(410) // want `bare HTTP status code 410, use http.StatusGone`
}

func missingReason(w http.ResponseWriter) {
	/* want `statuslint:ignore needs a reason` */ //statuslint:ignore
	w.WriteHeader(401) // want `bare HTTP status code 401, use http.StatusUnauthorized`
	w.WriteHeader(403) /* want `bare HTTP status code 403, use http.StatusForbidden` `statuslint:ignore needs a reason` */ //statuslint:ignore
}

func notTheDirective(w http.ResponseWriter) {
	w.WriteHeader(409) // statuslint:ignore with a space is prose // want `bare HTTP status code 409, use http.StatusConflict`
	w.WriteHeader(429) //statuslint:ignored is another word // want `bare HTTP status code 429, use http.StatusTooManyRequests`
}

func invalidCodes(w http.ResponseWriter) {
	w.WriteHeader(1000) //statuslint:ignore exercising net/http's panic on purpose
	w.WriteHeader(499)  //statuslint:ignore nginx's client closed request
}
