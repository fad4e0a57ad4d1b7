// This file implements Go structs (docs/abi.md "Structs"): one class per struct type with a field
// per Go field, a constructor that makes the zero value, $copy/$set for value semantics, $eq for
// ==, and equals/hashCode with Go's == for boxed values (interfaces, map keys), plus field access.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class StructGen {
    static final String KEYS = "gojc/runtime/map/Keys";
    static final String BOXED = "$boxed";

    static final String NIL = "$nil";

    private StructGen() {}

    /** [*T or null] → [*T or $nil]: boxing a pointer to a struct. */
    static void boxPtr(MethodVisitor mv, String cls) {
        org.objectweb.asm.Label ok = new org.objectweb.asm.Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitInsn(POP);
        mv.visitFieldInsn(GETSTATIC, cls, NIL, "L" + cls + ";");
        mv.visitLabel(ok);
    }

    /** [*T or $nil] → [*T or null]: a pointer to a struct out of an interface (or a bridge's this). */
    static void unboxPtr(MethodVisitor mv, String cls) {
        org.objectweb.asm.Label ok = new org.objectweb.asm.Label();
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, cls, NIL, "L" + cls + ";");
        mv.visitJumpInsn(IF_ACMPNE, ok);
        mv.visitInsn(POP);
        mv.visitInsn(ACONST_NULL);
        mv.visitLabel(ok);
    }

    /** Emits the members of struct class cls into cw. */
    static void members(ProgramGen prog, ClassWriter cw, String cls, Type.Struct st) {
        List<Type.Field> fs = st.fields();
        for (int i = 0; i < fs.size(); i++) {
            cw.visitField(ACC_PUBLIC, JvmTypes.fieldName(st, i), JvmTypes.storageDesc(fs.get(i).type()), null, null)
                    .visitEnd();
        }
        cw.visitField(ACC_PUBLIC, BOXED, "Z", null, null).visitEnd();
        String self = "L" + cls + ";";
        // The nil *T in an interface: a non-null box whose methods get a nil receiver.
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, NIL, self, null, null).visitEnd();
        MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        clinit.visitTypeInsn(NEW, cls);
        clinit.visitInsn(DUP);
        clinit.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
        clinit.visitFieldInsn(PUTSTATIC, cls, NIL, self);
        end(clinit, RETURN);

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        FuncGen fg = new FuncGen(prog, cls, cls, cls + "$zero", mv, false);
        for (int i = 0; i < fs.size(); i++) {
            Type ft = fs.get(i).type();
            if (JvmTypes.kind(ft) != 'L' || !needsZeroObject(ft)) continue;
            mv.visitVarInsn(ALOAD, 0);
            fg.expr.zero(ft);
            mv.visitFieldInsn(PUTFIELD, cls, JvmTypes.fieldName(st, i), JvmTypes.storageDesc(ft));
        }
        end(mv, RETURN);

        mv = cw.visitMethod(ACC_PUBLIC, "$set", "(" + self + ")V", null, null);
        mv.visitCode();
        for (int i = 0; i < fs.size(); i++) {
            Type ft = fs.get(i).type();
            String fn = JvmTypes.fieldName(st, i), d = JvmTypes.storageDesc(ft);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitFieldInsn(GETFIELD, cls, fn, d);
            copyOnStack(mv, ft);
            mv.visitFieldInsn(PUTFIELD, cls, fn, d);
        }
        end(mv, RETURN);

        mv = cw.visitMethod(ACC_PUBLIC, "$copy", "()" + self, null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, cls);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", "()V", false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$set", "(" + self + ")V", false);
        end(mv, ARETURN);

        mv = cw.visitMethod(ACC_PUBLIC, "$box", "()" + self, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$copy", "()" + self, false);
        mv.visitInsn(DUP);
        mv.visitInsn(ICONST_1);
        mv.visitFieldInsn(PUTFIELD, cls, BOXED, "Z");
        end(mv, ARETURN);

        // Arrays of this struct type copy element by element.
        String arr = "[" + self;
        mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "$copyArray", "(" + arr + ")" + arr, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, arr, "clone", "()Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, arr);
        mv.visitVarInsn(ASTORE, 1);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 2);
        Label top = new Label(), done = new Label();
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, done);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(AALOAD);
        mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$copy", "()" + self, false);
        mv.visitInsn(AASTORE);
        mv.visitIincInsn(2, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(done);
        mv.visitVarInsn(ALOAD, 1);
        end(mv, ARETURN);

        eq(cw, cls, st);
        equalsAndHash(cw, cls, st);
    }

    /** T(x) between struct types with identical underlying types: a new object, fields by position. */
    static void convert(FuncGen fg, Type from, Type to) {
        MethodVisitor mv = fg.mv;
        String fc = fg.prog.structClass(from), tc = fg.prog.structClass(to);
        if (fc.equals(tc)) return;
        int src = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, src);
        zero(fg, to);
        Type.Struct st = (Type.Struct) to.underlying();
        for (int i = 0; i < st.fields().size(); i++) {
            Type ft = st.fields().get(i).type();
            String n = JvmTypes.fieldName(st, i), d = JvmTypes.storageDesc(ft);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ALOAD, src);
            mv.visitFieldInsn(GETFIELD, fc, n, d);
            copyOnStack(mv, ft);
            mv.visitFieldInsn(PUTFIELD, tc, n, d);
        }
    }

    private static boolean needsZeroObject(Type t) {
        return JvmTypes.isString(t) || t.underlying() instanceof Type.Array || JvmTypes.isStruct(t);
    }

    /** Copies a value of type t on the stack if it is a Go value held by reference (struct, array). */
    static void copyOnStack(MethodVisitor mv, Type t) {
        if (JvmTypes.isStruct(t)) {
            String c = JvmTypes.structClass(t);
            mv.visitMethodInsn(INVOKEVIRTUAL, c, "$copy", "()L" + c + ";", false);
        } else if (t.underlying() instanceof Type.Array a && JvmTypes.isStruct(a.elem())) {
            String c = JvmTypes.structClass(a.elem());
            mv.visitMethodInsn(INVOKESTATIC, c, "$copyArray", "([L" + c + ";)[L" + c + ";", false);
        } else if (t.underlying() instanceof Type.Array) {
            String d = JvmTypes.internalName(t);
            mv.visitMethodInsn(INVOKEVIRTUAL, d, "clone", "()Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, d);
        }
    }

    private static void end(MethodVisitor mv, int ret) {
        mv.visitInsn(ret);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** static $eq(a, b): Go's == field by field, in field order (gc's order of panics too). */
    private static void eq(ClassWriter cw, String cls, Type.Struct st) {
        String self = "L" + cls + ";";
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "$eq", "(" + self + self + ")Z", null, null);
        mv.visitCode();
        Label no = new Label();
        for (int i = 0; i < st.fields().size(); i++) {
            Type ft = st.fields().get(i).type();
            String fn = JvmTypes.fieldName(st, i), d = JvmTypes.storageDesc(ft);
            if (st.fields().get(i).name().equals("_")) continue;
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, fn, d);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitFieldInsn(GETFIELD, cls, fn, d);
            char k = JvmTypes.kind(ft);
            switch (k) {
                case 'Z', 'I' -> mv.visitJumpInsn(IF_ICMPNE, no);
                case 'J' -> {
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, no);
                }
                case 'F' -> {
                    mv.visitInsn(FCMPL);
                    mv.visitJumpInsn(IFNE, no);
                }
                case 'D' -> {
                    mv.visitInsn(DCMPL);
                    mv.visitJumpInsn(IFNE, no);
                }
                default -> {
                    if (JvmTypes.isString(ft)) {
                        mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "eq",
                                "(" + JvmTypes.GOSTRING_DESC + JvmTypes.GOSTRING_DESC + ")Z", false);
                        mv.visitJumpInsn(IFEQ, no);
                    } else if (JvmTypes.isStruct(ft)) {
                        String c = JvmTypes.structClass(ft);
                        mv.visitMethodInsn(INVOKESTATIC, c, "$eq", "(L" + c + ";L" + c + ";)Z", false);
                        mv.visitJumpInsn(IFEQ, no);
                    } else if (ft.underlying() instanceof Type.Interface || ft.underlying() instanceof Type.Array) {
                        mv.visitMethodInsn(INVOKESTATIC, KEYS, "eq", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                        mv.visitJumpInsn(IFEQ, no);
                    } else {
                        mv.visitJumpInsn(IF_ACMPNE, no);
                    }
                }
            }
        }
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        end(mv, IRETURN);
    }

    /**
     * equals/hashCode serve interface == and map keys. A boxed struct value (the $boxed copy made
     * when a T goes into an interface) compares by fields; the same class without the flag is a *T
     * pointer and compares by identity.
     */
    private static void equalsAndHash(ClassWriter cw, String cls, Type.Struct st) {
        String self = "L" + cls + ";";
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        Label identity = new Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, cls);
        mv.visitJumpInsn(IFEQ, identity);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, cls, BOXED, "Z");
        mv.visitJumpInsn(IFEQ, identity);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, cls);
        mv.visitFieldInsn(GETFIELD, cls, BOXED, "Z");
        mv.visitJumpInsn(IFEQ, identity);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, cls);
        mv.visitMethodInsn(INVOKESTATIC, cls, "$eq", "(" + self + self + ")Z", false);
        mv.visitInsn(IRETURN);
        mv.visitLabel(identity);
        Label ne = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitJumpInsn(IF_ACMPNE, ne);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(ne);
        mv.visitInsn(ICONST_0);
        end(mv, IRETURN);

        mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        Label fields = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, cls, BOXED, "Z");
        mv.visitJumpInsn(IFNE, fields);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", false);
        mv.visitInsn(IRETURN);
        mv.visitLabel(fields);
        mv.visitInsn(ICONST_1);
        for (int i = 0; i < st.fields().size(); i++) {
            Type ft = st.fields().get(i).type();
            if (st.fields().get(i).name().equals("_")) continue;
            Insns.iconst(mv, 31);
            mv.visitInsn(IMUL);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, cls, JvmTypes.fieldName(st, i), JvmTypes.storageDesc(ft));
            switch (JvmTypes.kind(ft)) {
                case 'Z' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
                case 'I' -> {}
                case 'J' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                case 'F' -> mv.visitMethodInsn(INVOKESTATIC, KEYS, "hashF", "(F)I", false);
                case 'D' -> mv.visitMethodInsn(INVOKESTATIC, KEYS, "hashD", "(D)I", false);
                default -> {
                    if (JvmTypes.isStruct(ft)) {
                        String c = JvmTypes.structClass(ft);
                        mv.visitMethodInsn(INVOKESTATIC, cls, "$hashOf", "(L" + c + ";)I", false);
                    } else if (ft.underlying() instanceof Type.Pointer || ft.underlying() instanceof Type.Chan) {
                        mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "identityHashCode",
                                "(Ljava/lang/Object;)I", false);
                    } else {
                        mv.visitMethodInsn(INVOKESTATIC, KEYS, "hash", "(Ljava/lang/Object;)I", false);
                    }
                }
            }
            mv.visitInsn(IADD);
        }
        end(mv, IRETURN);

        // A nested struct field hashes by its fields: hash a boxed copy.
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Type.Field f : st.fields()) {
            if (!JvmTypes.isStruct(f.type())) continue;
            String c = JvmTypes.structClass(f.type());
            String d = "(L" + c + ";)I";
            if (!done.add(d)) continue;
            MethodVisitor h = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "$hashOf", d, null, null);
            h.visitCode();
            h.visitVarInsn(ALOAD, 0);
            h.visitMethodInsn(INVOKEVIRTUAL, c, "$box", "()L" + c + ";", false);
            h.visitMethodInsn(INVOKEVIRTUAL, c, "hashCode", "()I", false);
            end(h, IRETURN);
        }
    }

    /** Pushes a new zero value of struct type t. */
    static void zero(FuncGen fg, Type t) {
        String c = fg.prog.structClass(t);
        fg.mv.visitTypeInsn(NEW, c);
        fg.mv.visitInsn(DUP);
        fg.mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "()V", false);
    }

    static int fieldIndex(Type.Struct st, String name) {
        for (int i = 0; i < st.fields().size(); i++) if (st.fields().get(i).name().equals(name)) return i;
        throw new IllegalStateException("no field " + name + " in " + st);
    }

    /** x.f: the struct object, then getfield. */
    static void field(FuncGen fg, TExpr.Field f) {
        fg.expr.gen(f.x());
        Type st = f.x().type();
        Type.Struct s = (Type.Struct) st.underlying();
        int i = fieldIndex(s, f.field().name());
        fg.mv.visitFieldInsn(GETFIELD, JvmTypes.structClass(st), JvmTypes.fieldName(s, i),
                JvmTypes.storageDesc(f.type()));
        if (JvmTypes.basic(f.type()) == BasicKind.UINT8) Emit.narrow(fg.mv, f.type());
    }

    /** A struct literal: the zero object, then each non-zero field stored. */
    static void literal(FuncGen fg, TExpr.StructLit l) {
        MethodVisitor mv = fg.mv;
        zero(fg, l.type());
        String c = JvmTypes.structClass(l.type());
        Type.Struct s = (Type.Struct) l.type().underlying();
        for (int i = 0; i < l.values().size(); i++) {
            TExpr v = l.values().get(i);
            if (v instanceof TExpr.Zero) continue;
            mv.visitInsn(DUP);
            fg.expr.genValue(v);
            mv.visitFieldInsn(PUTFIELD, c, JvmTypes.fieldName(s, i), JvmTypes.storageDesc(s.fields().get(i).type()));
        }
    }
}
