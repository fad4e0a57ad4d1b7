// What a loop contains, for StmtGen: channel operations (the loop gets the OSR nudge), calls or
// channel operations (it may park, and gets its condition tested apart on entry), function
// literals (its condition cannot be generated twice). Only the loop's own function counts, not
// the bodies of literals in it. The typed tree is records throughout, so one walk over their
// components covers every statement and expression form.
package gojc.codegen.jvm;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Type;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Predicate;

final class LoopScan {
    private static final String TREE = "gojc.frontend.tree.";

    private LoopScan() {}

    /** What a loop's own code does, the strongest first: each implies the ones below it. */
    enum Parks { CHAN_OPS, CALLS, NEITHER }

    /** One walk: stops at the first channel operation, else notes whether it saw a call. */
    static Parks parks(Object node) {
        boolean[] calls = {false};
        boolean chan = any(node, n -> {
            if (isChanOp(n)) {
                return true;
            }
            calls[0] |= isCall(n);
            return false;
        });
        return chan ? Parks.CHAN_OPS : calls[0] ? Parks.CALLS : Parks.NEITHER;
    }

    private static boolean isCall(Object n) {
        return n instanceof TExpr.CallFunc || n instanceof TExpr.CallMethod || n instanceof TExpr.CallInterface
                || n instanceof TExpr.CallValue;
    }

    static boolean funcLits(Object node) {
        return any(node, n -> n instanceof TExpr.FuncLit);
    }

    static boolean isChanOp(Object n) {
        return n instanceof TStmt.Send || n instanceof TStmt.Select || n instanceof TExpr.Recv
                || n instanceof TStmt.Range r && r.x().type().underlying() instanceof Type.Chan;
    }

    private static boolean any(Object node, Predicate<Object> p) {
        if (node == null) {
            return false;
        }
        if (p.test(node)) {
            return true;
        }
        return switch (node) {
            case TExpr.FuncLit f -> false; // its body is another function's
            case List<?> l -> l.stream().anyMatch(x -> any(x, p));
            case Record r when r.getClass().getName().startsWith(TREE) -> components(r, p);
            default -> false;
        };
    }

    private static boolean components(Record r, Predicate<Object> p) {
        for (MethodHandle get : ACCESSORS.get(r.getClass())) {
            try {
                if (any(get.invoke(r), p)) {
                    return true;
                }
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    static MethodHandle[] accessors(Class<?> c) {
        return ACCESSORS.get(c);
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
