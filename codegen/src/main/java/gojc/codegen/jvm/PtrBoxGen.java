// This file implements the boxes of pointers to defined non-struct types with methods (docs/abi.md
// "Interfaces and boxing"): *T of `type T int` is a Ptr, which implements no Go method, so in an
// interface it is held by the class P/T$ptr (field v, the Ptr, possibly nil) whose bridges make it
// implement the M_ interfaces of *T's method set (T's value and pointer methods).
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.types.Func;
import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class PtrBoxGen {
    private static final String PTR_DESC = "L" + JvmTypes.PTR + ";";

    private PtrBoxGen() {}

    /** Whether t is a *T boxed by P/T$ptr. */
    static boolean has(Type t) {
        return t instanceof Type.Pointer p && p.elem() instanceof Named n && hasBox(n);
    }

    static boolean hasBox(Named n) {
        return !(n.underlying() instanceof Type.Struct) && !(n.underlying() instanceof Type.Interface)
                && !n.methods().isEmpty();
    }

    static String boxClass(Type ptr) {
        return JvmTypes.namedClass((Named) ((Type.Pointer) ptr).elem()) + "$ptr";
    }

    /** Emits P/T$ptr for a defined non-struct type n with methods. */
    static void emit(ProgramGen prog, Named n, String sourceFile) {
        String tcls = JvmTypes.namedClass(n);
        String cls = tcls + "$ptr";
        Set<String> ifaces = new LinkedHashSet<>();
        for (Func m : n.methods()) ifaces.add(prog.ifaceMethod(m.name(), m.type()));
        ClassWriter cw = prog.newClass(cls, JvmTypes.OBJECT, ifaces.toArray(String[]::new), sourceFile);
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, TypeDescGen.FIELD, "Ljava/lang/String;", null,
                "*n" + tcls + ";").visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_FINAL, "v", PTR_DESC, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + PTR_DESC + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, cls, "v", PTR_DESC);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        // Pointer ==: the same variable (Ptr.equals), or both nil.
        mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        org.objectweb.asm.Label no = new org.objectweb.asm.Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, cls);
        mv.visitJumpInsn(IFEQ, no);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, cls, "v", PTR_DESC);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, cls);
        mv.visitFieldInsn(GETFIELD, cls, "v", PTR_DESC);
        mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, cls, "v", PTR_DESC);
        mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        for (Func m : n.methods()) bridge(cw, cls, tcls, n, m);
        prog.add(cls, cw);
    }

    /** A method of *T's method set: the receiver is the Ptr, or the value it points at. */
    private static void bridge(ClassWriter cw, String cls, String tcls, Named n, Func m) {
        Type.Signature sig = m.type();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, m.name(), JvmTypes.fnCallDesc(sig), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, cls, "v", PTR_DESC);
        if (!MethodGen.pointerRecv(m)) {
            char k = JvmTypes.kind(n);
            String get = "get" + k;
            mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.PTR, get, "()" + JvmTypes.erased(k), false);
            if (k == 'L') Emit.checkcast(mv, n);
        }
        int slot = 1;
        for (Var p : sig.params()) {
            char k = JvmTypes.kind(p.type());
            mv.visitVarInsn(Insns.load(k), slot);
            if (k == 'L') Emit.checkcast(mv, p.type());
            slot += JvmTypes.size(k);
        }
        mv.visitMethodInsn(INVOKESTATIC, tcls, m.name(), MethodGen.methodDesc(m), false);
        List<Type> rs = JvmTypes.varTypes(sig.results());
        mv.visitInsn(Insns.ret(rs.isEmpty() ? 'V' : rs.size() == 1 ? JvmTypes.kind(rs.get(0)) : 'L'));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** [Ptr] → [interface]. */
    static void box(MethodVisitor mv, Type t) {
        String c = boxClass(t);
        mv.visitTypeInsn(NEW, c);
        mv.visitInsn(DUP_X1);
        mv.visitInsn(SWAP);
        mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(" + PTR_DESC + ")V", false);
    }

    /** [interface holding a t] → [Ptr]. */
    static void unbox(MethodVisitor mv, Type t) {
        String c = boxClass(t);
        mv.visitTypeInsn(CHECKCAST, c);
        mv.visitFieldInsn(GETFIELD, c, "v", PTR_DESC);
    }
}
