package gojc.frontend.tree;

import gojc.frontend.diag.Pos;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.List;

/**
 * A function body ready for codegen: a declared function or method (obj non-null), or a function
 * literal (obj null; name is gc's name for it, e.g. {@code main.func1}). body is null for a
 * body-less (external) declaration. Named results are in results and start at their zero values.
 */
public record TFunc(Pos pos, String name, Func obj, Type.Signature sig, Var recv, List<Var> params,
        List<Var> results, TStmt.Block body, boolean hasDefer, boolean hasRecover) {}
