// This file implements Go's arithmetic, bitwise, shift and comparison operators with exact Go
// semantics (spec "Arithmetic operators", "Comparison operators"): wrap-around at every width,
// unsigned division and comparison, complex operators through gojc.runtime.Complex64/128 (gc's
// division), shifts by counts at or above the width (0 or sign fill, where
// the JVM would mask the count) and the negative-shift panic, NaN-correct float comparisons.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class ArithGen {
    private final FuncGen fg;

    ArithGen(FuncGen fg) {
        this.fg = fg;
    }

    private static int offset(char k) {
        return switch (k) {
            case 'J' -> 1;
            case 'F' -> 2;
            case 'D' -> 3;
            default -> 0;
        };
    }

    void unary(TExpr.Unary u) {
        MethodVisitor mv = fg.mv;
        fg.expr.gen(u.x());
        char k = JvmTypes.kind(u.type());
        if (JvmTypes.isComplex(u.type()) && u.op() == Op.SUB) {
            String c = JvmTypes.complexClass(u.type());
            mv.visitMethodInsn(INVOKESTATIC, c, "neg", "(L" + c + ";)L" + c + ";", false);
            return;
        }
        switch (u.op()) {
            case ADD -> {}
            case SUB -> {
                mv.visitInsn(INEG + offset(k));
                Emit.narrow(mv, u.type());
            }
            case XOR -> {
                minusOne(k);
                mv.visitInsn(IXOR + offset(k));
                Emit.narrow(mv, u.type());
            }
            case NOT -> {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            default -> throw fg.unsupported(u.pos(), "unary " + u.op());
        }
    }

    private void minusOne(char k) {
        if (k == 'J') fg.mv.visitLdcInsn(-1L);
        else fg.mv.visitInsn(ICONST_M1);
    }

    /** With x (of type t) on the stack, evaluates y and applies op; the result has type t. */
    void binaryOnStack(Op op, Type t, TExpr y) {
        MethodVisitor mv = fg.mv;
        char k = JvmTypes.kind(t);
        if (op == Op.SHL || op == Op.SHR) {
            shift(op, t, y);
            return;
        }
        fg.expr.gen(y);
        if (JvmTypes.isString(t) && op == Op.ADD) {
            mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "concat",
                    "(" + JvmTypes.GOSTRING_DESC + JvmTypes.GOSTRING_DESC + ")" + JvmTypes.GOSTRING_DESC, false);
            return;
        }
        if (JvmTypes.isComplex(t)) {
            String c = JvmTypes.complexClass(t);
            String name = switch (op) {
                case ADD -> "add";
                case SUB -> "sub";
                case MUL -> "mul";
                case QUO -> "div";
                default -> throw fg.unsupported(y.pos(), "operator " + op + " on complex");
            };
            mv.visitMethodInsn(INVOKESTATIC, c, name, "(L" + c + ";L" + c + ";)L" + c + ";", false);
            return;
        }
        boolean unsigned32or64 = JvmTypes.isUnsigned(t) && (k == 'J' || JvmTypes.basic(t) == BasicKind.UINT32);
        switch (op) {
            case ADD -> mv.visitInsn(IADD + offset(k));
            case SUB -> mv.visitInsn(ISUB + offset(k));
            case MUL -> mv.visitInsn(IMUL + offset(k));
            case QUO, REM -> {
                if (unsigned32or64) {
                    String owner = k == 'J' ? "java/lang/Long" : "java/lang/Integer";
                    String d = k == 'J' ? "(JJ)J" : "(II)I";
                    mv.visitMethodInsn(INVOKESTATIC, owner, op == Op.QUO ? "divideUnsigned" : "remainderUnsigned", d,
                            false);
                } else {
                    mv.visitInsn((op == Op.QUO ? IDIV : IREM) + offset(k));
                }
            }
            case AND -> mv.visitInsn(IAND + offset(k));
            case OR -> mv.visitInsn(IOR + offset(k));
            case XOR -> mv.visitInsn(IXOR + offset(k));
            case AND_NOT -> {
                minusOne(k);
                mv.visitInsn(IXOR + offset(k));
                mv.visitInsn(IAND + offset(k));
            }
            default -> throw fg.unsupported(y.pos(), "operator " + op);
        }
        if (k == 'I') Emit.narrow(mv, t);
    }

    private void shift(Op op, Type t, TExpr y) {
        MethodVisitor mv = fg.mv;
        char k = JvmTypes.kind(t);
        int width = k == 'J' ? 64 : 32;
        int insn = (op == Op.SHL ? ISHL : JvmTypes.isUnsigned(t) ? IUSHR : ISHR) + (k == 'J' ? 1 : 0);
        boolean signFill = op == Op.SHR && !JvmTypes.isUnsigned(t);
        if (y instanceof TExpr.Const c && c.value() instanceof Number n) {
            long count = n.longValue();
            if (count >= 0 && count < width) {
                Insns.iconst(mv, (int) count);
                mv.visitInsn(insn);
            } else {
                outOfRange(k, width, insn, signFill);
            }
            if (k == 'I') Emit.narrow(mv, t);
            return;
        }
        fg.expr.gen(y);
        Emit.toLong(mv, y.type());
        if (!JvmTypes.isUnsigned(y.type())) {
            Label ok = new Label();
            mv.visitInsn(DUP2);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGE, ok);
            Emit.runtimePanic(mv, "negative shift amount");
            mv.visitLabel(ok);
        }
        int count = fg.newSlot('J');
        mv.visitVarInsn(LSTORE, count);
        Label inRange = new Label(), done = new Label();
        mv.visitVarInsn(LLOAD, count);
        Insns.lconst(mv, width);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
        mv.visitJumpInsn(IFLT, inRange);
        outOfRange(k, width, insn, signFill);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(inRange);
        mv.visitVarInsn(LLOAD, count);
        mv.visitInsn(L2I);
        mv.visitInsn(insn);
        mv.visitLabel(done);
        if (k == 'I') Emit.narrow(mv, t);
    }

    /** A shift by at least the width: sign fill for signed >>, else 0 (x is on the stack). */
    private void outOfRange(char k, int width, int insn, boolean signFill) {
        MethodVisitor mv = fg.mv;
        if (signFill) {
            Insns.iconst(mv, width - 1);
            mv.visitInsn(insn);
        } else {
            Insns.pop(mv, k);
            Insns.zero(mv, k);
        }
    }

    private static int cond(Op op) {
        return switch (op) {
            case EQL -> IFEQ;
            case NEQ -> IFNE;
            case LSS -> IFLT;
            case GEQ -> IFGE;
            case GTR -> IFGT;
            case LEQ -> IFLE;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Op negate(Op op) {
        return switch (op) {
            case EQL -> Op.NEQ;
            case NEQ -> Op.EQL;
            case LSS -> Op.GEQ;
            case GEQ -> Op.LSS;
            case GTR -> Op.LEQ;
            case LEQ -> Op.GTR;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static boolean isNil(TExpr x) {
        return (x instanceof TExpr.Zero || x instanceof TExpr.Const)
                && x.type().underlying() instanceof Type.Basic b && b.kind() == BasicKind.UNTYPED_NIL;
    }

    /** Jumps to target when (x op y) == jumpIf. */
    void compare(Op op, TExpr x, TExpr y, boolean jumpIf, Label target) {
        MethodVisitor mv = fg.mv;
        Op jop = jumpIf ? op : negate(op);
        Type t = isNil(x) ? y.type() : x.type();
        char k = JvmTypes.kind(t);
        if (isNil(x) || isNil(y)) {
            fg.expr.gen(isNil(x) ? y : x);
            mv.visitJumpInsn(jop == Op.EQL ? IFNULL : IFNONNULL, target);
            return;
        }
        fg.expr.gen(x);
        fg.expr.gen(y);
        BasicKind b = JvmTypes.basic(t);
        switch (k) {
            case 'Z' -> mv.visitJumpInsn(cond(jop) + (IF_ICMPEQ - IFEQ), target);
            case 'I' -> {
                if (b == BasicKind.UINT32) {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I", false);
                    mv.visitJumpInsn(cond(jop), target);
                } else {
                    mv.visitJumpInsn(cond(jop) + (IF_ICMPEQ - IFEQ), target);
                }
            }
            case 'J' -> {
                if (JvmTypes.isUnsigned(t)) {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                } else {
                    mv.visitInsn(LCMP);
                }
                mv.visitJumpInsn(cond(jop), target);
            }
            case 'F', 'D' -> {
                // NaN compares false: pick the compare whose NaN result fails the original op.
                boolean g = op == Op.LSS || op == Op.LEQ;
                mv.visitInsn(k == 'F' ? (g ? FCMPG : FCMPL) : (g ? DCMPG : DCMPL));
                mv.visitJumpInsn(cond(jop), target);
            }
            default -> {
                if (JvmTypes.isString(t)) {
                    String d = "(" + JvmTypes.GOSTRING_DESC + JvmTypes.GOSTRING_DESC + ")";
                    if (op == Op.EQL || op == Op.NEQ) {
                        mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "eq", d + "Z", false);
                        mv.visitJumpInsn(jop == Op.EQL ? IFNE : IFEQ, target);
                    } else {
                        mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "compare", d + "I", false);
                        mv.visitJumpInsn(cond(jop), target);
                    }
                } else if (JvmTypes.isComplex(t)) {
                    String c = JvmTypes.complexClass(t);
                    mv.visitMethodInsn(INVOKESTATIC, c, "eq", "(L" + c + ";L" + c + ";)Z", false);
                    mv.visitJumpInsn(jop == Op.EQL ? IFNE : IFEQ, target);
                } else if (t.underlying() instanceof Type.Interface || t.underlying() instanceof Type.Array
                        || t.underlying() instanceof Type.Pointer && !JvmTypes.isStruct(((Type.Pointer) t.underlying()).elem())) {
                    mv.visitMethodInsn(INVOKESTATIC, StructGen.KEYS, "eq",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(jop == Op.EQL ? IFNE : IFEQ, target);
                } else if (JvmTypes.isStruct(t)) {
                    String c = JvmTypes.structClass(t);
                    mv.visitMethodInsn(INVOKESTATIC, c, "$eq", "(L" + c + ";L" + c + ";)Z", false);
                    mv.visitJumpInsn(jop == Op.EQL ? IFNE : IFEQ, target);
                } else {
                    mv.visitJumpInsn(jop == Op.EQL ? IF_ACMPEQ : IF_ACMPNE, target);
                }
            }
        }
    }
}
