package vettool_test

import (
	"testing"

	"github.com/statuslint/statuslint/internal/vettool"
)

func TestIsProtocol(t *testing.T) {
	for _, test := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-constants=status", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-fix", "./..."}, false},
		{[]string{"-json", "example.com/cfg"}, false},
		{nil, false},
	} {
		if got := vettool.IsProtocol(test.args); got != test.want {
			t.Errorf("IsProtocol(%q): got %v, want %v", test.args, got, test.want)
		}
	}
}
