// This file implements the per-method state of code generation and the emission of one Go function
// body: JVM slots for locals (a variable that lives in a cell gets a one-element array in its slot),
// parameters and named results, line numbers, loop/switch targets, the defer list, and returns.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.diag.Pos;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class FuncGen {
    final ProgramGen prog;
    final String pkgPath;
    /** The class the method is emitted into. */
    final String owner;
    /** The prefix of the names of classes made for literals and go statements inside this body. */
    final String nameBase;
    final MethodVisitor mv;
    final Map<Var, Integer> slots = new HashMap<>();
    final Map<gojc.frontend.types.Label, Targets> targets = new HashMap<>();
    final Map<gojc.frontend.types.Label, Label> gotoLabels = new HashMap<>();
    final ExprGen expr = new ExprGen(this);
    final StmtGen stmt = new StmtGen(this);
    final Places places = new Places(this);
    final CallGen calls = new CallGen(this);
    final ConvGen conv = new ConvGen(this);
    final ArithGen arith = new ArithGen(this);
    final BuiltinGen builtins = new BuiltinGen(this);
    final ClosureGen closures = new ClosureGen(this);
    /** The SourceFile of classes generated for this body's literals and go/defer statements. */
    String sourceFile;
    private int nextSlot;
    private int line = -1;
    private int nested;
    List<Var> results = List.of();
    List<Type> resultTypes = List.of();
    /** The slot of the defer list (a java.util.ArrayList of Runnable), or -1. */
    int deferSlot = -1;
    /** Emitting the resume() of a stackless goroutine (StacklessGen): parking points are marked. */
    boolean stackless;

    record Targets(Label brk, Label cont) {}

    static final String PANICS = "gojc/runtime/dyn/Panics";

    FuncGen(ProgramGen prog, String pkgPath, String owner, String nameBase, MethodVisitor mv, boolean isStatic) {
        this.prog = prog;
        this.pkgPath = pkgPath;
        this.owner = owner;
        this.nameBase = nameBase;
        this.mv = mv;
        this.nextSlot = isStatic ? 0 : 1;
    }

    /** A fresh name for a class generated for something inside this body. */
    String nestedName(String what) {
        return nameBase + "$" + what + (++nested);
    }

    int newSlot(char kind) {
        int s = nextSlot;
        nextSlot += JvmTypes.size(kind);
        return s;
    }

    /** Evaluates x into a fresh temporary; returns its slot. */
    int temp(TExpr x) {
        expr.gen(x);
        char k = JvmTypes.kind(x.type());
        int s = newSlot(k);
        mv.visitVarInsn(Insns.store(k), s);
        return s;
    }

    /** Evaluates an integer x, widened to long, into a fresh temporary. */
    int tempLong(TExpr x) {
        expr.gen(x);
        Emit.toLong(mv, x.type());
        int s = newSlot('J');
        mv.visitVarInsn(LSTORE, s);
        return s;
    }

    /** A synthetic local (switch tags, range state) that expressions may refer to through a VarRef. */
    Var synthetic(String name, Type t) {
        Var v = new Var(name, Pos.NONE, pkgPath, t, Var.Kind.LOCAL);
        slots.put(v, newSlot(JvmTypes.kind(t)));
        return v;
    }

    /**
     * Marks the call emitted next as a point where a stackless goroutine may suspend: a branch to
     * the next instruction, so that ASM computes the frame there, which SuspendLowering reads to
     * know what to save (and then removes the branch).
     */
    void suspendPoint() {
        if (!stackless) return;
        Label here = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(IFNE, here);
        mv.visitLabel(here);
    }

    void line(Pos p) {
        if (p == null || p.line() <= 0 || p.line() == line) return;
        line = p.line();
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(line, l);
    }

    RuntimeException unsupported(Pos p, String what) {
        return new UnsupportedOperationException(p + ": codegen does not support " + what + " yet");
    }

    /**
     * Declares a local and stores the value value emits into it (or into its new cell). A variable
     * declared again (a loop body's := runs each iteration) gets a new cell each time, as Go's
     * per-declaration variables require.
     */
    void declare(Var v, Runnable value) {
        Integer existing = slots.get(v);
        if (v.inCell()) {
            int s = existing != null ? existing : newSlot('L');
            slots.put(v, s);
            mv.visitInsn(ICONST_1);
            Insns.newArray(mv, JvmTypes.desc(v.type()));
            mv.visitInsn(DUP);
            mv.visitInsn(ICONST_0);
            value.run();
            mv.visitInsn(Insns.astore(JvmTypes.desc(v.type()).charAt(0)));
            mv.visitVarInsn(ASTORE, s);
        } else {
            char k = JvmTypes.kind(v.type());
            int s = existing != null ? existing : newSlot(k);
            slots.put(v, s);
            value.run();
            mv.visitVarInsn(Insns.store(k), s);
        }
    }

    /**
     * Binds incoming parameters, which the caller placed from slot start on. With erased set (the
     * call method of a function interface), reference parameters arrive as Object and are cast.
     */
    void bindParams(List<Var> params, boolean erased) {
        int[] incoming = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            incoming[i] = newSlot(JvmTypes.kind(params.get(i).type()));
        }
        for (int i = 0; i < params.size(); i++) {
            Var p = params.get(i);
            char k = JvmTypes.kind(p.type());
            if (erased && k == 'L' && !JvmTypes.internalName(p.type()).equals(JvmTypes.OBJECT)) {
                mv.visitVarInsn(ALOAD, incoming[i]);
                Emit.checkcast(mv, p.type());
                mv.visitVarInsn(ASTORE, incoming[i]);
            }
            if (p.inCell()) {
                int in = incoming[i];
                declare(p, () -> mv.visitVarInsn(Insns.load(k), in));
            } else {
                slots.put(p, incoming[i]);
            }
        }
    }

    /** Emits the body of f after its parameters are bound, with results and the defer list set up. */
    void body(TFunc f) {
        results = f.results() == null ? List.of() : f.results();
        resultTypes = JvmTypes.varTypes(f.sig().results());
        line(f.pos());
        for (Var r : results) declare(r, () -> expr.zero(r.type()));
        if (f.hasDefer()) {
            deferSlot = newSlot('L');
            mv.visitTypeInsn(NEW, "java/util/ArrayList");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
            mv.visitVarInsn(ASTORE, deferSlot);
            int t = newSlot('L'), st = newSlot('L');
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, st);
            Label start = new Label(), end = new Label(), handler = new Label(), defersDone = new Label();
            mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
            // A panic escaping a deferred call continues with the remaining deferred calls.
            mv.visitTryCatchBlock(handler, defersDone, handler, "java/lang/Throwable");
            mv.visitLabel(start);
            stmt.block(f.body());
            fallOffEnd();
            mv.visitLabel(end);
            mv.visitLabel(handler);
            mv.visitVarInsn(ASTORE, t);
            mv.visitVarInsn(ALOAD, st);
            mv.visitVarInsn(ALOAD, t);
            mv.visitMethodInsn(INVOKESTATIC, PANICS, "begin",
                    "(L" + PANICS + "$State;Ljava/lang/Throwable;)L" + PANICS + "$State;", false);
            mv.visitVarInsn(ASTORE, st);
            runDefers(st);
            mv.visitLabel(defersDone);
            mv.visitVarInsn(ALOAD, st);
            mv.visitMethodInsn(INVOKESTATIC, PANICS, "end", "(L" + PANICS + "$State;)Z", false);
            Label rethrow = new Label();
            mv.visitJumpInsn(IFEQ, rethrow);
            // Recovered: the function returns its result variables' current values.
            returnNow(results.stream().map(r -> (Runnable) () -> places.ofVar(r).load()).toList());
            mv.visitLabel(rethrow);
            mv.visitVarInsn(ALOAD, t);
            mv.visitInsn(ATHROW);
        } else {
            stmt.block(f.body());
            fallOffEnd();
        }
    }

    /** A Go function can only fall off its end when it has no results. */
    private void fallOffEnd() {
        if (resultTypes.isEmpty()) {
            returnNow(List.of());
        } else {
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ATHROW);
        }
    }

    /** Runs the deferred calls, last first; each is removed before it runs. */
    void runDefers() {
        runDefers(-1);
    }

    /** The same while handling the panic whose Panics.State is in slot state (-1: none). */
    private void runDefers(int state) {
        Label loop = new Label(), done = new Label();
        mv.visitLabel(loop);
        mv.visitVarInsn(ALOAD, deferSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/ArrayList", "isEmpty", "()Z", false);
        mv.visitJumpInsn(IFNE, done);
        mv.visitVarInsn(ALOAD, deferSlot);
        mv.visitVarInsn(ALOAD, deferSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/ArrayList", "size", "()I", false);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(ISUB);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/util/ArrayList", "remove", "(I)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, "java/lang/Runnable");
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/Runnable", "run", "()V", true);
        if (state >= 0) {
            mv.visitVarInsn(ALOAD, state);
            mv.visitMethodInsn(INVOKESTATIC, PANICS, "deferReturned", "(L" + PANICS + "$State;)V", false);
        }
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
    }

    /**
     * Returns the values values emits (one runnable per result). With defers, the values go to the
     * result variables first, the deferred calls run, and the result variables are returned, so a
     * deferred closure sees and may change named results, as in Go.
     */
    void returnNow(List<Runnable> values) {
        if (deferSlot >= 0) {
            for (int i = 0; i < values.size(); i++) places.ofVar(results.get(i)).store(values.get(i));
            runDefers();
            values = results.stream().map(r -> (Runnable) () -> places.ofVar(r).load()).toList();
        }
        if (resultTypes.isEmpty()) {
            mv.visitInsn(RETURN);
        } else if (resultTypes.size() == 1) {
            values.get(0).run();
            mv.visitInsn(Insns.ret(JvmTypes.kind(resultTypes.get(0))));
        } else {
            String tuple = prog.tuple(resultTypes);
            mv.visitTypeInsn(NEW, tuple);
            mv.visitInsn(DUP);
            for (Runnable v : values) v.run();
            mv.visitMethodInsn(INVOKESPECIAL, tuple, "<init>", JvmTypes.tupleCtorDesc(resultTypes), false);
            mv.visitInsn(ARETURN);
        }
    }
}
