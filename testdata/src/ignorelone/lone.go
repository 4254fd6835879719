package ignorelone

import "net/http"

// A file with no finding still gets its directive without a reason reported.

func handle(w http.ResponseWriter) {
	/* want `statuslint:ignore needs a reason` */ //statuslint:ignore
	w.WriteHeader(http.StatusOK) // ok: named constant
}
