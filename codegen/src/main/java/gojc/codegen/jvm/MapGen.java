// This file implements maps (docs/abi.md "Maps"). The key type picks the runtime table: integer
// keys go to gojc.runtime.map.IntMap as long, string keys to StrMap as GoString, and the rest to
// GoMap's generic table in interface form (so a key's Go == is the runtime's Keys.eq). Values are
// in interface form, except that the specialised tables hold integer values as long ("numeric").
// Index expressions, comma-ok, assignment (a Place), delete, len, literals, make and range.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.ast.Op;
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
    static final String M = "L" + MAP + ";";

    private MapGen() {}

    /** The runtime table of a map type: its class, the key's descriptor there, its kind ('A' generic). */
    private record Table(String owner, String key, char kind, boolean numeric) {
        String iter() {
            return owner + (kind == 'A' ? "$Iter" : "$It");
        }
    }

    private static Table table(Type.Map mt) {
        BasicKind k = JvmTypes.basic(mt.key());
        BasicKind e = JvmTypes.basic(mt.elem());
        boolean numeric = e != null && e.isInteger();
        if (k != null && k.isInteger()) return new Table("gojc/runtime/map/IntMap", "J", 'I', numeric);
        if (k == BasicKind.STRING) return new Table("gojc/runtime/map/StrMap", JvmTypes.GOSTRING_DESC, 'S', numeric);
        return new Table(MAP, OBJ, 'A', false);
    }

    /** Boxes a value of type t on the stack into interface form. */
    static void box(FuncGen fg, Type t) {
        if (!(t.underlying() instanceof Type.Interface)) fg.conv.box(t);
    }

    /** Brings the key of type mt.key() on the stack into the table's key form. */
    private static void key(FuncGen fg, Type.Map mt, Table tb) {
        switch (tb.kind) {
            case 'I' -> Emit.toLong(fg.mv, mt.key());
            case 'S' -> {}
            default -> box(fg, mt.key());
        }
    }

    /** A long read from a numeric table back to the stack form of t. */
    private static void fromLong(MethodVisitor mv, Type t) {
        if (JvmTypes.kind(t) == 'I') mv.visitInsn(L2I);
    }

    /** A value of the element type on the stack into the table's value form. */
    private static void value(FuncGen fg, Type.Map mt, Table tb) {
        if (tb.numeric) Emit.toLong(fg.mv, mt.elem());
        else box(fg, mt.elem());
    }

    private static String valueDesc(Table tb) {
        return tb.numeric ? "J" : OBJ;
    }

    private static void put(MethodVisitor mv, Table tb) {
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, tb.numeric ? "putJ" : "put", "(" + M + tb.key + valueDesc(tb) + ")V", false);
    }

    /** m[k] with the map and key on the stack: the value, zero when absent. */
    private static void get(FuncGen fg, Type.Map mt, Table tb) {
        MethodVisitor mv = fg.mv;
        if (tb.numeric) {
            mv.visitMethodInsn(INVOKESTATIC, tb.owner, "getJ", "(" + M + tb.key + ")J", false);
            fromLong(mv, mt.elem());
            return;
        }
        fg.expr.zero(mt.elem());
        box(fg, mt.elem());
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, "get", "(" + M + tb.key + OBJ + ")" + OBJ, false);
        InterfaceGen.unbox(fg, mt.elem());
    }

    static void index(FuncGen fg, TExpr.MapIndex m) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) m.map().type().underlying();
        Table tb = table(mt);
        if (!m.commaOk()) {
            fg.expr.gen(m.map());
            fg.expr.gen(m.key());
            key(fg, mt, tb);
            get(fg, mt, tb);
            return;
        }
        if (tb.kind == 'A') {
            fg.expr.gen(m.map());
            fg.expr.gen(m.key());
            box(fg, mt.key());
            genericCommaOk(fg, mt);
            return;
        }
        int ms = fg.temp(m.map());
        fg.expr.gen(m.key());
        key(fg, mt, tb);
        int ks = fg.newSlot(tb.key.charAt(0));
        mv.visitVarInsn(Insns.store(tb.key.charAt(0)), ks);
        mv.visitVarInsn(ALOAD, ms);
        mv.visitVarInsn(Insns.load(tb.key.charAt(0)), ks);
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, "slot", "(" + M + tb.key + ")I", false);
        int s = fg.newSlot('I');
        mv.visitVarInsn(ISTORE, s);
        fg.expr.commaOk(mt.elem(), absent -> {
            mv.visitVarInsn(ILOAD, s);
            mv.visitJumpInsn(IFLT, absent);
        }, () -> {
            mv.visitVarInsn(ALOAD, ms);
            mv.visitVarInsn(ILOAD, s);
            if (tb.numeric) {
                mv.visitMethodInsn(INVOKESTATIC, tb.owner, "numAt", "(" + M + "I)J", false);
                fromLong(mv, mt.elem());
            } else {
                mv.visitMethodInsn(INVOKESTATIC, tb.owner, "valAt", "(" + M + "I)" + OBJ, false);
                InterfaceGen.unbox(fg, mt.elem());
            }
        });
    }

    /** v, ok := m[k] on the generic table, map and boxed key on the stack. */
    private static void genericCommaOk(FuncGen fg, Type.Map mt) {
        MethodVisitor mv = fg.mv;
        mv.visitMethodInsn(INVOKESTATIC, MAP, "lookup", "(" + M + OBJ + ")" + OBJ, false);
        int v = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, v);
        fg.expr.commaOk(mt.elem(), absent -> {
            mv.visitVarInsn(ALOAD, v);
            mv.visitFieldInsn(GETSTATIC, MAP, "ABSENT", OBJ);
            mv.visitJumpInsn(IF_ACMPEQ, absent);
        }, () -> {
            mv.visitVarInsn(ALOAD, v);
            InterfaceGen.unbox(fg, mt.elem());
        });
    }

    /** m[k] as an assignment target: map and key evaluated once. */
    static Places.Place place(FuncGen fg, TExpr.MapIndex m) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) m.map().type().underlying();
        Table tb = table(mt);
        char kk = tb.key.charAt(0);
        int ms = fg.temp(m.map());
        fg.expr.genValue(m.key()); // the map may keep the key: an array key is copied
        key(fg, mt, tb);
        int ks = fg.newSlot(kk);
        mv.visitVarInsn(Insns.store(kk), ks);
        return fg.places.new MapElem(() -> {
            mv.visitVarInsn(ALOAD, ms);
            mv.visitVarInsn(Insns.load(kk), ks);
            get(fg, mt, tb);
        }, value -> {
            mv.visitVarInsn(ALOAD, ms);
            mv.visitVarInsn(Insns.load(kk), ks);
            value.run();
            value(fg, mt, tb);
            put(mv, tb);
        });
    }

    /**
     * m[k] += c and m[k] -= c (so also m[k]++ and m[k]--) on a numeric table with 64-bit values and
     * a constant or variable c: one probe (addJ) instead of a read and a write. A right-hand side
     * with effects could touch the map between them, and narrower values must wrap, so those take
     * the general path; returns whether it handled the statement.
     */
    static boolean opAssign(FuncGen fg, TStmt.OpAssign a) {
        if (!(a.lhs() instanceof TExpr.MapIndex m) || (a.op() != Op.ADD && a.op() != Op.SUB)) return false;
        if (!(a.rhs() instanceof TExpr.Const || a.rhs() instanceof TExpr.VarRef)) return false;
        Type.Map mt = (Type.Map) m.map().type().underlying();
        Table tb = table(mt);
        if (!tb.numeric || JvmTypes.kind(mt.elem()) != 'J') return false;
        MethodVisitor mv = fg.mv;
        fg.expr.gen(m.map());
        fg.expr.gen(m.key());
        key(fg, mt, tb);
        fg.expr.gen(a.rhs());
        if (a.op() == Op.SUB) mv.visitInsn(LNEG);
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, "addJ", "(" + M + tb.key + "J)V", false);
        return true;
    }

    static void make(FuncGen fg, TExpr.CallBuiltin c) {
        if (c.args().isEmpty()) {
            fg.mv.visitInsn(LCONST_0);
        } else {
            fg.expr.gen(c.args().get(0));
            Emit.toLong(fg.mv, c.args().get(0).type());
        }
        make(fg.mv, table((Type.Map) c.typeArg().underlying()));
    }

    /** A map of the table's kind, the size hint (long) on the stack. */
    private static void make(MethodVisitor mv, Table tb) {
        if (tb.kind == 'A') {
            mv.visitMethodInsn(INVOKESTATIC, MAP, "make", "(J)" + M, false);
            return;
        }
        mv.visitInsn(tb.numeric ? ICONST_1 : ICONST_0);
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, "make", "(JZ)" + M, false);
    }

    static void delete(FuncGen fg, TExpr.CallBuiltin c) {
        Type.Map mt = (Type.Map) c.args().get(0).type().underlying();
        Table tb = table(mt);
        fg.expr.gen(c.args().get(0));
        fg.expr.gen(c.args().get(1));
        key(fg, mt, tb);
        fg.mv.visitMethodInsn(INVOKESTATIC, tb.owner, "delete", "(" + M + tb.key + ")V", false);
    }

    static void len(FuncGen fg) {
        fg.mv.visitMethodInsn(INVOKESTATIC, MAP, "len", "(" + M + ")J", false);
    }

    static void literal(FuncGen fg, TExpr.MapLit l) {
        MethodVisitor mv = fg.mv;
        Type.Map mt = (Type.Map) l.type().underlying();
        Table tb = table(mt);
        Insns.lconst(mv, l.keys().size());
        make(mv, tb);
        for (int i = 0; i < l.keys().size(); i++) {
            mv.visitInsn(DUP);
            fg.expr.genValue(l.keys().get(i));
            key(fg, mt, tb);
            fg.expr.genValue(l.values().get(i));
            value(fg, mt, tb);
            put(mv, tb);
        }
    }

    /** for k, v := range m: an iterator from a random start (GoMap.Iter, IntMap.It, StrMap.It). */
    static void range(FuncGen fg, TStmt.Range r, Type.Map mt) {
        MethodVisitor mv = fg.mv;
        Table tb = table(mt);
        String iter = tb.iter();
        fg.expr.gen(r.x());
        mv.visitMethodInsn(INVOKESTATIC, tb.owner, "iter", "(" + M + ")L" + iter + ";", false);
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
                switch (tb.kind) {
                    case 'I' -> {
                        mv.visitMethodInsn(INVOKEVIRTUAL, iter, "keyJ", "()J", false);
                        fromLong(mv, mt.key());
                    }
                    case 'S' -> mv.visitMethodInsn(INVOKEVIRTUAL, iter, "keyS", "()" + JvmTypes.GOSTRING_DESC, false);
                    default -> {
                        mv.visitMethodInsn(INVOKEVIRTUAL, iter, "key", "()" + OBJ, false);
                        InterfaceGen.unbox(fg, mt.key());
                        StructGen.copyOnStack(mv, mt.key());
                    }
                }
            });
        }
        if (r.value() != null) {
            fg.places.of(r.value(), mt.elem()).store(() -> {
                mv.visitVarInsn(ALOAD, it);
                if (tb.numeric) {
                    mv.visitMethodInsn(INVOKEVIRTUAL, iter, "valueJ", "()J", false);
                    fromLong(mv, mt.elem());
                    return;
                }
                mv.visitMethodInsn(INVOKEVIRTUAL, iter, "value", "()" + OBJ, false);
                InterfaceGen.unbox(fg, mt.elem());
                StructGen.copyOnStack(mv, mt.elem());
            });
        }
        fg.stmt.block(r.body());
        mv.visitLabel(cont);
        StmtGen.preemptCheck(fg);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }
}
