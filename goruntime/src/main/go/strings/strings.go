// Package strings implements simple functions to manipulate UTF-8 encoded strings. The functions
// without a body are implemented by the runtime (gojc.runtime.lib.strings.Strings).
package strings

func Contains(s, substr string) bool
func Repeat(s string, count int) string
func ToUpper(s string) string
func ToLower(s string) string
func Split(s, sep string) []string
func Join(elems []string, sep string) string
func TrimSpace(s string) string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func Fields(s string) []string
