// Whether a loop does channel operations itself (not inside function literals): such loops get
// StmtGen's OSR nudge. The typed tree is records throughout, so one walk over their components
// covers every statement and expression form.
package gojc.codegen.jvm;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Type;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

final class ChanOps {
    private static final String TREE = "gojc.frontend.tree.";

    private ChanOps() {}

    static boolean in(Object node) {
        return switch (node) {
            case null -> false;
            case TStmt.Send s -> true;
            case TStmt.Select s -> true;
            case TExpr.Recv r -> true;
            case TStmt.Range r when r.x().type().underlying() instanceof Type.Chan -> true;
            case TExpr.FuncLit f -> false;
            case List<?> l -> l.stream().anyMatch(ChanOps::in);
            case Record r when r.getClass().getName().startsWith(TREE) -> components(r);
            default -> false;
        };
    }

    private static boolean components(Record r) {
        for (MethodHandle get : ACCESSORS.get(r.getClass())) {
            try {
                if (in(get.invoke(r))) {
                    return true;
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    /** Each record class's component accessors, as (Object)Object handles. */
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> c) {
            RecordComponent[] rc = c.getRecordComponents();
            MethodHandle[] hs = new MethodHandle[rc.length];
            for (int i = 0; i < rc.length; i++) {
                try {
                    hs[i] = MethodHandles.publicLookup().unreflect(rc[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return hs;
        }
    };
}
