// This file implements the emission of Go expressions (spec "Expressions"): each pushes its value
// in the representation docs/abi.md gives its type. Operators, conversions, calls, builtins and
// function literals are delegated to their own generators; conditions compile to jumps.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class ExprGen {
    private final FuncGen fg;

    ExprGen(FuncGen fg) {
        this.fg = fg;
    }

    /** Emits x as a value to be stored: an array (a Go value type) is copied. */
    void genValue(TExpr x) {
        gen(x);
        if (JvmTypes.isStruct(x.type()) && !fresh(x)) {
            StructGen.copyOnStack(fg.mv, x.type());
            return;
        }
        if (x.type().underlying() instanceof Type.Array && !(x instanceof TExpr.ListLit || x instanceof TExpr.Zero
                || x instanceof TExpr.CallFunc || x instanceof TExpr.CallMethod || x instanceof TExpr.CallValue
                || x instanceof TExpr.CallInterface)) {
            StructGen.copyOnStack(fg.mv, x.type());
        }
    }

    /** Whether x makes a new struct object no one else refers to (no copy needed to store it). */
    private static boolean fresh(TExpr x) {
        return x instanceof TExpr.StructLit || x instanceof TExpr.Zero || x instanceof TExpr.CallFunc
                || x instanceof TExpr.CallMethod || x instanceof TExpr.CallValue || x instanceof TExpr.CallInterface;
    }

    void gen(TExpr e) {
        MethodVisitor mv = fg.mv;
        fg.line(e.pos());
        switch (e) {
            case TExpr.Const c -> constant(c.type(), c.value());
            case TExpr.Zero z -> zero(z.type());
            case TExpr.VarRef v -> {
                if (v.var().kind() == gojc.frontend.types.Var.Kind.PACKAGE || fg.slots.containsKey(v.var())) {
                    fg.places.ofVar(v.var()).load();
                } else {
                    throw new IllegalStateException(e.pos() + ": variable " + v.var().name() + " not in scope");
                }
            }
            case TExpr.Let l -> {
                fg.declare(l.tmp(), () -> gen(l.init()));
                gen(l.body());
            }
            case TExpr.TupleElem t -> {
                List<Type> types = JvmTypes.resultTypes(t.tuple().type());
                gen(t.tuple());
                char k = JvmTypes.kind(t.type());
                mv.visitFieldInsn(GETFIELD, fg.prog.tuple(types), "r" + t.index(), JvmTypes.erased(k));
                if (k == 'L') Emit.checkcast(mv, t.type());
            }
            case TExpr.FuncRef f when f.func().isMethod() -> MethodValueGen.methodExpr(fg, f);
            case TExpr.FuncRef f -> fg.calls.funcValue(f.func());
            case TExpr.MethodValue m -> MethodValueGen.methodValue(fg, m);
            case TExpr.InterfaceMethodValue m -> MethodValueGen.interfaceMethodValue(fg, m);
            case TExpr.Unary u -> fg.arith.unary(u);
            case TExpr.Binary b -> {
                if (isCondition(b.op())) {
                    Label f = new Label(), end = new Label();
                    branch(b, false, f);
                    mv.visitInsn(ICONST_1);
                    mv.visitJumpInsn(GOTO, end);
                    mv.visitLabel(f);
                    mv.visitInsn(ICONST_0);
                    mv.visitLabel(end);
                } else {
                    gen(b.x());
                    fg.arith.binaryOnStack(b.op(), b.x().type(), b.y());
                }
            }
            case TExpr.Convert c -> fg.conv.convert(c);
            case TExpr.CallFunc c -> fg.calls.callFunc(c);
            case TExpr.CallValue c -> fg.calls.callValue(c);
            case TExpr.CallBuiltin c -> fg.builtins.call(c);
            case TExpr.Index ix -> index(ix);
            case TExpr.SliceExpr s -> fg.builtins.sliceExpr(s);
            case TExpr.ListLit l -> fg.builtins.listLit(l);
            case TExpr.FuncLit f -> fg.closures.funcLit(f);
            case TExpr.Field f -> StructGen.field(fg, f);
            case TExpr.StructLit l -> StructGen.literal(fg, l);
            case TExpr.CallMethod c -> MethodGen.call(fg, c);
            case TExpr.CallInterface c -> InterfaceGen.call(fg, c);
            case TExpr.TypeAssert a -> InterfaceGen.typeAssert(fg, a);
            case TExpr.MapIndex m -> MapGen.index(fg, m);
            case TExpr.MapLit m -> MapGen.literal(fg, m);
            case TExpr.Recv r -> ChanGen.recv(fg, r);
            case TExpr.AddrOf a when JvmTypes.isStruct(a.x().type()) -> gen(a.x());
            case TExpr.AddrOf a -> PointerGen.addrOf(fg, a);
            case TExpr.Deref d when JvmTypes.isStruct(d.type()) -> {
                gen(d.x());
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "requireNonNull",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                mv.visitInsn(POP);
            }
            case TExpr.Deref d -> {
                gen(d.x());
                PointerGen.load(fg, d.type());
            }
            default -> throw fg.unsupported(e.pos(), e.getClass().getSimpleName() + " expressions");
        }
    }

    static boolean isCondition(Op op) {
        return switch (op) {
            case LOR, LAND, EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    /** Jumps to target when cond evaluates to jumpIf; falls through otherwise. */
    void branch(TExpr cond, boolean jumpIf, Label target) {
        MethodVisitor mv = fg.mv;
        if (cond instanceof TExpr.Unary u && u.op() == Op.NOT) {
            branch(u.x(), !jumpIf, target);
            return;
        }
        if (cond instanceof TExpr.Binary b && isCondition(b.op())) {
            fg.line(b.pos());
            switch (b.op()) {
                case LAND -> {
                    if (jumpIf) {
                        Label skip = new Label();
                        branch(b.x(), false, skip);
                        branch(b.y(), true, target);
                        mv.visitLabel(skip);
                    } else {
                        branch(b.x(), false, target);
                        branch(b.y(), false, target);
                    }
                }
                case LOR -> {
                    if (jumpIf) {
                        branch(b.x(), true, target);
                        branch(b.y(), true, target);
                    } else {
                        Label skip = new Label();
                        branch(b.x(), true, skip);
                        branch(b.y(), false, target);
                        mv.visitLabel(skip);
                    }
                }
                default -> fg.arith.compare(b.op(), b.x(), b.y(), jumpIf, target);
            }
            return;
        }
        gen(cond);
        mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
    }

    void constant(Type t, Object value) {
        MethodVisitor mv = fg.mv;
        if (value == null) {
            zero(t);
            return;
        }
        if (t.underlying() instanceof Type.Basic b && b.kind() == BasicKind.UNTYPED_NIL) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        char k = JvmTypes.kind(t);
        switch (k) {
            case 'Z' -> mv.visitInsn((Boolean) value ? ICONST_1 : ICONST_0);
            case 'I' -> Insns.iconst(mv, (int) ((Number) value).longValue());
            case 'J' -> Insns.lconst(mv, ((Number) value).longValue());
            case 'F' -> mv.visitLdcInsn(((Number) value).floatValue());
            case 'D' -> mv.visitLdcInsn(((Number) value).doubleValue());
            default -> {
                if (value instanceof double[] parts) {
                    complexConst(JvmTypes.isComplex(t) ? t : gojc.frontend.types.Universe.COMPLEX128, parts);
                } else if (value instanceof byte[] bytes) {
                    Emit.string(mv, bytes);
                    if (!JvmTypes.isString(t)) fg.conv.box(new Type.Basic(BasicKind.STRING, "string"));
                } else {
                    throw fg.unsupported(null, "constant of type " + t);
                }
            }
        }
    }

    private void complexConst(Type t, double[] parts) {
        MethodVisitor mv = fg.mv;
        String c = JvmTypes.complexClass(t);
        if (parts[0] == 0 && parts[1] == 0 && 1 / parts[0] > 0 && 1 / parts[1] > 0) {
            mv.visitFieldInsn(GETSTATIC, c, "ZERO", "L" + c + ";");
            return;
        }
        mv.visitTypeInsn(NEW, c);
        mv.visitInsn(DUP);
        if (c.equals(JvmTypes.COMPLEX64)) {
            mv.visitLdcInsn((float) parts[0]);
            mv.visitLdcInsn((float) parts[1]);
            mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(FF)V", false);
        } else {
            mv.visitLdcInsn(parts[0]);
            mv.visitLdcInsn(parts[1]);
            mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(DD)V", false);
        }
    }

    /**
     * The (value, ok) tuple of a comma-ok form (v, ok := <-ch, v, ok := m[k]): absentIf emits a
     * jump to its label when there is no value, present pushes the value as its Go type; ok is
     * false with elem's zero value when absent.
     */
    void commaOk(Type elem, java.util.function.Consumer<Label> absentIf, Runnable present) {
        MethodVisitor mv = fg.mv;
        List<Type> types = List.of(elem, new Type.Basic(BasicKind.BOOL, "bool"));
        String tuple = fg.prog.tuple(types);
        mv.visitTypeInsn(NEW, tuple);
        mv.visitInsn(DUP);
        Label absent = new Label(), end = new Label();
        absentIf.accept(absent);
        present.run();
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(absent);
        zero(elem);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
        mv.visitMethodInsn(INVOKESPECIAL, tuple, "<init>", JvmTypes.tupleCtorDesc(types), false);
    }

    void zero(Type t) {
        MethodVisitor mv = fg.mv;
        char k = JvmTypes.kind(t);
        if (k != 'L') {
            Insns.zero(mv, k);
            return;
        }
        if (JvmTypes.isString(t)) {
            Emit.emptyString(mv);
        } else if (JvmTypes.isComplex(t)) {
            String c = JvmTypes.complexClass(t);
            mv.visitFieldInsn(GETSTATIC, c, "ZERO", "L" + c + ";");
        } else if (JvmTypes.isStruct(t)) {
            StructGen.zero(fg, t);
        } else if (t.underlying() instanceof Type.Array a) {
            newArray(a);
        } else {
            mv.visitInsn(ACONST_NULL);
        }
    }

    /** A zero-valued JVM array for a Go array type (string elements are EMPTY, nested arrays made). */
    void newArray(Type.Array a) {
        MethodVisitor mv = fg.mv;
        Insns.iconst(mv, (int) a.len());
        Insns.newArray(mv, JvmTypes.storageDesc(a.elem()));
        boolean fill = JvmTypes.hasZeroObject(a.elem()) || a.elem().underlying() instanceof Type.Array
                || JvmTypes.isStruct(a.elem());
        if (fill) {
            int arr = fg.newSlot('L'), i = fg.newSlot('I');
            mv.visitVarInsn(ASTORE, arr);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, i);
            Label top = new Label(), done = new Label();
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, i);
            Insns.iconst(mv, (int) a.len());
            mv.visitJumpInsn(IF_ICMPGE, done);
            mv.visitVarInsn(ALOAD, arr);
            mv.visitVarInsn(ILOAD, i);
            zero(a.elem());
            mv.visitInsn(AASTORE);
            mv.visitIincInsn(i, 1);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(done);
            mv.visitVarInsn(ALOAD, arr);
        }
    }

    private void index(TExpr.Index ix) {
        MethodVisitor mv = fg.mv;
        Type xt = ix.x().type().underlying();
        gen(ix.x());
        switch (xt) {
            case Type.Slice s -> {
                gen(ix.index());
                Emit.toLong(mv, ix.index().type());
                sliceGet(s.elem());
            }
            case Type.Array a -> {
                mv.visitInsn(DUP);
                mv.visitInsn(ARRAYLENGTH);
                int len = fg.newSlot('I');
                mv.visitVarInsn(ISTORE, len);
                gen(ix.index());
                Emit.toLong(mv, ix.index().type());
                mv.visitVarInsn(ILOAD, len);
                checkIndex();
                mv.visitInsn(Insns.aload(JvmTypes.storageDesc(a.elem()).charAt(0)));
                if (JvmTypes.basic(a.elem()) == BasicKind.UINT8) Emit.narrow(mv, a.elem());
            }
            default -> {
                gen(ix.index());
                Emit.toLong(mv, ix.index().type());
                mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.GOSTRING, "at", "(J)I", false);
            }
        }
    }

    /** [..., long index, int length] → [..., int index], panicking as Go when out of range. */
    void checkIndex() {
        fg.mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "checkIndex", "(JI)I", false);
    }

    /** [slice, long index] → element, in its Go type's stack representation. */
    void sliceGet(Type elem) {
        String cls = JvmTypes.sliceClass(elem);
        fg.mv.visitMethodInsn(INVOKESTATIC, cls, "get", "(L" + cls + ";J)" + JvmTypes.sliceElemDesc(elem), false);
        if (JvmTypes.kind(elem) == 'L') Emit.checkcast(fg.mv, elem);
        if (JvmTypes.basic(elem) == BasicKind.UINT8) Emit.narrow(fg.mv, elem);
    }

    void genAll(List<TExpr> xs) {
        for (TExpr x : xs) gen(x);
    }
}
