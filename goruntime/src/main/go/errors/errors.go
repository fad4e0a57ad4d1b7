// Package errors implements functions to manipulate errors. New is implemented by the runtime
// (gojc.runtime.lib.errors.Errors); the tree walking functions and Join (Go 1.20's, which no
// Go 1.19 program can call, so offering it changes nothing for them) are Go.
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

// Is reports whether any error in err's tree matches target: is equal to it, or has an
// Is(error) bool method that reports true. The tree is err, then what Unwrap() error returns,
// or each error Unwrap() []error returns (depth first), repeatedly.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, comparable bool) bool {
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if is(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func isComparable(v any) bool

// As finds the first error in err's tree that matches target, and if one is found, sets target
// to that error value and returns true. target must be a non-nil pointer to a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	if err == nil {
		return false
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkTarget panics as Go does when target is not a non-nil pointer to an interface or to a type
// implementing error.
func checkTarget(target any)

// assignTo stores err through the pointer target when err's dynamic type is assignable to the
// pointed-to type.
func assignTo(err error, target any) bool

// Join returns an error that wraps the given errors, nil ones discarded; nil if every one is
// nil. Its Error method joins their messages with newlines; its Unwrap method returns them.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }
