// This file implements calls (spec "Calls"): of declared functions (static methods of P/$Package,
// or of the Java class an external standard-library function is bound to), of function values
// through their Fn_ interface, top-level functions as values, and the go and defer statements,
// whose callee and arguments are evaluated at the statement into a generated Runnable.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class CallGen {
    private final FuncGen fg;

    CallGen(FuncGen fg) {
        this.fg = fg;
    }

    static String owner(Func f) {
        return f.external() ? JvmTypes.libClass(f.pkg()) : JvmTypes.packageClass(f.pkg());
    }

    void callFunc(TExpr.CallFunc c) {
        Func f = c.func();
        if (f.isMethod()) throw fg.unsupported(c.pos(), "method calls");
        for (TExpr a : c.args()) fg.expr.genValue(a);
        fg.line(c.pos());
        registerResult(f.type());
        fg.mv.visitMethodInsn(INVOKESTATIC, owner(f), JvmTypes.jvmName(f.name()), JvmTypes.methodDesc(f.type()), false);
    }

    private void registerResult(Type.Signature sig) {
        if (sig.results().size() > 1) fg.prog.tuple(JvmTypes.varTypes(sig.results()));
    }

    void callValue(TExpr.CallValue c) {
        Type.Signature sig = (Type.Signature) c.fn().type().underlying();
        String iface = fg.prog.fn(sig);
        fg.expr.gen(c.fn());
        for (TExpr a : c.args()) fg.expr.genValue(a);
        fg.line(c.pos());
        fg.mv.visitMethodInsn(INVOKEINTERFACE, iface, "call", JvmTypes.fnCallDesc(sig), true);
        if (sig.results().size() == 1 && JvmTypes.kind(sig.results().get(0).type()) == 'L') {
            Emit.checkcast(fg.mv, sig.results().get(0).type());
        }
    }

    /** Pushes the function value of a top-level function. */
    void funcValue(Func f) {
        String name = fg.pkgPath + "/$value$" + f.pkg().replace('/', '$') + "$" + JvmTypes.jvmName(f.name());
        String cls = fg.prog.funcValue(f, owner(f), JvmTypes.jvmName(f.name()), name);
        fg.mv.visitTypeInsn(NEW, cls);
        fg.mv.visitInsn(DUP);
        fg.mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
    }

    void goStmt(TExpr call) {
        if (call instanceof TExpr.CallFunc c && !c.func().isMethod()) {
            String co = fg.prog.stackless(c.func());
            if (co != null) {
                fg.mv.visitTypeInsn(NEW, co);
                fg.mv.visitInsn(DUP);
                goStackless(co, StacklessGen.ctorDesc(c.func()), c.args());
                return;
            }
        }
        if (call instanceof TExpr.CallValue c && c.fn() instanceof TExpr.FuncLit lit && StacklessGen.qualifies(fg.prog, lit.func())) {
            String closure = fg.closures.funcLit(lit);
            String co = StacklessGen.generate(fg, lit, closure);
            // [closure] -> [co, co, closure]: the closure is the constructor's first argument
            fg.mv.visitTypeInsn(NEW, co);
            fg.mv.visitInsn(DUP_X1);
            fg.mv.visitInsn(SWAP);
            goStackless(co, StacklessGen.ctorDesc(closure, (Type.Signature) lit.type().underlying()), c.args());
            return;
        }
        thunk(call, "go");
        fg.mv.visitMethodInsn(INVOKESTATIC, "gojc/runtime/sched/Scheduler", "go", "(Ljava/lang/Runnable;)V", false);
    }

    /** With the new coroutine (and its leading constructor arguments) on the stack: the rest, and go. */
    private void goStackless(String co, String ctorDesc, List<TExpr> args) {
        for (TExpr a : args) fg.expr.genValue(a);
        fg.mv.visitMethodInsn(INVOKESPECIAL, co, "<init>", ctorDesc, false);
        fg.mv.visitMethodInsn(INVOKESTATIC, "gojc/runtime/sched/Scheduler", "go", "(L" + StacklessGen.COROUTINE + ";)V", false);
    }

    void deferStmt(TExpr call) {
        if (fg.deferSlot < 0) throw new IllegalStateException("defer in a function without hasDefer");
        fg.mv.visitVarInsn(ALOAD, fg.deferSlot);
        thunk(call, "defer");
        fg.mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/ArrayList", "add", "(Ljava/lang/Object;)Z", false);
        fg.mv.visitInsn(POP);
    }

    /**
     * Evaluates the callee and arguments of call now and pushes a Runnable that makes the call later:
     * an instance of a generated class holding the evaluated operands in fields, whose run() is the
     * same call with every operand replaced by a reference to its field's value.
     */
    private void thunk(TExpr call, String what) {
        if (call instanceof TExpr.Let l) {
            // f(g()): g runs now; its results, read through the Let's local, are the operands
            fg.declare(l.tmp(), () -> fg.expr.gen(l.init()));
            thunk(l.body(), what);
            return;
        }
        List<TExpr> operands = new ArrayList<>();
        switch (call) {
            case TExpr.CallFunc c -> operands.addAll(c.args());
            case TExpr.CallValue c -> {
                operands.add(c.fn());
                operands.addAll(c.args());
            }
            case TExpr.CallBuiltin c -> operands.addAll(c.args());
            case TExpr.CallMethod c -> {
                operands.add(c.recv());
                operands.addAll(c.args());
            }
            case TExpr.CallInterface c -> {
                operands.add(c.recv());
                operands.addAll(c.args());
            }
            default -> throw fg.unsupported(call.pos(), what + " of " + call.getClass().getSimpleName());
        }
        List<Var> vars = new ArrayList<>();
        List<TExpr> refs = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) {
            Var v = new Var("a" + i, Pos.NONE, fg.pkgPath, operands.get(i).type(), Var.Kind.LOCAL);
            vars.add(v);
            refs.add(new TExpr.VarRef(operands.get(i).pos(), v.type(), v));
        }
        TExpr later = switch (call) {
            case TExpr.CallFunc c -> new TExpr.CallFunc(c.pos(), c.type(), c.func(), refs);
            case TExpr.CallValue c -> new TExpr.CallValue(c.pos(), c.type(), refs.get(0), refs.subList(1, refs.size()));
            case TExpr.CallBuiltin c -> new TExpr.CallBuiltin(c.pos(), c.type(), c.id(), c.typeArg(), refs, c.spread());
            case TExpr.CallMethod c -> new TExpr.CallMethod(c.pos(), c.type(), c.method(), refs.get(0),
                    refs.subList(1, refs.size()));
            case TExpr.CallInterface c -> new TExpr.CallInterface(c.pos(), c.type(), refs.get(0), c.method(),
                    refs.subList(1, refs.size()));
            default -> throw new IllegalStateException();
        };
        String name = fg.nestedName(what);
        ClassWriter cw = fg.prog.newClass(name, JvmTypes.OBJECT, new String[] {"java/lang/Runnable"}, fg.sourceFile);
        StringBuilder ctor = new StringBuilder("(");
        for (Var v : vars) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, v.name(), JvmTypes.desc(v.type()), null, null).visitEnd();
            ctor.append(JvmTypes.desc(v.type()));
        }
        String ctorDesc = ctor.append(")V").toString();
        ClosureGen.fieldCtor(cw, name, ctorDesc, vars.stream().map(Var::name).toList(),
                vars.stream().map(v -> JvmTypes.desc(v.type())).toList());
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "()V", null, null);
        mv.visitCode();
        FuncGen body = new FuncGen(fg.prog, fg.pkgPath, name, name, mv, false);
        body.sourceFile = fg.sourceFile;
        for (Var v : vars) {
            body.declare(v, () -> {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitFieldInsn(GETFIELD, name, v.name(), JvmTypes.desc(v.type()));
            });
        }
        body.stmt.gen(new TStmt.ExprStmt(call.pos(), later));
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        fg.prog.add(name, cw);

        MethodVisitor site = fg.mv;
        site.visitTypeInsn(NEW, name);
        site.visitInsn(DUP);
        for (TExpr o : operands) fg.expr.genValue(o);
        site.visitMethodInsn(INVOKESPECIAL, name, "<init>", ctorDesc, false);
    }
}
