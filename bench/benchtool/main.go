// Command benchtool measures and summarises bench/run.sh's runs. It uses only
// the standard library, so that it measures others without adding to them.
//
//	benchtool measure -tsv FILE -label L -log FILE -- command [args]
//	benchtool summary FILE
//	benchtool findings -root DIR -only FILE -module M tool=output...
//
// measure runs a command and appends one line to the TSV file: the label
// (tab-separated fields chosen by the caller), wall time, user and system
// CPU of the whole process tree, the peak RSS of its largest process, the
// peak of the tree's summed RSS, and the exit code.
//
// Peak memory is measured two ways because the tools differ in shape:
// singlechecker is one process (plus go list), while statuslint standalone
// and every vet tool run as a tree: go vet starts one vet tool process per
// package, several at once. The kernel's rusage (what GNU time's %M shows)
// gives the maximum RSS of the largest single process of the tree, not the
// sum of concurrent ones. The tree's sum is sampled from /proc every 10ms,
// walking /proc/PID/task/TID/children from the started process; a process
// living less than 10ms can be missed, and pages shared between processes
// (the executables themselves) are counted in each.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/statuslint/statuslint/internal/vetoutput"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool measure|summary|findings ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "measure":
		err = measure(os.Args[2:])
	case "summary":
		err = summary(os.Args[2:])
	case "findings":
		err = findings(os.Args[2:])
	default:
		err = fmt.Errorf("unknown subcommand %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchtool: %v\n", err)
		os.Exit(1)
	}
}

// measure runs the command after "--" and appends its costs to the TSV file.
func measure(args []string) error {
	fs := flag.NewFlagSet("measure", flag.ExitOnError)
	tsv := fs.String("tsv", "", "append the result to this TSV `file`")
	label := fs.String("label", "", "tab-separated leading fields of the result line")
	logFile := fs.String("log", os.DevNull, "write the command's stdout and stderr to this `file`")
	fs.Parse(args)
	argv := fs.Args()
	if len(argv) == 0 || *tsv == "" {
		return fmt.Errorf("measure: need -tsv and a command")
	}
	out, err := os.Create(*logFile)
	if err != nil {
		return err
	}
	defer out.Close()

	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = out, out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	peak := make(chan int64)
	go func() { peak <- sampleTree(cmd.Process.Pid, done) }()
	waitErr := cmd.Wait()
	wall := time.Since(start)
	close(done)
	treePeak := <-peak

	exit := 0
	if waitErr != nil {
		ee, ok := waitErr.(*exec.ExitError)
		if !ok {
			return waitErr
		}
		exit = ee.ExitCode()
	}
	// Wait4's rusage covers the process and all its waited-for descendants;
	// Maxrss is the largest of them, in KiB on Linux.
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	user := time.Duration(ru.Utime.Nano())
	sys := time.Duration(ru.Stime.Nano())
	f, err := os.OpenFile(*tsv, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\n", *label,
		wall.Seconds(), user.Seconds(), sys.Seconds(), ru.Maxrss, treePeak/1024, exit)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// sampleTree returns the peak, in bytes, of the summed resident memory of
// pid and its descendants, sampled until done is closed.
func sampleTree(pid int, done <-chan struct{}) int64 {
	page := int64(os.Getpagesize())
	var peak int64
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		var sum int64
		for _, p := range descendants(pid) {
			sum += residentPages(p) * page
		}
		peak = max(peak, sum)
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}

// descendants returns pid and every process below it.
func descendants(pid int) []int {
	all := []int{pid}
	for i := 0; i < len(all); i++ {
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", all[i]))
		for _, t := range tasks {
			data, _ := os.ReadFile(t)
			for _, f := range strings.Fields(string(data)) {
				if c, err := strconv.Atoi(f); err == nil {
					all = append(all, c)
				}
			}
		}
	}
	return all
}

// residentPages returns the resident set of pid in pages, or 0 if it is gone.
func residentPages(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", pid))
	if err != nil {
		return 0 // exited between the listing and now
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	n, _ := strconv.ParseInt(fields[1], 10, 64)
	return n
}

// A sample is one measured run, as measure writes it.
type sample struct {
	module, mode, cache, tool string
	wall, cpu                 float64 // seconds; cpu is user+sys
	maxRSS, treeRSS           float64 // MiB
	exit                      int
}

// summary prints the medians of a TSV file as Markdown tables: raw numbers,
// then ratios to the floor (noop in the same mode and cache) and to peers.
func summary(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("summary: need one TSV file")
	}
	samples, err := readSamples(args[0])
	if err != nil {
		return err
	}
	type key struct{ module, mode, cache, tool string }
	groups := make(map[key][]sample)
	var modules, tools []string
	for _, s := range samples {
		k := key{s.module, s.mode, s.cache, s.tool}
		groups[k] = append(groups[k], s)
		if !slices.Contains(modules, s.module) {
			modules = append(modules, s.module)
		}
		if !slices.Contains(tools, s.tool) {
			tools = append(tools, s.tool)
		}
	}
	med := func(k key, f func(sample) float64) (float64, int, bool) {
		g := groups[k]
		if len(g) == 0 {
			return 0, 0, false
		}
		vs := make([]float64, len(g))
		for i, s := range g {
			vs[i] = f(s)
		}
		return median(vs), len(g), true
	}
	wall := func(s sample) float64 { return s.wall }
	cpu := func(s sample) float64 { return s.cpu }
	maxRSS := func(s sample) float64 { return s.maxRSS }
	treeRSS := func(s sample) float64 { return s.treeRSS }
	// ratios formats the four medians of k divided by those of base, or
	// "" if either has no samples.
	ratios := func(k, base key) string {
		var q [4]float64
		for i, f := range []func(sample) float64{wall, cpu, maxRSS, treeRSS} {
			num, _, ok1 := med(k, f)
			den, _, ok2 := med(base, f)
			if !ok1 || !ok2 {
				return ""
			}
			q[i] = num / den
		}
		return fmt.Sprintf("%.2f / %.2f / %.2f / %.2f", q[0], q[1], q[2], q[3])
	}

	// newbin: warm cache, a new statuslint binary (bench/run.sh), next to
	// noop's warm runs of the same rounds.
	for _, mc := range [][2]string{{"standalone", "warm"}, {"vet", "warm"}, {"standalone", "newbin"}, {"standalone", "cold"}, {"vet", "cold"}} {
		mode, cache := mc[0], mc[1]
		var present []string
		for _, t := range tools {
			for _, m := range modules {
				if _, ok := groups[key{m, mode, cache, t}]; ok {
					present = append(present, t)
					break
				}
			}
		}
		if len(present) == 0 {
			continue
		}
		fmt.Printf("\n### %s, %s cache: medians (wall s / user+sys s / largest process RSS MiB / tree RSS MiB)\n\n", mode, cache)
		fmt.Printf("| module | %s |\n|---|%s\n", strings.Join(present, " | "), strings.Repeat("---|", len(present)))
		for _, m := range modules {
			row := []string{m}
			for _, t := range present {
				k := key{m, mode, cache, t}
				w, n, ok := med(k, wall)
				if !ok {
					row = append(row, "")
					continue
				}
				c, _, _ := med(k, cpu)
				r, _, _ := med(k, maxRSS)
				tr, _, _ := med(k, treeRSS)
				cell := fmt.Sprintf("%.2f / %.2f / %.0f / %.0f", w, c, r, tr)
				if bad := badExits(groups[k]); bad != "" {
					cell += " exit " + bad
				}
				if n > 1 {
					cell += fmt.Sprintf(" (n=%d)", n)
				}
				row = append(row, cell)
			}
			fmt.Printf("| %s |\n", strings.Join(row, " | "))
		}
		if !slices.Contains(present, "noop") {
			continue
		}
		fmt.Printf("\n%s, %s cache: ratios to the floor (noop, same mode and cache): wall / user+sys / largest RSS / tree RSS\n\n", mode, cache)
		fmt.Printf("| module | %s |\n|---|%s\n", strings.Join(present, " | "), strings.Repeat("---|", len(present)))
		for _, m := range modules {
			floor := key{m, mode, cache, "noop"}
			if _, _, ok := med(floor, wall); !ok {
				continue
			}
			row := []string{m}
			for _, t := range present {
				row = append(row, ratios(key{m, mode, cache, t}, floor))
			}
			fmt.Printf("| %s |\n", strings.Join(row, " | "))
		}
		var peers []string
		for _, t := range present {
			if t != "statuslint" && t != "noop" && t != "noopfacts" {
				peers = append(peers, t)
			}
		}
		if !slices.Contains(present, "statuslint") || len(peers) == 0 {
			continue
		}
		fmt.Printf("\n%s, %s cache: statuslint ÷ peer: wall / user+sys / largest RSS / tree RSS\n\n", mode, cache)
		fmt.Printf("| module | %s |\n|---|%s\n", strings.Join(peers, " | "), strings.Repeat("---|", len(peers)))
		for _, m := range modules {
			k := key{m, mode, cache, "statuslint"}
			if _, _, ok := med(k, wall); !ok {
				continue
			}
			row := []string{m}
			for _, t := range peers {
				row = append(row, ratios(k, key{m, mode, cache, t}))
			}
			fmt.Printf("| %s |\n", strings.Join(row, " | "))
		}
	}
	return nil
}

// badExits lists the exit codes of g other than 0 (clean), 1 (statuslint,
// go vet and staticcheck on findings) and 3 (singlechecker on findings).
func badExits(g []sample) string {
	var bad []string
	for _, s := range g {
		if s.exit != 0 && s.exit != 1 && s.exit != 3 {
			bad = append(bad, strconv.Itoa(s.exit))
		}
	}
	return strings.Join(bad, ",")
}

func readSamples(file string) ([]sample, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var samples []sample
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 11 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 11", file, line, len(fs))
		}
		// module mode cache tool run wall user sys maxrss tree exit
		num := func(i int) float64 { v, _ := strconv.ParseFloat(fs[i], 64); return v }
		exit, _ := strconv.Atoi(fs[10])
		samples = append(samples, sample{
			module: fs[0], mode: fs[1], cache: fs[2], tool: fs[3],
			wall: num(5), cpu: num(6) + num(7),
			maxRSS: num(8) / 1024, treeRSS: num(9) / 1024,
			exit: exit,
		})
	}
	return samples, sc.Err()
}

func median(vs []float64) float64 {
	slices.Sort(vs)
	n := len(vs)
	if n%2 == 1 {
		return vs[n/2]
	}
	return (vs[n/2-1] + vs[n/2]) / 2
}

// findings compares the diagnostics of several tools on one module by
// file:line: counts, pairwise overlap, and the lines only statuslint reports,
// written to -only for review.
func findings(args []string) error {
	fs := flag.NewFlagSet("findings", flag.ExitOnError)
	root := fs.String("root", "", "the module's `directory`: paths are made relative to it")
	only := fs.String("only", "", "append statuslint-only findings to this `file`")
	module := fs.String("module", "", "the module's short name, for the table")
	header := fs.Bool("header", false, "print the table header first")
	fs.Parse(args)

	type tool struct {
		name  string
		lines map[string][]string // file:line -> messages
	}
	var tools []tool
	for _, arg := range fs.Args() {
		name, file, ok := strings.Cut(arg, "=")
		if !ok {
			return fmt.Errorf("findings: want tool=output, got %q", arg)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		t := tool{name: name, lines: make(map[string][]string)}
		// Diagnostics as go vet, singlechecker and staticcheck print them;
		// go vet's "# pkg" headers and summaries are not.
		for _, d := range vetoutput.Lines(string(data)) {
			path := d.File
			if rel, err := filepath.Rel(*root, path); err == nil && filepath.IsAbs(path) {
				path = rel
			}
			at := path + ":" + strconv.Itoa(d.Line)
			if !slices.Contains(t.lines[at], d.Message) {
				// Drivers differ in whether a package and its test
				// variant both report a line: count it once.
				t.lines[at] = append(t.lines[at], d.Message)
			}
		}
		tools = append(tools, t)
	}
	if len(tools) == 0 || tools[0].name != "statuslint" {
		return fmt.Errorf("findings: the first tool must be statuslint")
	}
	count := func(t tool) int {
		n := 0
		for _, ms := range t.lines {
			n += len(ms)
		}
		return n
	}
	sl := tools[0]
	if *header {
		cols := []string{"module"}
		for _, t := range tools {
			cols = append(cols, t.name)
		}
		for _, t := range tools[1:] {
			cols = append(cols, "both "+t.name, "only "+t.name)
		}
		cols = append(cols, "statuslint only")
		fmt.Printf("| %s |\n|%s\n", strings.Join(cols, " | "), strings.Repeat("---|", len(cols)))
	}
	row := []string{*module}
	for _, t := range tools {
		row = append(row, fmt.Sprintf("%d", count(t)))
	}
	for _, t := range tools[1:] {
		both, peerOnly := 0, 0
		for at := range t.lines {
			if _, ok := sl.lines[at]; ok {
				both++
			} else {
				peerOnly++
			}
		}
		row = append(row, strconv.Itoa(both), strconv.Itoa(peerOnly))
	}
	var mine []string
	for at, ms := range sl.lines {
		seen := false
		for _, t := range tools[1:] {
			if _, ok := t.lines[at]; ok {
				seen = true
			}
		}
		if !seen {
			for _, m := range ms {
				mine = append(mine, at+": "+m)
			}
		}
	}
	sort.Strings(mine)
	row = append(row, strconv.Itoa(len(mine)))
	fmt.Printf("| %s |\n", strings.Join(row, " | "))
	if *only != "" {
		f, err := os.OpenFile(*only, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		for _, m := range mine {
			fmt.Fprintf(f, "%s\t%s\n", *module, m)
		}
		return f.Close()
	}
	return nil
}
