// A syntax error found while parsing or building the tree; the facade reports the earliest one.
package gojc.frontend.syntax;

import gojc.frontend.diag.Pos;

record SyntaxError(Pos pos, String message) {}
