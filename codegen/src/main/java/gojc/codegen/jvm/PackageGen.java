// This file implements the class layout of one Go package (docs/abi.md "Names"): the class
// P/$Package with package variables as static fields, functions as static methods, init functions
// as init$N, the guarded $init() that initialises imported packages, then variables in dependency
// order, then runs the init functions; and for main, the JVM entry point and its Runnable.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

public final class PackageGen {
    public static final String MAIN_RUNNABLE = "main/$Main";

    private final ProgramGen prog;
    private final TPackage pkg;
    private final List<TPackage> before;
    private final String cls;
    private final String sourceFile;

    public PackageGen(ProgramGen prog, TPackage pkg, List<TPackage> before) {
        this.prog = prog;
        this.pkg = pkg;
        this.before = before;
        this.cls = JvmTypes.packageClass(pkg.path());
        String file = null;
        for (TFunc f : pkg.funcs()) {
            if (f.pos() != null && !f.pos().file().isEmpty()) {
                file = baseName(f.pos().file());
                break;
            }
        }
        this.sourceFile = file;
    }

    public static String baseName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    public void generate() {
        for (TFunc f : pkg.funcs()) {
            if (f.obj() != null) prog.bodies.put(f.obj(), f);
        }
        ClassWriter cw = prog.newClass(cls, JvmTypes.OBJECT, null, sourceFile);
        for (Var v : pkg.vars()) {
            if (v.name().equals("_")) continue;
            cw.visitField(ACC_PUBLIC | ACC_STATIC, v.name(), JvmTypes.storageDesc(v.type()), null, null).visitEnd();
        }
        cw.visitField(ACC_PRIVATE | ACC_STATIC, "$initDone", "Z", null, null).visitEnd();
        clinit(cw);
        init(cw);
        for (TFunc f : pkg.funcs()) {
            if (f.body() == null) continue;
            if (f.recv() != null) continue; // methods arrive with the core-language work
            function(cw, JvmTypes.jvmName(f.obj() != null ? f.obj().name() : f.name()), f);
        }
        for (int i = 0; i < pkg.inits().size(); i++) function(cw, "init$" + i, pkg.inits().get(i));
        if (pkg.name().equals("main")) mainEntry(cw);
        prog.add(cls, cw);
        MethodGen.types(this, prog, pkg, sourceFile);
    }

    private FuncGen funcGen(MethodVisitor mv, String nameBase) {
        FuncGen fg = new FuncGen(prog, pkg.path(), cls, nameBase, mv, true);
        fg.sourceFile = sourceFile;
        return fg;
    }

    /** Package variables whose zero value is an object (strings, arrays) get it before any code runs. */
    private void clinit(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        FuncGen fg = funcGen(mv, pkg.path() + "/$clinit");
        for (Var v : pkg.vars()) {
            if (v.name().equals("_")) continue;
            if (JvmTypes.hasZeroObject(v.type()) || v.type().underlying() instanceof gojc.frontend.types.Type.Array
                    || JvmTypes.isStruct(v.type())) {
                fg.places.ofVar(v).store(() -> fg.expr.zero(v.type()));
            }
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void init(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "$init", "()V", null, null);
        mv.visitCode();
        org.objectweb.asm.Label go = new org.objectweb.asm.Label();
        mv.visitFieldInsn(GETSTATIC, cls, "$initDone", "Z");
        mv.visitJumpInsn(IFEQ, go);
        mv.visitInsn(RETURN);
        mv.visitLabel(go);
        mv.visitInsn(ICONST_1);
        mv.visitFieldInsn(PUTSTATIC, cls, "$initDone", "Z");
        // Packages come dependencies first, so initialising every earlier one, in order, is a valid
        // order for this package's imports (each $init is guarded).
        for (TPackage p : before) {
            mv.visitMethodInsn(INVOKESTATIC, JvmTypes.packageClass(p.path()), "$init", "()V", false);
        }
        FuncGen fg = funcGen(mv, pkg.path() + "/$init");
        for (TPackage.VarInit vi : pkg.varInits()) {
            List<TExpr> lhs = new ArrayList<>();
            for (Var v : vi.lhs()) lhs.add(v == null || v.name().equals("_") ? null : new TExpr.VarRef(v.pos(), v.type(), v));
            TExpr first = vi.rhs().get(0);
            if (lhs.size() > 1 && vi.rhs().size() == 1) fg.stmt.gen(new TStmt.AssignTuple(first.pos(), lhs, first));
            else fg.stmt.gen(new TStmt.Assign(first.pos(), lhs, vi.rhs()));
        }
        for (int i = 0; i < pkg.inits().size(); i++) mv.visitMethodInsn(INVOKESTATIC, cls, "init$" + i, "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void function(ClassWriter cw, String name, TFunc f) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, JvmTypes.methodDesc(f.sig()), null, null);
        mv.visitCode();
        FuncGen fg = funcGen(mv, pkg.path() + "/" + name);
        if (f.pos() != null && !f.pos().file().isEmpty()) fg.sourceFile = baseName(f.pos().file());
        fg.bindParams(f.params(), false);
        fg.body(f);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A method: static, the receiver first (docs/abi.md "Methods"). */
    void method(ClassWriter cw, String name, String desc, TFunc f) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        FuncGen fg = funcGen(mv, pkg.path() + "/" + baseName(JvmTypes.namedClass(MethodGen.base(f.recv().type()))) + "$" + name);
        if (f.pos() != null && !f.pos().file().isEmpty()) fg.sourceFile = baseName(f.pos().file());
        List<Var> ps = new ArrayList<>();
        ps.add(f.recv());
        ps.addAll(f.params());
        fg.bindParams(ps, false);
        fg.body(f);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * main(String[]) hands a Runnable to the runtime, which runs it as goroutine 1. The Runnable is
     * a class of its own so that a Go function named run cannot clash with Runnable.run.
     */
    private void mainEntry(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitTypeInsn(NEW, MAIN_RUNNABLE);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, MAIN_RUNNABLE, "<init>", "()V", false);
        mv.visitMethodInsn(INVOKESTATIC, "gojc/runtime/Go", "main", "([Ljava/lang/String;Ljava/lang/Runnable;)V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        ClassWriter rw = prog.newClass(MAIN_RUNNABLE, JvmTypes.OBJECT, new String[] {"java/lang/Runnable"}, sourceFile);
        Emit.defaultCtor(rw);
        MethodVisitor run = rw.visitMethod(ACC_PUBLIC, "run", "()V", null, null);
        run.visitCode();
        run.visitMethodInsn(INVOKESTATIC, cls, "$init", "()V", false);
        run.visitMethodInsn(INVOKESTATIC, cls, "main", "()V", false);
        run.visitInsn(RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        prog.add(MAIN_RUNNABLE, rw);
    }
}
