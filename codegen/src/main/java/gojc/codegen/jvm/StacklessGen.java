// This file implements stackless goroutines (runtime sched.Coroutine): a function started by `go`
// whose body parks only in its own statements (channel operations, select, the preemption poll),
// never inside a call, needs no stack of its own while parked. Such a function gets a class
// F$coroutine extending Coroutine, with the go statement's arguments in fields, body() calling the
// function as usual (for a virtual thread), and resume(), the body compiled again with its
// parking points marked, which SuspendLowering turns into returns that save the frame.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TFunc;
import gojc.frontend.types.Func;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class StacklessGen {
    static final String COROUTINE = "gojc/runtime/sched/Coroutine";

    /** -Dgojc.stackless=false at build time compiles every goroutine as a virtual thread. */
    private static final boolean ENABLED = !"false".equals(System.getProperty("gojc.stackless"));

    private StacklessGen() {}

    /**
     * Whether f can run stackless: no results or defers, and no calls at all, so every place it
     * can park is one of its own statements. (Builtins and conversions are not calls.)
     */
    static boolean qualifies(TFunc f) {
        return ENABLED && f.body() != null && f.recv() == null && !f.hasDefer() && !f.hasRecover()
                && (f.results() == null || f.results().isEmpty()) && f.sig().results().isEmpty()
                && !LoopScan.calls(f.body());
    }

    static String ctorDesc(Func f) {
        StringBuilder d = new StringBuilder("(");
        for (Var p : f.type().params()) d.append(JvmTypes.desc(p.type()));
        return d.append(")V").toString();
    }

    /** Generates f's coroutine class; its name. */
    static String generate(ProgramGen prog, Func func, TFunc f) {
        String pkgPath = func.pkg();
        String name = pkgPath + "/" + JvmTypes.jvmName(func.name()) + "$coroutine";
        String file = f.pos() != null && !f.pos().file().isEmpty() ? PackageGen.baseName(f.pos().file()) : null;
        ClassWriter cw = prog.newClass(name, COROUTINE, null, file);
        List<Var> params = f.params();
        List<String> fields = new ArrayList<>(), descs = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            fields.add("p" + i);
            descs.add(JvmTypes.desc(params.get(i).type()));
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "p" + i, descs.get(i), null, null).visitEnd();
        }
        ClosureGen.fieldCtor(cw, name, COROUTINE, ctorDesc(func), fields, descs);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "body", "()V", null, null);
        mv.visitCode();
        loadParams(mv, name, fields, descs);
        mv.visitMethodInsn(INVOKESTATIC, CallGen.owner(func), JvmTypes.jvmName(func.name()),
                JvmTypes.methodDesc(func.type()), false);
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
        for (int i = 0; i < fields.size(); i++) {
            char k = JvmTypes.kind(params.get(i).type());
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, fields.get(i), descs.get(i));
            mv.visitVarInsn(Insns.store(k), slot);
            slot += JvmTypes.size(k);
        }
        fg.bindParams(params, false);
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
