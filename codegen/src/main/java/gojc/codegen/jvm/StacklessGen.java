// This file implements stackless goroutines (runtime sched.Coroutine): a function started by `go`
// whose body parks only in its own statements (channel operations, select, the preemption poll),
// never inside a call (ParkScan), needs no stack of its own while parked. Such a function gets a class
// F$coroutine extending Coroutine, with the go statement's arguments (and a literal's closure) in
// fields, body() calling the function as usual (for a virtual thread), and resume(), the body
// compiled again with its parking points marked, which SuspendLowering turns into returns that
// save the frame.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class StacklessGen {
    static final String COROUTINE = "gojc/runtime/sched/Coroutine";

    /** -Dgojc.stackless=false at build time compiles every goroutine as a virtual thread. */
    private static final boolean ENABLED = !"false".equals(System.getProperty("gojc.stackless"));

    private StacklessGen() {}

    /**
     * Whether f can run stackless: no results and no recover, and no call that may park
     * (ParkScan), so every place it can park is one of its own statements.
     */
    static boolean qualifies(ProgramGen prog, TFunc f) {
        return ENABLED && f.body() != null && f.recv() == null && !f.hasRecover()
                && (f.results() == null || f.results().isEmpty()) && f.sig().results().isEmpty()
                && !prog.parkScan.callMayPark(f.body());
    }

    static String ctorDesc(Func f) {
        StringBuilder d = new StringBuilder("(");
        for (Var p : f.type().params()) d.append(JvmTypes.desc(p.type()));
        return d.append(")V").toString();
    }

    /** Generates the coroutine class of top-level function func; its name. */
    static String className(Func func) {
        return func.pkg() + "/" + JvmTypes.jvmName(func.name()) + "$coroutine";
    }

    static String generate(ProgramGen prog, Func func, TFunc f) {
        String name = className(func);
        String file = f.pos() != null && !f.pos().file().isEmpty() ? PackageGen.baseName(f.pos().file()) : null;
        return generate(prog, name, file, func.pkg(), f, null, body -> body.visitMethodInsn(INVOKESTATIC,
                CallGen.owner(func), JvmTypes.jvmName(func.name()), JvmTypes.methodDesc(func.type()), false),
                fg -> {});
    }

    /**
     * `go func(...) {...}(...)`: the coroutine class of literal lit, whose closure (of class
     * closure) the go statement made; it holds the closure, whose fields hold the captured variables.
     */
    static String generate(FuncGen site, TExpr.FuncLit lit, String closure) {
        String name = closure + "$coroutine";
        String file = site.sourceFile;
        String desc = "L" + closure + ";";
        Type.Signature sig = (Type.Signature) lit.type().underlying();
        return generate(site.prog, name, file, site.pkgPath, lit.func(), desc, body -> body.visitMethodInsn(
                INVOKEVIRTUAL, closure, "call", JvmTypes.fnCallDesc(sig), false),
                fg -> ClosureGen.bindCaptures(fg, lit, closure, () -> {
                    fg.mv.visitVarInsn(ALOAD, 0);
                    fg.mv.visitFieldInsn(GETFIELD, name, "fn", desc);
                }));
    }

    /** A literal's coroutine takes the closure before the go statement's arguments. */
    static String ctorDesc(String closure, Type.Signature sig) {
        StringBuilder d = new StringBuilder("(L" + closure + ";");
        for (Var p : sig.params()) d.append(JvmTypes.desc(p.type()));
        return d.append(")V").toString();
    }

    /**
     * The class: fields fn (a literal's closure, if fnDesc is not null) and p0.. (the arguments),
     * body() making the call with call (the receiver fn, then the arguments, are on the stack),
     * and resume(), f's body with parameters bound from the fields and captures by captures.
     */
    private static String generate(ProgramGen prog, String name, String file, String pkgPath, TFunc f,
            String fnDesc, Consumer<MethodVisitor> call, Consumer<FuncGen> captures) {
        ClassWriter cw = prog.newClass(name, COROUTINE, null, file);
        List<Var> params = f.params();
        List<String> fields = new ArrayList<>(), descs = new ArrayList<>();
        if (fnDesc != null) {
            fields.add("fn");
            descs.add(fnDesc);
        }
        for (int i = 0; i < params.size(); i++) {
            fields.add("p" + i);
            descs.add(JvmTypes.desc(params.get(i).type()));
        }
        StringBuilder ctor = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, fields.get(i), descs.get(i), null, null).visitEnd();
            ctor.append(descs.get(i));
        }
        ClosureGen.fieldCtor(cw, name, COROUTINE, ctor.append(")V").toString(), fields, descs);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "body", "()V", null, null);
        mv.visitCode();
        loadParams(mv, name, fields, descs);
        call.accept(mv);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "resume", "()V", null, null);
        mv.visitCode();
        FuncGen fg = new FuncGen(prog, pkgPath, name, name, mv, false);
        fg.sourceFile = file;
        fg.stackless = true;
        // the parameters arrive in slots 1.. as a call's would, then bind as in any function
        int slot = 1;
        int first = fnDesc != null ? 1 : 0;
        for (int i = first; i < fields.size(); i++) {
            char k = JvmTypes.kind(params.get(i - first).type());
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, fields.get(i), descs.get(i));
            mv.visitVarInsn(Insns.store(k), slot);
            slot += JvmTypes.size(k);
        }
        fg.bindParams(params, false);
        captures.accept(fg);
        fg.body(f);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        prog.add(name, SuspendLowering.lower(prog, cw.toByteArray()));
        return name;
    }

    private static void loadParams(MethodVisitor mv, String owner, List<String> fields, List<String> descs) {
        for (int i = 0; i < fields.size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, owner, fields.get(i), descs.get(i));
        }
    }
}
