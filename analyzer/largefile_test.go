package analyzer_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/statuslint/statuslint/analyzer"
)

// largeFile returns a file of about lines lines: handlers with three
// fixable findings each, the worst case of a generated-looking but
// hand-written file.
func largeFile(lines int) (src string, findings int) {
	var b strings.Builder
	b.WriteString("package p\n\nimport \"net/http\"\n\n")
	for i := 0; i < lines/5; i++ {
		fmt.Fprintf(&b, "func h%d(w http.ResponseWriter, r *http.Request) {\n", i)
		b.WriteString("\tw.WriteHeader(404)\n\thttp.Error(w, \"failed\", 500)\n\t_ = resp.StatusCode == 200\n}\n")
		findings += 3
	}
	return b.String(), findings
}

// TestLargeFile analyses a 50,000-line file and logs the time and memory
// it takes (go test -v); it asserts only the findings, since wall time
// depends on the machine. BenchmarkLargeFile measures the same.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a 50,000-line file")
	}
	t.Parallel()
	src, want := largeFile(50000)
	env := fuzzEnvironment(t)
	env.mu.Lock()
	defer env.mu.Unlock()
	pkg, ok := env.load(t, src)
	if !ok {
		t.Fatal("the large file does not type-check")
	}
	defer env.release(pkg)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	diags := env.analyze(t, analyzer.New(), pkg)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)

	fixable := 0
	for _, d := range diags {
		if len(d.SuggestedFixes) == 1 {
			fixable++
		}
	}
	if len(diags) != want || fixable != want {
		t.Errorf("got %d findings, %d with a fix; want %d of both", len(diags), fixable, want)
	}
	t.Logf("%d lines, %d findings: %v, %d MB allocated", strings.Count(src, "\n"), len(diags), elapsed, (after.TotalAlloc-before.TotalAlloc)>>20)
}

func BenchmarkLargeFile(b *testing.B) {
	src, _ := largeFile(50000)
	env := fuzzEnvironment(b)
	env.mu.Lock()
	defer env.mu.Unlock()
	pkg, ok := env.load(b, src)
	if !ok {
		b.Fatal("the large file does not type-check")
	}
	defer env.release(pkg)
	b.ReportAllocs()
	for b.Loop() {
		env.analyze(b, analyzer.New(), pkg)
	}
}
