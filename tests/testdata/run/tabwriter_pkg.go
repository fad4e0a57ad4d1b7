package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "aaaaaa\tb\tccccc\tlast")
	fmt.Fprintln(w, "no tabs here")
	fmt.Fprintln(w, "x\ty")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "1\t22\t333\t")
	fmt.Fprintln(w, "4444\t5\t66\t")
	fmt.Fprint(w, "héllo\twörld\t\n\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tx")
	fmt.Fprintln(w, "name\tvalue")
	fmt.Fprintln(w, "longer name\tv")
	fmt.Fprint(w, "tail without newline\tz")
	w.Flush()
	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\tdd")
	w.Flush()
}
