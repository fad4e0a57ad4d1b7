// This file implements Go conversions (spec "Conversions"): between all numeric types (wrap-around,
// unsigned widening, float truncation as gc does on amd64, float32 rounding), string(rune),
// string ↔ []byte and []rune, and boxing a value into an interface with its exact dynamic type.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import org.objectweb.asm.MethodVisitor;

final class ConvGen {
    private final FuncGen fg;

    ConvGen(FuncGen fg) {
        this.fg = fg;
    }

    void convert(TExpr.Convert c) {
        MethodVisitor mv = fg.mv;
        Type to = c.type(), from = c.x().type();
        // An array in an interface is a value of its own: copied (a struct is copied by $box).
        if (to.underlying() instanceof Type.Interface && from.underlying() instanceof Type.Array) fg.expr.genValue(c.x());
        else fg.expr.gen(c.x());
        if (to.underlying() instanceof Type.Interface) {
            if (!(from.underlying() instanceof Type.Interface)) box(from);
            return;
        }
        if (JvmTypes.isStruct(to)) {
            StructGen.convert(fg, from, to);
            return;
        }
        BasicKind tk = JvmTypes.basic(to), fk = JvmTypes.basic(from);
        if (tk == BasicKind.STRING) {
            if (fk != null && fk.isInteger()) {
                if (JvmTypes.kind(from) == 'J' || fk == BasicKind.UINT32) {
                    Emit.toLong(mv, from);
                    mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "runeOf", "(J)I", false);
                }
                mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "fromRune", "(I)" + JvmTypes.GOSTRING_DESC, false);
            } else if (from.underlying() instanceof Type.Slice s) {
                boolean bytes = JvmTypes.kind(s.elem()) == 'I' && JvmTypes.basic(s.elem()).bits() == 8;
                String cls = JvmTypes.sliceClass(s.elem());
                mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, bytes ? "fromBytes" : "fromRunes",
                        "(L" + cls + ";)" + JvmTypes.GOSTRING_DESC, false);
            }
            return;
        }
        if (to.underlying() instanceof Type.Slice s && fk == BasicKind.STRING) {
            boolean bytes = JvmTypes.basic(s.elem()).bits() == 8;
            String cls = JvmTypes.sliceClass(s.elem());
            mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, bytes ? "toBytes" : "toRunes",
                    "(" + JvmTypes.GOSTRING_DESC + ")L" + cls + ";", false);
            return;
        }
        if (tk != null && fk != null && tk.isNumeric() && fk.isNumeric()) {
            numeric(from, to);
        }
        // Otherwise a defined type ↔ its underlying type: the same representation.
    }

    /** Converts a number of type from on the stack to type to. */
    void numeric(Type from, Type to) {
        MethodVisitor mv = fg.mv;
        char fk = JvmTypes.kind(from), tk = JvmTypes.kind(to);
        boolean fromInt = fk == 'I' || fk == 'J', toInt = tk == 'I' || tk == 'J';
        if (fromInt && toInt) {
            intToInt(from, to);
        } else if (fromInt) {
            if (JvmTypes.basic(from) == BasicKind.UINT64 || JvmTypes.basic(from) == BasicKind.UINT
                    || JvmTypes.basic(from) == BasicKind.UINTPTR) {
                mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, tk == 'F' ? "u64ToFloat32" : "u64ToFloat64",
                        "(J)" + tk, false);
            } else if (JvmTypes.basic(from) == BasicKind.UINT32) {
                Emit.toLong(mv, from);
                mv.visitInsn(tk == 'F' ? L2F : L2D);
            } else if (fk == 'J') {
                mv.visitInsn(tk == 'F' ? L2F : L2D);
            } else {
                mv.visitInsn(tk == 'F' ? I2F : I2D);
            }
        } else if (toInt) {
            if (fk == 'F') mv.visitInsn(F2D);
            BasicKind t = JvmTypes.basic(to);
            switch (t) {
                case UINT64, UINT, UINTPTR -> mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "f64ToUint64", "(D)J", false);
                case INT64, INT -> mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "f64ToInt64", "(D)J", false);
                case UINT32 -> {
                    mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "f64ToInt64", "(D)J", false);
                    mv.visitInsn(L2I);
                }
                default -> {
                    mv.visitMethodInsn(INVOKESTATIC, Emit.OPS, "f64ToInt32", "(D)I", false);
                    Emit.narrow(mv, to);
                }
            }
        } else if (fk == 'F' && tk == 'D') {
            mv.visitInsn(F2D);
        } else if (fk == 'D' && tk == 'F') {
            mv.visitInsn(D2F);
        }
    }

    /** Integer to integer: widen (zero-extending unsigned sources), truncate, narrow. */
    void intToInt(Type from, Type to) {
        MethodVisitor mv = fg.mv;
        char fk = JvmTypes.kind(from), tk = JvmTypes.kind(to);
        if (fk == 'I' && tk == 'J') {
            Emit.toLong(mv, from);
        } else if (fk == 'J' && tk == 'I') {
            mv.visitInsn(L2I);
            Emit.narrow(mv, to);
        } else if (tk == 'I') {
            Emit.narrow(mv, to);
        }
    }

    /** Boxes a value of the non-interface type t on the stack as docs/abi.md specifies. */
    void box(Type t) {
        MethodVisitor mv = fg.mv;
        if (PtrBoxGen.has(t)) {
            PtrBoxGen.box(mv, t);
            return;
        }
        if (TypeDescGen.isStructPtr(t)) {
            StructGen.boxPtr(mv, fg.prog.structClass(((Type.Pointer) t).elem()));
            return;
        }
        if (TypeDescGen.needsTyped(t)) {
            TypeDescGen.box(fg, t);
            return;
        }
        if (InterfaceGen.boxNamed(fg, t)) return;
        BasicKind k = JvmTypes.basic(t);
        if (k == null || k == BasicKind.STRING || k == BasicKind.UNTYPED_NIL) return;
        String owner, d;
        switch (k) {
            case BOOL -> { owner = "java/lang/Boolean"; d = "(Z)"; }
            case INT -> { owner = "java/lang/Long"; d = "(J)"; }
            case INT8 -> {
                mv.visitInsn(I2B);
                owner = "java/lang/Byte";
                d = "(B)";
            }
            case INT16 -> {
                mv.visitInsn(I2S);
                owner = "java/lang/Short";
                d = "(S)";
            }
            case INT32 -> { owner = "java/lang/Integer"; d = "(I)"; }
            case FLOAT32 -> { owner = "java/lang/Float"; d = "(F)"; }
            case FLOAT64 -> { owner = "java/lang/Double"; d = "(D)"; }
            case INT64 -> { owner = "gojc/runtime/box/Int64"; d = "(J)"; }
            case UINT -> { owner = "gojc/runtime/box/Uint"; d = "(J)"; }
            case UINT64 -> { owner = "gojc/runtime/box/Uint64"; d = "(J)"; }
            case UINTPTR -> { owner = "gojc/runtime/box/Uintptr"; d = "(J)"; }
            case UINT8 -> { owner = "gojc/runtime/box/Uint8"; d = "(I)"; }
            case UINT16 -> { owner = "gojc/runtime/box/Uint16"; d = "(I)"; }
            case UINT32 -> { owner = "gojc/runtime/box/Uint32"; d = "(I)"; }
            default -> throw fg.unsupported(null, "boxing " + t);
        }
        mv.visitMethodInsn(INVOKESTATIC, owner, "valueOf", d + "L" + owner + ";", false);
    }
}
