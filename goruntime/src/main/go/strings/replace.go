package strings

import (
	"io"
	"unicode/utf8"
)

// Replacer replaces a list of strings with replacements. It is safe for concurrent use.
type Replacer struct {
	old []string
	new []string
	// byFirst lists, per first byte, the pair indexes (in argument order) whose old string
	// starts with it; empty holds the first pair with an empty old string, or -1.
	byFirst [256][]int
	empty   int
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements are
// performed in the order they appear in the target string, without overlapping matches, and
// old strings are compared in argument order.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		o := oldnew[i]
		k := len(r.old)
		r.old = append(r.old, o)
		r.new = append(r.new, oldnew[i+1])
		if o == "" {
			if r.empty < 0 {
				r.empty = k
			}
			continue
		}
		r.byFirst[o[0]] = append(r.byFirst[o[0]], k)
	}
	return r
}

// match returns the index of the pair whose old string matches s at i, or -1.
func (r *Replacer) match(s string, i int) int {
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if k > r.empty && r.empty >= 0 {
				break
			}
			if HasPrefix(s[i:], r.old[k]) {
				return k
			}
		}
	}
	return r.empty
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, s)
	return b.String()
}

func (r *Replacer) replace(b *Builder, s string) {
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i)
		if k >= 0 && (r.old[k] != "" || !prevEmpty) {
			b.WriteString(s[last:i])
			b.WriteString(r.new[k])
			if r.old[k] != "" {
				i += len(r.old[k])
				last = i
				prevEmpty = false
				continue
			}
			last = i
			prevEmpty = true
		} else {
			prevEmpty = false
		}
		if i == len(s) {
			break
		}
		if r.empty >= 0 {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		} else {
			i++
		}
		prevEmpty = false
	}
	b.WriteString(s[last:])
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
