package gojc.frontend.ast;

import gojc.frontend.diag.Pos;
import java.util.List;

/** One parsed source file. */
public record File(Pos pos, String path, Expr.Ident packageName, List<Spec.Import> imports, List<Decl> decls)
        implements Node {}
