// This file implements maps (docs/abi.md "Maps"): gojc.runtime.map.GoMap holds keys and values in
// interface form, so a key's Go == is the runtime's Keys.eq; reads unbox, writes box. Index
// expressions, comma-ok, assignment (a Place), delete, len, literals, make and range.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class MapGen {
    static final String MAP = JvmTypes.MAP;
    static final String OBJ = "Ljava/lang/Object;";

    private MapGen() {}

    /** Boxes a value of type t on the stack into interface form. */
    static void box(FuncGen fg, Type t) {
        if (!(t.underlying() instanceof Type.Interface)) fg.conv.box(t);
    }

    static void index(FuncGen fg, TExpr.MapIndex m) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) m.map().type().underlying();
        fg.expr.gen(m.map());
        fg.expr.gen(m.key());
        box(fg, mt.key());
        if (!m.commaOk()) {
            fg.expr.zero(mt.elem());
            box(fg, mt.elem());
            mv.visitMethodInsn(INVOKESTATIC, MAP, "get", "(L" + MAP + ";" + OBJ + OBJ + ")" + OBJ, false);
            InterfaceGen.unbox(fg, mt.elem());
            return;
        }
        mv.visitMethodInsn(INVOKESTATIC, MAP, "lookup", "(L" + MAP + ";" + OBJ + ")" + OBJ, false);
        int v = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, v);
        List<Type> types = List.of(mt.elem(), new Type.Basic(BasicKind.BOOL, "bool"));
        String tuple = fg.prog.tuple(types);
        mv.visitTypeInsn(NEW, tuple);
        mv.visitInsn(DUP);
        Label absent = new Label(), end = new Label();
        mv.visitVarInsn(ALOAD, v);
        mv.visitFieldInsn(GETSTATIC, MAP, "ABSENT", OBJ);
        mv.visitJumpInsn(IF_ACMPEQ, absent);
        mv.visitVarInsn(ALOAD, v);
        InterfaceGen.unbox(fg, mt.elem());
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(absent);
        fg.expr.zero(mt.elem());
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
        mv.visitMethodInsn(INVOKESPECIAL, tuple, "<init>", JvmTypes.tupleCtorDesc(types), false);
    }

    /** m[k] as an assignment target: map and boxed key evaluated once. */
    static Places.Place place(FuncGen fg, TExpr.MapIndex m) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) m.map().type().underlying();
        int ms = fg.temp(m.map());
        fg.expr.gen(m.key());
        box(fg, mt.key());
        int ks = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, ks);
        return fg.places.new MapElem(() -> {
            mv.visitVarInsn(ALOAD, ms);
            mv.visitVarInsn(ALOAD, ks);
            fg.expr.zero(mt.elem());
            box(fg, mt.elem());
            mv.visitMethodInsn(INVOKESTATIC, MAP, "get", "(L" + MAP + ";" + OBJ + OBJ + ")" + OBJ, false);
            InterfaceGen.unbox(fg, mt.elem());
        }, value -> {
            mv.visitVarInsn(ALOAD, ms);
            mv.visitVarInsn(ALOAD, ks);
            value.run();
            box(fg, mt.elem());
            mv.visitMethodInsn(INVOKESTATIC, MAP, "put", "(L" + MAP + ";" + OBJ + OBJ + ")V", false);
        });
    }

    static void make(FuncGen fg, TExpr.CallBuiltin c) {
        if (c.args().isEmpty()) {
            fg.mv.visitInsn(LCONST_0);
        } else {
            fg.expr.gen(c.args().get(0));
            Emit.toLong(fg.mv, c.args().get(0).type());
        }
        fg.mv.visitMethodInsn(INVOKESTATIC, MAP, "make", "(J)L" + MAP + ";", false);
    }

    static void delete(FuncGen fg, TExpr.CallBuiltin c) {
        Type.Map mt = (Type.Map) c.args().get(0).type().underlying();
        fg.expr.gen(c.args().get(0));
        fg.expr.gen(c.args().get(1));
        box(fg, mt.key());
        fg.mv.visitMethodInsn(INVOKESTATIC, MAP, "delete", "(L" + MAP + ";" + OBJ + ")V", false);
    }

    static void len(FuncGen fg) {
        fg.mv.visitMethodInsn(INVOKESTATIC, MAP, "len", "(L" + MAP + ";)J", false);
    }

    static void literal(FuncGen fg, TExpr.MapLit l) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) l.type().underlying();
        Insns.lconst(mv, l.keys().size());
        mv.visitMethodInsn(INVOKESTATIC, MAP, "make", "(J)L" + MAP + ";", false);
        for (int i = 0; i < l.keys().size(); i++) {
            mv.visitInsn(DUP);
            fg.expr.gen(l.keys().get(i));
            box(fg, mt.key());
            fg.expr.genValue(l.values().get(i));
            box(fg, mt.elem());
            mv.visitMethodInsn(INVOKESTATIC, MAP, "put", "(L" + MAP + ";" + OBJ + OBJ + ")V", false);
        }
    }

    /** for k, v := range m: an iterator from a random start (GoMap.Iter). */
    static void range(FuncGen fg, TStmt.Range r, Type.Map mt) {
        MethodVisitor mv = fg.mv;
        String iter = MAP + "$Iter";
        fg.expr.gen(r.x());
        mv.visitMethodInsn(INVOKESTATIC, MAP, "iter", "(L" + MAP + ";)L" + iter + ";", false);
        int it = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, it);
        Label top = new Label(), cont = new Label(), end = new Label();
        fg.targets.put(r.label(), new FuncGen.Targets(end, cont));
        mv.visitLabel(top);
        mv.visitVarInsn(ALOAD, it);
        mv.visitMethodInsn(INVOKEVIRTUAL, iter, "next", "()Z", false);
        mv.visitJumpInsn(IFEQ, end);
        if (r.key() != null) {
            fg.places.of(r.key(), mt.key()).store(() -> {
                mv.visitVarInsn(ALOAD, it);
                mv.visitMethodInsn(INVOKEVIRTUAL, iter, "key", "()" + OBJ, false);
                InterfaceGen.unbox(fg, mt.key());
                StructGen.copyOnStack(mv, mt.key());
            });
        }
        if (r.value() != null) {
            fg.places.of(r.value(), mt.elem()).store(() -> {
                mv.visitVarInsn(ALOAD, it);
                mv.visitMethodInsn(INVOKEVIRTUAL, iter, "value", "()" + OBJ, false);
                InterfaceGen.unbox(fg, mt.elem());
                StructGen.copyOnStack(mv, mt.elem());
            });
        }
        fg.stmt.block(r.body());
        mv.visitLabel(cont);
        StmtGen.preemptCheck(mv);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }
}
