// Package errors implements functions to manipulate errors. New is implemented by the runtime
// (gojc.runtime.lib.errors.Errors).
package errors

// New returns an error that formats as the given text. Each call to New returns a distinct error
// value even if the text is identical.
func New(text string) error
