// Package cgo has a file whose only import is "C": a fix must add net/http
// in a declaration of its own, after import "C", so that the preamble
// stays attached to import "C".
package cgo

/*
#include <stdlib.h>

static int answer(void) { return 42; }
*/
import "C"

func handle() {
	w.WriteHeader(404)
	_ = C.answer()
}
