// Package errors implements functions to manipulate errors. New is implemented by the runtime
// (gojc.runtime.lib.errors.Errors); the chain walking functions are Go.
package errors

// New returns an error that formats as the given text. Each call to New returns a distinct error
// value even if the text is identical.
func New(text string) error

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains an
// Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target: is equal to it, or has an
// Is(error) bool method that reports true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

func isComparable(v any) bool

// As finds the first error in err's chain that matches target, and if one is found, sets target
// to that error value and returns true. target must be a non-nil pointer to a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// checkTarget panics as Go does when target is not a non-nil pointer to an interface or to a type
// implementing error.
func checkTarget(target any)

// assignTo stores err through the pointer target when err's dynamic type is assignable to the
// pointed-to type.
func assignTo(err error, target any) bool
