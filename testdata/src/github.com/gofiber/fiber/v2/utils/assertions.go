package utils

import "testing"

// AssertEqual checks if values are equal (fiber's own test helper).
func AssertEqual(tb testing.TB, expected, actual interface{}, description ...string) {}
