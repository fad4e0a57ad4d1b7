package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	n := fs.Int("n", 5, "number of `items`")
	name := fs.String("name", "world", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", time.Second, "how long")
	f := fs.Float64("ratio", 0.5, "a ratio")
	var list []string
	fs.Func("tag", "add a tag", func(s string) error { list = append(list, s); return nil })
	err := fs.Parse([]string{"-n", "7", "--name=gopher", "-v", "-wait", "1m30s", "-tag", "a", "-tag=b", "rest", "-x"})
	fmt.Println(err, *n, *name, *v, *d, *f, list, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0))
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	err = fs.Parse([]string{"-n", "abc"})
	fmt.Println(err)
	err = fs.Parse([]string{"-undefined"})
	fmt.Println(err)
	err = fs.Parse([]string{"-name"})
	fmt.Println(err)
	fmt.Print(sb.String())
	sb.Reset()
	fs.PrintDefaults()
	fmt.Print(sb.String())
	fmt.Println(fs.Lookup("n").DefValue, fs.Lookup("nope") == nil)
	fmt.Println(len(os.Args) > 0, flag.Parsed())
	flag.Parse()
	fmt.Println(flag.NArg(), flag.Parsed())
}
