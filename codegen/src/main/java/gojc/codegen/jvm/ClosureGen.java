// This file implements function literals (spec "Function literals"): each becomes a class
// P/F$func<N> implementing the Fn_ interface of its signature. Captured variables live in cells
// (one-element arrays) that the closure object holds in fields, so the literal and its enclosing
// function share them; a captured variable that is never in a cell is copied.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class ClosureGen {
    private final FuncGen fg;

    ClosureGen(FuncGen fg) {
        this.fg = fg;
    }

    private static String captureDesc(Var v) {
        return v.inCell() ? JvmTypes.cellDesc(v.type()) : JvmTypes.desc(v.type());
    }

    /** Pushes a closure for f; the name of its class. */
    String funcLit(TExpr.FuncLit f) {
        Type.Signature sig = (Type.Signature) f.type().underlying();
        String iface = fg.prog.fn(sig);
        String name = fg.nestedName("func");
        String file = f.pos() != null && !f.pos().file().isEmpty() ? PackageGen.baseName(f.pos().file()) : fg.sourceFile;
        ClassWriter cw = fg.prog.newClass(name, JvmTypes.OBJECT, new String[] {iface}, file);
        List<String> names = new ArrayList<>(), descs = new ArrayList<>();
        StringBuilder ctor = new StringBuilder("(");
        for (int i = 0; i < f.captured().size(); i++) {
            Var v = f.captured().get(i);
            names.add("c" + i);
            descs.add(captureDesc(v));
            ctor.append(captureDesc(v));
            // package-private: a stackless goroutine started on the literal reads them (StacklessGen)
            cw.visitField(ACC_FINAL, "c" + i, captureDesc(v), null, null).visitEnd();
        }
        String ctorDesc = ctor.append(")V").toString();
        fieldCtor(cw, name, ctorDesc, names, descs);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", JvmTypes.fnCallDesc(sig), null, null);
        mv.visitCode();
        FuncGen body = new FuncGen(fg.prog, fg.pkgPath, name, name, mv, false);
        body.sourceFile = file;
        body.bindParams(f.func().params(), true);
        bindCaptures(body, f, name, () -> mv.visitVarInsn(ALOAD, 0));
        body.body(f.func());
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        fg.prog.add(name, cw);

        MethodVisitor site = fg.mv;
        site.visitTypeInsn(NEW, name);
        site.visitInsn(DUP);
        for (Var v : f.captured()) {
            Integer slot = fg.slots.get(v);
            if (slot == null) throw new IllegalStateException(f.pos() + ": captured " + v.name() + " not in scope");
            site.visitVarInsn(Insns.load(v.inCell() ? 'L' : JvmTypes.kind(v.type())), slot);
        }
        site.visitMethodInsn(INVOKESPECIAL, name, "<init>", ctorDesc, false);
        return name;
    }

    /** Binds body's captured variables to the fields of the closure of class name that closure pushes. */
    static void bindCaptures(FuncGen body, TExpr.FuncLit f, String name, Runnable closure) {
        MethodVisitor mv = body.mv;
        for (int i = 0; i < f.captured().size(); i++) {
            Var v = f.captured().get(i);
            closure.run();
            mv.visitFieldInsn(GETFIELD, name, "c" + i, captureDesc(v));
            char k = v.inCell() ? 'L' : JvmTypes.kind(v.type());
            int slot = body.newSlot(k);
            mv.visitVarInsn(Insns.store(k), slot);
            body.slots.put(v, slot);
        }
    }

    /** A constructor storing its arguments into the named fields, in order. */
    static void fieldCtor(ClassWriter cw, String owner, String ctorDesc, List<String> names, List<String> descs) {
        fieldCtor(cw, owner, JvmTypes.OBJECT, ctorDesc, names, descs);
    }

    /** The same for a class extending superName, whose constructor takes no arguments. */
    static void fieldCtor(ClassWriter cw, String owner, String superName, String ctorDesc, List<String> names,
            List<String> descs) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < names.size(); i++) {
            char k = descs.get(i).charAt(0);
            k = k == '[' ? 'L' : k;
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(Insns.load(k), slot);
            mv.visitFieldInsn(PUTFIELD, owner, names.get(i), descs.get(i));
            slot += JvmTypes.size(k);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
