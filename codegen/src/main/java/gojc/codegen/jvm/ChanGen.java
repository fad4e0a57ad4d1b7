// This file implements channels, select and range over channels (docs/abi.md "Channels"):
// gojc.runtime.chan.Chan holds elements in interface form (boxed exactly as for `any`), so sends
// box and receives unbox, as maps do; comma-ok receives compare against Chan.CLOSED, and a select
// is a gojc.runtime.chan.Select built case by case in source order, whose run() answers the index
// of the case that ran (-1 for default).
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class ChanGen {
    static final String CHAN = JvmTypes.CHAN;
    static final String CD = "L" + CHAN + ";";
    static final String SELECT = "gojc/runtime/chan/Select";
    static final String OBJ = "Ljava/lang/Object;";
    static final Type BOOL = new Type.Basic(BasicKind.BOOL, "bool");

    private ChanGen() {}

    static Type elem(TExpr ch) {
        return ((Type.Chan) ch.type().underlying()).elem();
    }

    static void make(FuncGen fg, TExpr.CallBuiltin c) {
        if (c.args().isEmpty()) {
            fg.mv.visitInsn(LCONST_0);
        } else {
            fg.expr.gen(c.args().get(0));
            Emit.toLong(fg.mv, c.args().get(0).type());
        }
        Type elem = ((Type.Chan) c.typeArg().underlying()).elem();
        fg.expr.zero(elem);
        MapGen.box(fg, elem);
        fg.mv.visitMethodInsn(INVOKESTATIC, CHAN, "make", "(J" + OBJ + ")" + CD, false);
    }

    /** len, cap or close of the channel on the stack. */
    static void builtin(FuncGen fg, String name) {
        fg.mv.visitMethodInsn(INVOKESTATIC, CHAN, name, "(" + CD + ")" + (name.equals("close") ? "V" : "J"), false);
    }

    static void send(FuncGen fg, TStmt.Send s) {
        fg.expr.gen(s.chan());
        fg.expr.genValue(s.value());
        MapGen.box(fg, elem(s.chan()));
        fg.line(s.pos());
        fg.suspendPoint();
        fg.mv.visitMethodInsn(INVOKESTATIC, CHAN, "send", "(" + CD + OBJ + ")V", false);
    }

    static void recv(FuncGen fg, TExpr.Recv r) {
        MethodVisitor mv = fg.mv;
        Type elem = elem(r.chan());
        fg.expr.gen(r.chan());
        fg.line(r.pos());
        fg.suspendPoint();
        if (!r.commaOk()) {
            mv.visitMethodInsn(INVOKESTATIC, CHAN, "recv", "(" + CD + ")" + OBJ, false);
            InterfaceGen.unbox(fg, elem);
            return;
        }
        mv.visitMethodInsn(INVOKESTATIC, CHAN, "recvOk", "(" + CD + ")" + OBJ, false);
        int v = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, v);
        fg.expr.commaOk(elem, closed -> {
            mv.visitVarInsn(ALOAD, v);
            mv.visitFieldInsn(GETSTATIC, CHAN, "CLOSED", OBJ);
            mv.visitJumpInsn(IF_ACMPEQ, closed);
        }, () -> {
            mv.visitVarInsn(ALOAD, v);
            InterfaceGen.unbox(fg, elem);
        });
    }

    /** for v := range ch: receive until the channel is closed and drained. */
    static void range(FuncGen fg, TStmt.Range r) {
        MethodVisitor mv = fg.mv;
        Type elem = elem(r.x());
        int ch = fg.temp(r.x());
        Label top = new Label(), end = new Label();
        fg.targets.put(r.label(), new FuncGen.Targets(end, top));
        int v = fg.newSlot('L');
        StmtGen.Nudge nudge = StmtGen.osrNudgeSlots(fg);
        if (nudge != null) mv.visitJumpInsn(GOTO, nudge.check());
        mv.visitLabel(top);
        if (nudge != null) StmtGen.osrNudgeSteps(fg, nudge, top);
        mv.visitVarInsn(ALOAD, ch);
        fg.line(r.pos());
        fg.suspendPoint();
        mv.visitMethodInsn(INVOKESTATIC, CHAN, "recvOk", "(" + CD + ")" + OBJ, false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, v);
        mv.visitFieldInsn(GETSTATIC, CHAN, "CLOSED", OBJ);
        mv.visitJumpInsn(IF_ACMPEQ, end);
        TExpr target = r.key() != null ? r.key() : r.value();
        if (target != null) {
            fg.places.of(target, elem).store(() -> {
                mv.visitVarInsn(ALOAD, v);
                InterfaceGen.unbox(fg, elem);
                StructGen.copyOnStack(mv, elem);
            });
        }
        fg.stmt.block(r.body());
        StmtGen.preemptCheck(fg);
        if (nudge != null) StmtGen.osrNudge(fg, nudge);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    static void select(FuncGen fg, TStmt.Select s) {
        MethodVisitor mv = fg.mv;
        List<TStmt.CommCase> comms = new ArrayList<>();
        TStmt.CommCase dflt = null;
        for (TStmt.CommCase c : s.cases()) {
            if (c.isDefault()) dflt = c;
            else comms.add(c);
        }
        mv.visitTypeInsn(NEW, SELECT);
        mv.visitInsn(DUP);
        Insns.iconst(mv, comms.size());
        mv.visitMethodInsn(INVOKESPECIAL, SELECT, "<init>", "(I)V", false);
        for (TStmt.CommCase c : comms) {
            fg.expr.gen(c.chan());
            if (c.isSend()) {
                fg.expr.genValue(c.value());
                MapGen.box(fg, elem(c.chan()));
                mv.visitMethodInsn(INVOKEVIRTUAL, SELECT, "send", "(" + CD + OBJ + ")L" + SELECT + ";", false);
            } else {
                mv.visitMethodInsn(INVOKEVIRTUAL, SELECT, "recv", "(" + CD + ")L" + SELECT + ";", false);
            }
        }
        int sel = fg.newSlot('L');
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, sel);
        mv.visitInsn(dflt != null ? ICONST_1 : ICONST_0);
        fg.line(s.pos());
        fg.suspendPoint();
        mv.visitMethodInsn(INVOKEVIRTUAL, SELECT, "run", "(Z)I", false);
        Label end = new Label();
        fg.targets.put(s.label(), new FuncGen.Targets(end, null));
        Label[] labels = new Label[comms.size() + 1];
        for (int i = 0; i < labels.length; i++) labels[i] = new Label();
        Label none = dflt != null ? labels[0] : end;
        // An if-chain, not a tableswitch: when goroutines park in this select before the JIT
        // compiles it, C2 turns each switch case never taken into a trap and every goroutine
        // then deoptimizes as it wakes (217,000 times for 300,000 goroutines released at once);
        // an `if` never reached at compile time gets a static guess instead.
        int idx = fg.newSlot('I');
        mv.visitVarInsn(ISTORE, idx);
        for (int i = 0; i < comms.size(); i++) {
            mv.visitVarInsn(ILOAD, idx);
            Insns.iconst(mv, i);
            mv.visitJumpInsn(IF_ICMPEQ, labels[i + 1]);
        }
        mv.visitJumpInsn(GOTO, none);
        if (dflt != null) {
            mv.visitLabel(labels[0]);
            fg.stmt.block(dflt.body());
            mv.visitJumpInsn(GOTO, end);
        }
        for (int i = 0; i < comms.size(); i++) {
            TStmt.CommCase c = comms.get(i);
            mv.visitLabel(labels[i + 1]);
            if (!c.isSend()) received(fg, c, sel);
            fg.stmt.block(c.body());
            mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(end);
    }

    /** Stores a receive case's value (and ok) into its new variables or assignment targets. */
    private static void received(FuncGen fg, TStmt.CommCase c, int sel) {
        MethodVisitor mv = fg.mv;
        Type elem = elem(c.chan());
        Runnable value = () -> {
            mv.visitVarInsn(ALOAD, sel);
            mv.visitMethodInsn(INVOKEVIRTUAL, SELECT, "value", "()" + OBJ, false);
            InterfaceGen.unbox(fg, elem);
            StructGen.copyOnStack(mv, elem);
        };
        Runnable ok = () -> {
            mv.visitVarInsn(ALOAD, sel);
            mv.visitMethodInsn(INVOKEVIRTUAL, SELECT, "ok", "()Z", false);
        };
        List<Runnable> values = List.of(value, ok);
        for (int i = 0; i < c.recvDecl().size(); i++) {
            Var v = c.recvDecl().get(i);
            if (!v.name().equals("_")) fg.declare(v, values.get(i));
        }
        for (int i = 0; i < c.recvLhs().size(); i++) {
            TExpr lhs = c.recvLhs().get(i);
            if (lhs != null) fg.places.of(lhs, i == 0 ? elem : BOOL).store(values.get(i));
        }
    }
}
