// This file implements the built-in functions (spec "Built-in functions") over the runtime's slice
// classes and strings: len, cap, append (with spread and the []byte ← string form), copy, make,
// panic, print and println; and slice expressions and slice/array literals, which build on them.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import java.util.List;
import org.objectweb.asm.MethodVisitor;

final class BuiltinGen {
    private final FuncGen fg;

    BuiltinGen(FuncGen fg) {
        this.fg = fg;
    }

    private static final String BUILTINS = "gojc/runtime/Builtins";

    void call(TExpr.CallBuiltin c) {
        MethodVisitor mv = fg.mv;
        List<TExpr> args = c.args();
        switch (c.id()) {
            case LEN, CAP -> {
                TExpr x = args.get(0);
                fg.expr.gen(x);
                switch (x.type().underlying()) {
                    case Type.Slice s -> {
                        String cls = JvmTypes.sliceClass(s.elem());
                        mv.visitMethodInsn(INVOKESTATIC, cls, c.id().name().toLowerCase(), "(L" + cls + ";)J", false);
                    }
                    case Type.Array a -> {
                        mv.visitInsn(ARRAYLENGTH);
                        mv.visitInsn(I2L);
                    }
                    case Type.Map m -> MapGen.len(fg);
                    case Type.Chan ch -> ChanGen.builtin(fg, c.id().name().toLowerCase());
                    default -> {
                        mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.GOSTRING, "len", "()I", false);
                        mv.visitInsn(I2L);
                    }
                }
            }
            case APPEND -> {
                Type elem = ((Type.Slice) c.type().underlying()).elem();
                String cls = JvmTypes.sliceClass(elem);
                String sd = "L" + cls + ";";
                fg.expr.gen(args.get(0));
                if (c.spread()) {
                    TExpr t = args.get(1);
                    fg.expr.gen(t);
                    if (JvmTypes.isString(t.type())) {
                        mv.visitMethodInsn(INVOKESTATIC, cls, "appendString", "(" + sd + JvmTypes.GOSTRING_DESC + ")" + sd,
                                false);
                    } else if (cls.endsWith("/Slice")) {
                        zeroOf(elem);
                        mv.visitMethodInsn(INVOKESTATIC, cls, "appendSlice", "(" + sd + sd + "Ljava/lang/Object;)" + sd,
                                false);
                    } else {
                        mv.visitMethodInsn(INVOKESTATIC, cls, "appendSlice", "(" + sd + sd + ")" + sd, false);
                    }
                } else {
                    for (TExpr v : args.subList(1, args.size())) {
                        fg.expr.genValue(v);
                        String ed = JvmTypes.sliceElemDesc(elem);
                        if (cls.endsWith("/Slice")) {
                            zeroOf(elem);
                            mv.visitMethodInsn(INVOKESTATIC, cls, "append", "(" + sd + ed + "Ljava/lang/Object;)" + sd,
                                    false);
                        } else {
                            mv.visitMethodInsn(INVOKESTATIC, cls, "append", "(" + sd + ed + ")" + sd, false);
                        }
                    }
                }
            }
            case COPY -> {
                Type elem = ((Type.Slice) args.get(0).type().underlying()).elem();
                String cls = JvmTypes.sliceClass(elem);
                String sd = "L" + cls + ";";
                fg.expr.gen(args.get(0));
                fg.expr.gen(args.get(1));
                if (JvmTypes.isString(args.get(1).type())) {
                    mv.visitMethodInsn(INVOKESTATIC, cls, "copyString", "(" + sd + JvmTypes.GOSTRING_DESC + ")J", false);
                } else {
                    mv.visitMethodInsn(INVOKESTATIC, cls, "copy", "(" + sd + sd + ")J", false);
                }
            }
            case MAKE -> {
                if (c.typeArg().underlying() instanceof Type.Map) {
                    MapGen.make(fg, c);
                    return;
                }
                if (c.typeArg().underlying() instanceof Type.Chan) {
                    ChanGen.make(fg, c);
                    return;
                }
                if (!(c.typeArg().underlying() instanceof Type.Slice s)) throw fg.unsupported(c.pos(), "make of " + c.typeArg());
                String cls = JvmTypes.sliceClass(s.elem());
                fg.expr.gen(args.get(0));
                Emit.toLong(mv, args.get(0).type());
                if (args.size() > 1) {
                    fg.expr.gen(args.get(1));
                    Emit.toLong(mv, args.get(1).type());
                } else {
                    mv.visitInsn(DUP2);
                }
                if (cls.endsWith("/Slice")) {
                    zeroOf(s.elem());
                    mv.visitMethodInsn(INVOKESTATIC, cls, "make", "(JJLjava/lang/Object;)L" + cls + ";", false);
                    if (JvmTypes.isStruct(s.elem())) fillStructs(s.elem());
                } else {
                    mv.visitMethodInsn(INVOKESTATIC, cls, "make", "(JJ)L" + cls + ";", false);
                }
            }
            case DELETE -> MapGen.delete(fg, c);
            case CLOSE -> {
                fg.expr.gen(args.get(0));
                fg.line(c.pos());
                ChanGen.builtin(fg, "close");
            }
            case NEW -> {
                if (JvmTypes.isStruct(c.typeArg())) fg.expr.zero(c.typeArg());
                else PointerGen.newPtr(fg, c.typeArg());
            }
            case COMPLEX -> {
                String cc = JvmTypes.complexClass(c.type());
                boolean small = cc.equals(JvmTypes.COMPLEX64);
                mv.visitTypeInsn(NEW, cc);
                mv.visitInsn(DUP);
                Type part = small ? gojc.frontend.types.Universe.FLOAT32 : gojc.frontend.types.Universe.FLOAT64;
                for (TExpr a : args) {
                    fg.expr.gen(a);
                    // A named float type, or an untyped constant left as float64, becomes the part's type.
                    if (JvmTypes.kind(a.type()) != JvmTypes.kind(part)) fg.conv.numeric(a.type(), part);
                }
                mv.visitMethodInsn(INVOKESPECIAL, cc, "<init>", small ? "(FF)V" : "(DD)V", false);
            }
            case REAL, IMAG -> {
                fg.expr.gen(args.get(0));
                String cc = JvmTypes.complexClass(args.get(0).type());
                mv.visitFieldInsn(GETFIELD, cc, c.id() == gojc.frontend.types.Builtin.BuiltinId.REAL ? "re" : "im",
                        cc.equals(JvmTypes.COMPLEX64) ? "F" : "D");
            }
            case RECOVER -> mv.visitMethodInsn(INVOKESTATIC, FuncGen.PANICS, "recover", "()Ljava/lang/Object;", false);
            case PANIC -> {
                fg.expr.gen(args.get(0));
                fg.line(c.pos());
                mv.visitMethodInsn(INVOKESTATIC, "gojc/runtime/GoPanic", "raise",
                        "(Ljava/lang/Object;)Ljava/lang/RuntimeException;", false);
                mv.visitInsn(ATHROW);
            }
            case PRINT, PRINTLN -> {
                boolean ln = c.id() == gojc.frontend.types.Builtin.BuiltinId.PRINTLN;
                for (int i = 0; i < args.size(); i++) {
                    if (ln && i > 0) mv.visitMethodInsn(INVOKESTATIC, BUILTINS, "printSpace", "()V", false);
                    print(args.get(i));
                }
                if (ln) mv.visitMethodInsn(INVOKESTATIC, BUILTINS, "printNewline", "()V", false);
            }
            default -> throw fg.unsupported(c.pos(), "builtin " + c.id().name().toLowerCase());
        }
    }

    private void print(TExpr x) {
        MethodVisitor mv = fg.mv;
        fg.expr.gen(x);
        Type t = x.type();
        BasicKind k = JvmTypes.basic(t);
        char kind = JvmTypes.kind(t);
        String name, d;
        if (kind == 'Z') {
            name = "printBool";
            d = "(Z)V";
        } else if (kind == 'I' || kind == 'J') {
            Emit.toLong(mv, t);
            name = k.isUnsigned() ? "printUint" : "printInt";
            d = "(J)V";
        } else if (kind == 'F' || kind == 'D') {
            if (kind == 'F') mv.visitInsn(F2D);
            name = "printFloat";
            d = "(D)V";
        } else if (JvmTypes.isComplex(t)) {
            if (JvmTypes.complexClass(t).equals(JvmTypes.COMPLEX64)) {
                mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.COMPLEX64, "toComplex128", "()L" + JvmTypes.COMPLEX128 + ";", false);
            }
            name = "printComplex";
            d = "(L" + JvmTypes.COMPLEX128 + ";)V";
        } else if (JvmTypes.isString(t)) {
            name = "printString";
            d = "(" + JvmTypes.GOSTRING_DESC + ")V";
        } else {
            name = "printPointer";
            d = "(Ljava/lang/Object;)V";
        }
        mv.visitMethodInsn(INVOKESTATIC, BUILTINS, name, d, false);
    }

    /** The zero value that Slice's allocating operations fill new storage with. */
    /** Each element of a new slice of structs is its own zero object (the runtime filled one shared). */
    private void fillStructs(Type elem) {
        MethodVisitor mv = fg.mv;
        String cls = JvmTypes.sliceClass(elem);
        int sl = fg.newSlot('L'), i = fg.newSlot('I');
        mv.visitVarInsn(ASTORE, sl);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, i);
        org.objectweb.asm.Label top = new org.objectweb.asm.Label(), done = new org.objectweb.asm.Label();
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, i);
        mv.visitVarInsn(ALOAD, sl);
        mv.visitFieldInsn(GETFIELD, cls, "array", "[Ljava/lang/Object;");
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, done);
        mv.visitVarInsn(ALOAD, sl);
        mv.visitFieldInsn(GETFIELD, cls, "array", "[Ljava/lang/Object;");
        mv.visitVarInsn(ILOAD, i);
        fg.expr.zero(elem);
        mv.visitInsn(AASTORE);
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(done);
        mv.visitVarInsn(ALOAD, sl);
    }

    private void zeroOf(Type elem) {
        // Structs and arrays: one zero object shared by the new storage beyond len (a known gap:
        // reslicing up to cap exposes it; make fills each element with its own).
        if (JvmTypes.hasZeroObject(elem) || JvmTypes.isStruct(elem) || elem.underlying() instanceof Type.Array) {
            fg.expr.zero(elem);
        } else {
            fg.mv.visitInsn(ACONST_NULL);
        }
    }

    void sliceExpr(TExpr.SliceExpr s) {
        MethodVisitor mv = fg.mv;
        Type xt = s.x().type().underlying();
        fg.expr.gen(s.x());
        String cls, sd;
        if (JvmTypes.isString(xt)) {
            cls = JvmTypes.GOSTRING;
        } else {
            Type elem = xt instanceof Type.Slice sl ? sl.elem() : ((Type.Array) xt).elem();
            cls = JvmTypes.sliceClass(elem);
            if (xt instanceof Type.Array) {
                mv.visitMethodInsn(INVOKESTATIC, cls, "of", "(" + JvmTypes.internalName(xt) + ")L" + cls + ";", false);
            }
        }
        sd = "L" + cls + ";";
        bound(s.lo());
        if (s.hi() == null) {
            mv.visitMethodInsn(INVOKESTATIC, cls, "sliceFrom", "(" + sd + "J)" + sd, false);
        } else if (s.max() == null) {
            bound(s.hi());
            mv.visitMethodInsn(INVOKESTATIC, cls, "slice", "(" + sd + "JJ)" + sd, false);
        } else {
            bound(s.hi());
            bound(s.max());
            mv.visitMethodInsn(INVOKESTATIC, cls, "slice3", "(" + sd + "JJJ)" + sd, false);
        }
    }

    private void bound(TExpr b) {
        if (b == null) {
            fg.mv.visitInsn(LCONST_0);
        } else {
            fg.expr.gen(b);
            Emit.toLong(fg.mv, b.type());
        }
    }

    void listLit(TExpr.ListLit l) {
        MethodVisitor mv = fg.mv;
        Type u = l.type().underlying();
        Type elem;
        String elemStorage;
        if (u instanceof Type.Array a) {
            elem = a.elem();
            elemStorage = JvmTypes.storageDesc(elem);
            fg.expr.newArray(a);
        } else {
            elem = ((Type.Slice) u).elem();
            elemStorage = JvmTypes.sliceArrayDesc(elem).substring(1);
            Insns.iconst(mv, (int) l.length());
            Insns.newArray(mv, elemStorage);
            if (JvmTypes.hasZeroObject(elem) && l.elems().size() < l.length()) {
                mv.visitInsn(DUP);
                fg.expr.zero(elem);
                mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "fill", "([Ljava/lang/Object;Ljava/lang/Object;)V",
                        false);
            }
        }
        for (int i = 0; i < l.elems().size(); i++) {
            mv.visitInsn(DUP);
            Insns.iconst(mv, (int) (long) l.indices().get(i));
            fg.expr.genValue(l.elems().get(i));
            mv.visitInsn(Insns.astore(elemStorage.charAt(0)));
        }
        if (u instanceof Type.Slice) {
            String cls = JvmTypes.sliceClass(elem);
            mv.visitMethodInsn(INVOKESTATIC, cls, "of", "([" + elemStorage + ")L" + cls + ";", false);
        }
    }
}
