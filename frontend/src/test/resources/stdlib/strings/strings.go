package strings

func Contains(s, substr string) bool
func Index(s, substr string) int
func Repeat(s string, count int) string
func Split(s, sep string) []string

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) String() string {
	return string(b.buf)
}
