// This file implements instruction selection by kind letter (Z I J F D L, plus the storage letters
// B S C for arrays): loads, stores, returns, array accesses, pops and zero constants, so that the
// rest of the generator never spells out a per-kind opcode table.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.MethodVisitor;

final class Insns {
    private Insns() {}

    static int load(char k) {
        return switch (k) {
            case 'Z', 'I', 'B', 'S', 'C' -> ILOAD;
            case 'J' -> LLOAD;
            case 'F' -> FLOAD;
            case 'D' -> DLOAD;
            default -> ALOAD;
        };
    }

    static int store(char k) {
        return load(k) - ILOAD + ISTORE;
    }

    static int ret(char k) {
        return switch (k) {
            case 'V' -> RETURN;
            case 'Z', 'I', 'B', 'S', 'C' -> IRETURN;
            case 'J' -> LRETURN;
            case 'F' -> FRETURN;
            case 'D' -> DRETURN;
            default -> ARETURN;
        };
    }

    /** Array load for an array whose element descriptor starts with s. */
    static int aload(char s) {
        return switch (s) {
            case 'Z', 'B' -> BALOAD;
            case 'S' -> SALOAD;
            case 'C' -> CALOAD;
            case 'I' -> IALOAD;
            case 'J' -> LALOAD;
            case 'F' -> FALOAD;
            case 'D' -> DALOAD;
            default -> AALOAD;
        };
    }

    static int astore(char s) {
        return aload(s) - IALOAD + IASTORE;
    }

    static void pop(MethodVisitor mv, char k) {
        if (k == 'V') return;
        mv.visitInsn(JvmTypes.size(k) == 2 ? POP2 : POP);
    }

    static void dup(MethodVisitor mv, char k) {
        mv.visitInsn(JvmTypes.size(k) == 2 ? DUP2 : DUP);
    }

    static void iconst(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    static void lconst(MethodVisitor mv, long v) {
        if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v);
        else mv.visitLdcInsn(v);
    }

    /** Pushes the zero of a primitive kind, or null. */
    static void zero(MethodVisitor mv, char k) {
        switch (k) {
            case 'Z', 'I', 'B', 'S', 'C' -> mv.visitInsn(ICONST_0);
            case 'J' -> mv.visitInsn(LCONST_0);
            case 'F' -> mv.visitInsn(FCONST_0);
            case 'D' -> mv.visitInsn(DCONST_0);
            default -> mv.visitInsn(ACONST_NULL);
        }
    }

    /** Creates a one-dimensional array of length on the stack with element descriptor elem. */
    static void newArray(MethodVisitor mv, String elem) {
        switch (elem.charAt(0)) {
            case 'Z' -> mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
            case 'B' -> mv.visitIntInsn(NEWARRAY, T_BYTE);
            case 'S' -> mv.visitIntInsn(NEWARRAY, T_SHORT);
            case 'C' -> mv.visitIntInsn(NEWARRAY, T_CHAR);
            case 'I' -> mv.visitIntInsn(NEWARRAY, T_INT);
            case 'J' -> mv.visitIntInsn(NEWARRAY, T_LONG);
            case 'F' -> mv.visitIntInsn(NEWARRAY, T_FLOAT);
            case 'D' -> mv.visitIntInsn(NEWARRAY, T_DOUBLE);
            case 'L' -> mv.visitTypeInsn(ANEWARRAY, elem.substring(1, elem.length() - 1));
            default -> mv.visitTypeInsn(ANEWARRAY, elem);
        }
    }

    /**
     * Two primitive values of kind k on the stack: jumps to no when they differ under Go's ==
     * (floats compare as numbers, so NaN differs from itself). Returns false, emitting nothing,
     * for references, whose == depends on their Go type.
     */
    static boolean jumpIfPrimitiveNotEqual(MethodVisitor mv, char k, org.objectweb.asm.Label no) {
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
                return false;
            }
        }
        return true;
    }
}
