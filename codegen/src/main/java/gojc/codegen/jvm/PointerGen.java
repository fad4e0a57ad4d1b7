// This file implements pointers to non-struct locations (docs/abi.md "Pointers") with the runtime's
// gojc.runtime.ptr.Ptr: &x of a cell variable, of an array or slice element (Ptr.to<K>(array, i)),
// of a struct field or package variable (a generated Ptr subclass per field), new(T), *p loads and
// stores through the accessor of T's stack kind.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class PointerGen {
    static final String PTR = JvmTypes.PTR;

    private PointerGen() {}

    /** The element kind of the JVM array holding values of t: Z B S C I J F D, or L. */
    private static char storageKind(Type t) {
        String d = JvmTypes.storageDesc(t);
        return d.length() == 1 ? d.charAt(0) : 'L';
    }

    private static String arrayDesc(char k) {
        return k == 'L' ? "[Ljava/lang/Object;" : "[" + k;
    }

    /** [array, int index] → [Ptr]. */
    private static void elemPtr(MethodVisitor mv, char k) {
        mv.visitMethodInsn(INVOKESTATIC, PTR, "to" + k, "(" + arrayDesc(k) + "I)L" + PTR + ";", false);
    }

    static void addrOf(FuncGen fg, TExpr.AddrOf a) {
        MethodVisitor mv = fg.mv;
        TExpr x = a.x();
        Type t = x.type();
        switch (x) {
            case TExpr.VarRef v when v.var().kind() == Var.Kind.PACKAGE -> {
                String cls = fieldPtrClass(fg, JvmTypes.packageClass(v.var().pkg()), v.var().name(), t, true);
                mv.visitTypeInsn(NEW, cls);
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
            }
            case TExpr.VarRef v -> {
                if (!v.var().inCell()) throw fg.unsupported(a.pos(), "& of a variable not marked address-taken");
                mv.visitVarInsn(ALOAD, fg.slots.get(v.var()));
                mv.visitInsn(ICONST_0);
                elemPtr(mv, JvmTypes.kind(t));
            }
            case TExpr.Field f -> {
                Type.Struct st = (Type.Struct) f.x().type().underlying();
                String owner = JvmTypes.structClass(f.x().type());
                String name = JvmTypes.fieldName(st, StructGen.fieldIndex(st, f.field().name()));
                String cls = fieldPtrClass(fg, owner, name, t, false);
                mv.visitTypeInsn(NEW, cls);
                mv.visitInsn(DUP);
                fg.expr.gen(f.x());
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "requireNonNull",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                mv.visitInsn(POP);
                mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "(L" + owner + ";)V", false);
            }
            case TExpr.Index ix when ix.x().type().underlying() instanceof Type.Array arr -> {
                fg.expr.gen(ix.x());
                mv.visitInsn(DUP);
                mv.visitInsn(ARRAYLENGTH);
                int len = fg.newSlot('I');
                mv.visitVarInsn(ISTORE, len);
                fg.expr.gen(ix.index());
                Emit.toLong(mv, ix.index().type());
                mv.visitVarInsn(ILOAD, len);
                fg.expr.checkIndex();
                elemPtr(mv, storageKind(arr.elem()));
            }
            case TExpr.Index ix when ix.x().type().underlying() instanceof Type.Slice s -> {
                String cls = JvmTypes.sliceClass(s.elem());
                int sl = fg.temp(ix.x());
                int il = fg.tempLong(ix.index());
                // The bounds check of s[i] (Go panics with the slice's length).
                mv.visitVarInsn(ALOAD, sl);
                mv.visitVarInsn(LLOAD, il);
                mv.visitMethodInsn(INVOKESTATIC, cls, "get", "(L" + cls + ";J)" + JvmTypes.sliceElemDesc(s.elem()), false);
                Insns.pop(mv, JvmTypes.kind(s.elem()));
                mv.visitVarInsn(ALOAD, sl);
                mv.visitFieldInsn(GETFIELD, cls, "array", JvmTypes.sliceArrayDesc(s.elem()));
                mv.visitVarInsn(ALOAD, sl);
                mv.visitFieldInsn(GETFIELD, cls, "off", "I");
                mv.visitVarInsn(LLOAD, il);
                mv.visitInsn(L2I);
                mv.visitInsn(IADD);
                elemPtr(mv, storageKind(s.elem()));
            }
            case TExpr.ListLit l -> freshPtr(fg, l);
            case TExpr.MapLit l -> freshPtr(fg, l);
            default -> throw fg.unsupported(a.pos(), "& of " + x.getClass().getSimpleName());
        }
    }

    /** &T{...} of a slice, array or map literal: a fresh one-element array holding the value. */
    private static void freshPtr(FuncGen fg, TExpr lit) {
        MethodVisitor mv = fg.mv;
        Type t = lit.type();
        mv.visitInsn(ICONST_1);
        Insns.newArray(mv, JvmTypes.storageDesc(t));
        mv.visitInsn(DUP);
        mv.visitInsn(ICONST_0);
        fg.expr.genValue(lit);
        mv.visitInsn(Insns.astore(JvmTypes.storageDesc(t).charAt(0)));
        mv.visitInsn(ICONST_0);
        elemPtr(mv, storageKind(t));
    }

    /** new(T) of a non-struct T: a fresh one-element array holding the zero value. */
    static void newPtr(FuncGen fg, Type t) {
        MethodVisitor mv = fg.mv;
        mv.visitInsn(ICONST_1);
        Insns.newArray(mv, JvmTypes.storageDesc(t));
        mv.visitInsn(DUP);
        mv.visitInsn(ICONST_0);
        fg.expr.zero(t);
        mv.visitInsn(Insns.astore(JvmTypes.storageDesc(t).charAt(0)));
        mv.visitInsn(ICONST_0);
        elemPtr(mv, storageKind(t));
    }

    /** [Ptr] → the value *p of type t. */
    static void load(FuncGen fg, Type t) {
        char k = JvmTypes.kind(t);
        fg.mv.visitMethodInsn(INVOKEVIRTUAL, PTR, "get" + k, "()" + JvmTypes.erased(k), false);
        if (k == 'L') Emit.checkcast(fg.mv, t);
        if (JvmTypes.basic(t) == BasicKind.UINT8) Emit.narrow(fg.mv, t);
    }

    /** [Ptr, value] → stores *p = value. */
    static void store(FuncGen fg, Type t) {
        char k = JvmTypes.kind(t);
        fg.mv.visitMethodInsn(INVOKEVIRTUAL, PTR, "set" + k, "(" + JvmTypes.erased(k) + ")V", false);
    }

    private static final Handle FIELD_VH = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "fieldVarHandle", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
            + "Ljava/lang/Class;Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;", false);
    private static final Handle PRIMITIVE_CLASS = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "primitiveClass", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Class;",
            false);
    private static final Handle STATIC_FIELD_VH = new Handle(H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
            "staticFieldVarHandle", FIELD_VH.getDesc(), false);

    /**
     * sync/atomic on an int32/uint32 (k I) or int64/uint64/uintptr (J) field: Ptr's atomic
     * operations through the field's VarHandle, a dynamic constant, so it is made on first use
     * only and the JIT treats it as a constant.
     */
    private static void atomics(ClassWriter cw, String cls, String owner, String name, char k, boolean isStatic) {
        String od = "L" + owner + ";", v = String.valueOf(k);
        String coord = isStatic ? "" : od;
        ConstantDynamic vh = new ConstantDynamic(name, "Ljava/lang/invoke/VarHandle;",
                isStatic ? STATIC_FIELD_VH : FIELD_VH, org.objectweb.asm.Type.getObjectType(owner),
                new ConstantDynamic(v, "Ljava/lang/Class;", PRIMITIVE_CLASS));
        int width = k == 'J' ? 2 : 1;
        String[][] ops = {
            {"atomicAdd", "(" + v + ")" + v, "getAndAdd", "(" + coord + v + ")" + v},
            {"atomicLoad", "()" + v, "getVolatile", "(" + coord + ")" + v},
            {"atomicStore", "(" + v + ")V", "setVolatile", "(" + coord + v + ")V"},
            {"atomicSwap", "(" + v + ")" + v, "getAndSet", "(" + coord + v + ")" + v},
            {"atomicCas", "(" + v + v + ")Z", "compareAndSet", "(" + coord + v + v + ")Z"},
        };
        for (String[] op : ops) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, op[0] + k, op[1], null, null);
            mv.visitCode();
            mv.visitLdcInsn(vh);
            if (!isStatic) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            }
            int args = op[1].indexOf(')') - 1; // parameters, each of kind k
            for (int i = 0; i < args; i++) {
                mv.visitVarInsn(Insns.load(k), 1 + i * width);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/VarHandle", op[2], op[3], false);
            if (op[0].equals("atomicAdd")) { // getAndAdd answers the old value; Go's Add the new
                mv.visitVarInsn(Insns.load(k), 1);
                mv.visitInsn(k == 'J' ? LADD : IADD);
            }
            char r = op[1].charAt(op[1].length() - 1);
            mv.visitInsn(r == 'V' ? RETURN : Insns.ret(r == 'Z' ? 'I' : k));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }

    /**
     * The Ptr subclass for field name of owner (a static field when isStatic): get/set of the
     * value's stack kind; equal when they point into the same object.
     */
    private static String fieldPtrClass(FuncGen fg, String owner, String name, Type t, boolean isStatic) {
        String cls = owner + "$ptr$" + name;
        if (fg.prog.programClasses.contains(cls)) return cls;
        ClassWriter cw = fg.prog.newClass(cls, PTR, null, null);
        String od = "L" + owner + ";", sd = JvmTypes.storageDesc(t);
        char k = JvmTypes.kind(t);
        MethodVisitor mv;
        if (!isStatic) {
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "obj", od, null, null).visitEnd();
            mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + od + ")V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, PTR, "<init>", "()V", false);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitFieldInsn(PUTFIELD, cls, "obj", od);
        } else {
            mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, PTR, "<init>", "()V", false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "get" + k, "()" + JvmTypes.erased(k), null, null);
        mv.visitCode();
        if (isStatic) {
            mv.visitFieldInsn(GETSTATIC, owner, name, sd);
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            mv.visitFieldInsn(GETFIELD, owner, name, sd);
        }
        mv.visitInsn(Insns.ret(k));
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "set" + k, "(" + JvmTypes.erased(k) + ")V", null, null);
        mv.visitCode();
        if (isStatic) {
            mv.visitVarInsn(Insns.load(k), 1);
            if (k == 'L') Emit.checkcast(mv, t);
            mv.visitFieldInsn(PUTSTATIC, owner, name, sd);
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            mv.visitVarInsn(Insns.load(k), 1);
            if (k == 'L') Emit.checkcast(mv, t);
            mv.visitFieldInsn(PUTFIELD, owner, name, sd);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        if (sd.equals("I") || sd.equals("J")) {
            atomics(cw, cls, owner, name, k, isStatic);
        }

        mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        Label no = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, cls);
        mv.visitJumpInsn(IFEQ, no);
        if (!isStatic) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitTypeInsn(CHECKCAST, cls);
            mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            mv.visitJumpInsn(IF_ACMPNE, no);
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        if (isStatic) {
            mv.visitInsn(ICONST_0);
        } else {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, "obj", od);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", false);
        }
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        fg.prog.add(cls, cw);
        return cls;
    }
}
