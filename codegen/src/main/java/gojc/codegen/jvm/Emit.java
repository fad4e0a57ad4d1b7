// This file implements small emission idioms shared by every generator: constructors, casts from
// erased Object to a Go type's JVM class, string constants as ConstantDynamic, narrowing of 8/16-bit
// results, widening of any integer to long (index and length operands), and runtime panics.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import java.nio.charset.StandardCharsets;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

final class Emit {
    private Emit() {}

    /** The runtime's helpers for operations the JVM has no single instruction for. */
    static final String OPS = "gojc/runtime/Ops";

    static final Handle STRING_BSM = new Handle(H_INVOKESTATIC, JvmTypes.GOSTRING, "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/String;)"
                    + JvmTypes.GOSTRING_DESC,
            false);

    static void defaultCtor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Casts an erased reference on the stack to t's class (nothing for interfaces). */
    static void checkcast(MethodVisitor mv, Type t) {
        String n = JvmTypes.internalName(t);
        if (!n.equals(JvmTypes.OBJECT)) mv.visitTypeInsn(CHECKCAST, n);
    }

    static void string(MethodVisitor mv, byte[] bytes) {
        if (bytes.length == 0) {
            mv.visitFieldInsn(GETSTATIC, JvmTypes.GOSTRING, "EMPTY", JvmTypes.GOSTRING_DESC);
            return;
        }
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        mv.visitLdcInsn(new ConstantDynamic("s", JvmTypes.GOSTRING_DESC, STRING_BSM, latin1));
    }

    static void emptyString(MethodVisitor mv) {
        mv.visitFieldInsn(GETSTATIC, JvmTypes.GOSTRING, "EMPTY", JvmTypes.GOSTRING_DESC);
    }

    /** Brings an int-kinded result back into the range of its 8/16-bit type (Go's wrap-around). */
    static void narrow(MethodVisitor mv, Type t) {
        BasicKind k = JvmTypes.basic(t);
        if (k == null) return;
        switch (k) {
            case INT8 -> mv.visitInsn(I2B);
            case INT16 -> mv.visitInsn(I2S);
            case UINT16 -> mv.visitInsn(I2C);
            case UINT8 -> {
                mv.visitIntInsn(SIPUSH, 0xFF);
                mv.visitInsn(IAND);
            }
            default -> {}
        }
    }

    /** Widens an integer of type t on the stack to long, zero-extending unsigned 32-bit values. */
    static void toLong(MethodVisitor mv, Type t) {
        char k = JvmTypes.kind(t);
        if (k == 'J') return;
        if (JvmTypes.basic(t) == BasicKind.UINT32) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "toUnsignedLong", "(I)J", false);
        } else {
            mv.visitInsn(I2L);
        }
    }

    /** Throws a Go runtime error panic with the given message (after "runtime error: "). */
    static void runtimePanic(MethodVisitor mv, String message) {
        mv.visitLdcInsn(message);
        mv.visitMethodInsn(INVOKESTATIC, OPS, "runtimePanic",
                "(Ljava/lang/String;)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
    }
}
