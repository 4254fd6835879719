package cgo

// #include <stdlib.h>
import "C"

import "unsafe"

func free(p unsafe.Pointer) {
	C.free(p)
	w.WriteHeader(500)
}
