// This file implements the emission of Go statements (spec "Statements"): blocks, declarations,
// assignments with Go's parallel semantics, if, for, range over slices, arrays and strings,
// expression switches with fallthrough, labeled break/continue/goto, return, go and defer.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.ast.Op;
import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class StmtGen {
    private final FuncGen fg;

    StmtGen(FuncGen fg) {
        this.fg = fg;
    }

    void block(TStmt.Block b) {
        for (TStmt s : b.stmts()) gen(s);
    }

    void gen(TStmt s) {
        MethodVisitor mv = fg.mv;
        fg.line(s.pos());
        switch (s) {
            case TStmt.Block b -> block(b);
            case TStmt.ExprStmt e -> {
                fg.expr.gen(e.x());
                Type t = e.x().type();
                if (t instanceof Type.Tuple tu && tu.types().isEmpty() || t == null) break;
                if (t instanceof Type.Tuple tu && tu.types().size() > 1) mv.visitInsn(POP);
                else if (t instanceof Type.Tuple tu) Insns.pop(mv, JvmTypes.kind(tu.types().get(0)));
                else Insns.pop(mv, JvmTypes.kind(t));
            }
            case TStmt.VarDecl d -> fg.declare(d.var(), () -> {
                if (d.init() == null) fg.expr.zero(d.var().type());
                else fg.expr.genValue(d.init());
            });
            case TStmt.Assign a -> assign(a);
            case TStmt.AssignTuple a -> assignTuple(a.lhs(), a.rhs());
            case TStmt.OpAssign a -> {
                if (!MapGen.opAssign(fg, a)) {
                    Places.Place p = fg.places.of(a.lhs(), a.lhs().type());
                    p.store(() -> {
                        // gc reads x after evaluating y in x op= y, so y's effects on x count.
                        TExpr y = a.rhs();
                        if (!(y instanceof TExpr.Const || y instanceof TExpr.VarRef)) {
                            Var tmp = new Var("$y", y.pos(), null, y.type(), Var.Kind.LOCAL);
                            fg.declare(tmp, () -> fg.expr.genValue(a.rhs()));
                            y = new TExpr.VarRef(y.pos(), y.type(), tmp);
                        }
                        p.load();
                        fg.arith.binaryOnStack(a.op(), a.lhs().type(), y);
                    });
                }
            }
            case TStmt.If i -> {
                Label els = new Label(), end = new Label();
                fg.expr.branch(i.cond(), false, els);
                block(i.then());
                if (i.els() != null) mv.visitJumpInsn(GOTO, end);
                mv.visitLabel(els);
                if (i.els() != null) {
                    gen(i.els());
                    mv.visitLabel(end);
                }
            }
            case TStmt.For f -> forLoop(f);
            case TStmt.Range r -> range(r);
            case TStmt.Switch sw -> switchStmt(sw);
            case TStmt.Break b -> mv.visitJumpInsn(GOTO, fg.targets.get(b.target()).brk());
            case TStmt.Continue c -> mv.visitJumpInsn(GOTO, fg.targets.get(c.target()).cont());
            case TStmt.Goto g -> mv.visitJumpInsn(GOTO, gotoLabel(g.target()));
            case TStmt.Labeled l -> {
                mv.visitLabel(gotoLabel(l.label()));
                gen(l.stmt());
            }
            case TStmt.Return r -> {
                List<Runnable> values = new ArrayList<>();
                for (TExpr x : r.results()) values.add(() -> fg.expr.genValue(x));
                fg.returnNow(values);
            }
            case TStmt.ReturnTuple r -> returnTuple(r);
            case TStmt.Go g -> fg.calls.goStmt(g.call());
            case TStmt.Defer d -> fg.calls.deferStmt(d.call());
            case TStmt.TypeSwitch t -> InterfaceGen.typeSwitch(fg, t);
            case TStmt.Select t -> ChanGen.select(fg, t);
            case TStmt.Send t -> ChanGen.send(fg, t);
        }
    }

    private Label gotoLabel(gojc.frontend.types.Label l) {
        return fg.gotoLabels.computeIfAbsent(l, k -> new Label());
    }

    private void assign(TStmt.Assign a) {
        if (a.lhs().size() == 1) {
            Places.Place p = fg.places.of(a.lhs().get(0), a.rhs().get(0).type());
            p.store(() -> fg.expr.genValue(a.rhs().get(0)));
            return;
        }
        // Go evaluates every index operand and every value first, then stores left to right.
        List<Places.Place> places = new ArrayList<>();
        for (int i = 0; i < a.lhs().size(); i++) places.add(fg.places.of(a.lhs().get(i), a.rhs().get(i).type()));
        List<Integer> temps = new ArrayList<>();
        for (TExpr r : a.rhs()) {
            fg.expr.genValue(r);
            char k = JvmTypes.kind(r.type());
            int t = fg.newSlot(k);
            fg.mv.visitVarInsn(Insns.store(k), t);
            temps.add(t);
        }
        for (int i = 0; i < places.size(); i++) {
            char k = JvmTypes.kind(a.rhs().get(i).type());
            int t = temps.get(i);
            places.get(i).store(() -> fg.mv.visitVarInsn(Insns.load(k), t));
        }
    }

    private void assignTuple(List<TExpr> lhs, TExpr rhs) {
        List<Type> types = JvmTypes.resultTypes(rhs.type());
        List<Places.Place> places = new ArrayList<>();
        for (int i = 0; i < lhs.size(); i++) places.add(fg.places.of(lhs.get(i), types.get(i)));
        fg.expr.gen(rhs);
        String tuple = fg.prog.tuple(types);
        int t = fg.newSlot('L');
        fg.mv.visitVarInsn(ASTORE, t);
        for (int i = 0; i < places.size(); i++) {
            if (lhs.get(i) == null) continue;
            int idx = i;
            Type target = lhs.get(i).type();
            places.get(i).store(() -> {
                tupleField(t, tuple, types, idx);
                assignConv(types.get(idx), target);
            });
        }
    }

    /** A tuple element assigned to a variable of another type: boxed into an interface if needed. */
    private void assignConv(Type from, Type to) {
        if (to.underlying() instanceof Type.Interface && !(from.underlying() instanceof Type.Interface)) {
            fg.conv.box(from);
        }
    }

    private static boolean needsConv(List<Type> from, List<Type> to) {
        for (int i = 0; i < from.size(); i++) {
            if (to.get(i).underlying() instanceof Type.Interface && !(from.get(i).underlying() instanceof Type.Interface)) {
                return true;
            }
        }
        return false;
    }

    /** Pushes field i of the tuple in slot t, cast back to its Go type's class. */
    void tupleField(int slot, String tuple, List<Type> types, int i) {
        char k = JvmTypes.kind(types.get(i));
        fg.mv.visitVarInsn(ALOAD, slot);
        fg.mv.visitFieldInsn(GETFIELD, tuple, "r" + i, JvmTypes.erased(k));
        if (k == 'L') Emit.checkcast(fg.mv, types.get(i));
    }

    private void returnTuple(TStmt.ReturnTuple r) {
        List<Type> types = JvmTypes.resultTypes(r.call().type());
        boolean conv = needsConv(types, fg.resultTypes);
        if (fg.deferSlot < 0 && !conv) {
            fg.expr.gen(r.call());
            fg.mv.visitInsn(ARETURN);
            return;
        }
        String tuple = fg.prog.tuple(types);
        fg.expr.gen(r.call());
        int t = fg.newSlot('L');
        fg.mv.visitVarInsn(ASTORE, t);
        List<Runnable> values = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            int idx = i;
            values.add(() -> {
                tupleField(t, tuple, types, idx);
                assignConv(types.get(idx), fg.resultTypes.get(idx));
            });
        }
        fg.returnNow(values);
    }

    /**
     * A loop that may park tests its condition on entry with a bytecode of its own and again on
     * the back-edge: when goroutines park in a loop (`for !ready { cond.Wait() }`) before the JIT
     * compiles it, the back-edge test has never run, so C2 guesses rather than compiling its exit
     * as a trap, which every goroutine released at once would otherwise take on its own (240,000
     * deoptimizations for 300,000 goroutines woken by one Broadcast). Other loops test once.
     */
    private void forLoop(TStmt.For f) {
        MethodVisitor mv = fg.mv;
        Label top = new Label(), cont = new Label(), brk = new Label();
        fg.targets.put(f.label(), new FuncGen.Targets(brk, cont));
        LoopScan.Parks parks = LoopScan.parks(f);
        Nudge nudge = parks == LoopScan.Parks.CHAN_OPS ? osrNudgeSlots(fg) : null;
        boolean rotate = f.cond() != null && parks != LoopScan.Parks.NEITHER && !LoopScan.funcLits(f.cond());
        if (rotate) fg.expr.branch(f.cond(), false, brk);
        if (nudge != null) mv.visitJumpInsn(GOTO, nudge.check());
        mv.visitLabel(top);
        if (nudge != null) osrNudgeSteps(fg, nudge, top);
        if (f.cond() != null && !rotate) fg.expr.branch(f.cond(), false, brk);
        block(f.body());
        mv.visitLabel(cont);
        preemptCheck(fg);
        if (f.post() != null) gen(f.post());
        if (nudge != null) {
            if (rotate) fg.expr.branch(f.cond(), false, brk);
            osrNudge(fg, nudge);
            mv.visitJumpInsn(GOTO, top);
        } else if (rotate) {
            fg.expr.branch(f.cond(), true, top);
        } else {
            mv.visitJumpInsn(GOTO, top);
        }
        mv.visitLabel(brk);
    }

    /**
     * A `for` loop's back-edge polls the scheduler's preemption request, so a goroutine that loops
     * without blocking yields its carrier once the monitor sees others waiting behind it (gc
     * preempts since 1.14). Preempt.poll folds to a constant until preemption is first needed.
     * Range loops poll too: a range over a long slice or map can spin as long as any `for`. In a
     * stackless goroutine the yield is a suspension point.
     */
    static void preemptCheck(FuncGen fg) {
        if (Boolean.getBoolean("gojc.nopreempt")) {
            return; // measuring the poll's cost (bench/README.md)
        }
        MethodVisitor mv = fg.mv;
        Label run = new Label();
        mv.visitMethodInsn(INVOKESTATIC, PREEMPT, "poll", "()Z", false);
        mv.visitJumpInsn(IFEQ, run);
        fg.suspendPoint();
        mv.visitMethodInsn(INVOKESTATIC, PREEMPT, "check", "()V", false);
        mv.visitLabel(run);
    }

    private static final String PREEMPT = "gojc/runtime/sched/Preempt";

    /**
     * The OSR nudge of a loop that does channel operations: while its frame is interpreted, each
     * back-edge sets a count of 1024 that the loop's header then spends in as many jumps back to
     * itself (Osr.COMPILED; compiled code never sets it). A goroutine blocking in a loop usually
     * entered it before its method was compiled, and HotSpot moves an interpreted frame to
     * compiled code (OSR) only when the method's back-edge counter, shared by all its frames,
     * passes a multiple of 1024 while that frame is the one looping: a thousand goroutines in one
     * loop each wait their turn, and meanwhile every park and wake-up of an interpreted frame
     * takes the JDK's slow freeze/thaw path (a ring of 1000 goroutines ran twice as long). The
     * extra back-edges pass such a multiple in this very frame, and they target the loop's own
     * header, where the compiled code is entered: an OSR entry into an inner loop would leave
     * the outer loop irreducible and unoptimised (a tight loop ran 18% slower).
     *
     * <p>A Nudge is the two locals, and the test, which the loop's entry jumps to before the header.
     */
    record Nudge(int steps, int budget, Label check) {}

    /**
     * A frame nudges at most 64 times: C1's code, unlike C2's, does not fold Osr.COMPILED, and
     * nudging on every back-edge there slowed a tight loop of buffered sends by 11%. The loop's
     * entry runs the test too, so that C2 finds it (and the header's steps) already run: C2 does
     * not inline a call never run (Osr.compiled would answer false in compiled code) and compiles
     * a branch never taken as a trap, which goroutines parked in the loop would each take.
     */
    static Nudge osrNudgeSlots(FuncGen fg) {
        if (fg.stackless) return null; // stackless code returns where it would park: no frame stays interpreted
        MethodVisitor mv = fg.mv;
        // Initialises Osr before the first back-edge: compiled before any goroutine had looped
        // once, the back-edge's getstatic of a class not yet initialised was a trap that each
        // goroutine took on its own (258,000 deoptimizations for 300,000 goroutines).
        mv.visitFieldInsn(GETSTATIC, OSR, "TOKEN", "Ljava/lang/Object;");
        mv.visitInsn(POP);
        Nudge n = new Nudge(fg.newSlot('I'), fg.newSlot('I'), new Label());
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, n.steps());
        mv.visitIntInsn(BIPUSH, 64);
        mv.visitVarInsn(ISTORE, n.budget());
        return n;
    }

    /** At the loop's header: spends the steps in jumps back to the header. */
    static void osrNudgeSteps(FuncGen fg, Nudge n, Label header) {
        MethodVisitor mv = fg.mv;
        Label go = new Label();
        mv.visitVarInsn(ILOAD, n.steps());
        mv.visitJumpInsn(IFLE, go);
        mv.visitIincInsn(n.steps(), -1);
        mv.visitJumpInsn(GOTO, header);
        mv.visitLabel(go);
    }

    /**
     * On the back-edge, and on entry: sets 1024 steps if the frame is interpreted and has budget
     * left. The caller jumps to the header next.
     */
    static void osrNudge(FuncGen fg, Nudge n) {
        MethodVisitor mv = fg.mv;
        Label skip = new Label();
        mv.visitLabel(n.check());
        mv.visitVarInsn(ILOAD, n.budget());
        mv.visitJumpInsn(IFLE, skip);
        mv.visitFieldInsn(GETSTATIC, OSR, "TOKEN", "Ljava/lang/Object;");
        mv.visitMethodInsn(INVOKESTATIC, OSR, "compiled", "(Ljava/lang/Object;)Z", false);
        mv.visitJumpInsn(IFNE, skip);
        mv.visitIincInsn(n.budget(), -1);
        mv.visitIntInsn(SIPUSH, 1024);
        mv.visitVarInsn(ISTORE, n.steps());
        mv.visitLabel(skip);
    }

    private static final String OSR = "gojc/runtime/sched/Osr";

    private void range(TStmt.Range r) {
        MethodVisitor mv = fg.mv;
        Type xt = r.x().type().underlying();
        if (xt instanceof Type.Map mt) {
            MapGen.range(fg, r, mt);
            return;
        }
        if (xt instanceof Type.Chan) {
            ChanGen.range(fg, r);
            return;
        }
        if (xt instanceof Type.Slice st) {
            rangeSlice(r, st);
            return;
        }
        Label top = new Label(), cont = new Label(), brk = new Label();
        fg.targets.put(r.label(), new FuncGen.Targets(brk, cont));
        int x;
        if (xt instanceof Type.Array && r.value() != null) {
            // Go ranges over a copy of an array when the values are used.
            fg.expr.genValue(r.x());
            x = fg.newSlot('L');
            mv.visitVarInsn(ASTORE, x);
        } else {
            x = fg.temp(r.x());
        }
        int len = fg.newSlot('J');
        mv.visitVarInsn(ALOAD, x);
        switch (xt) {
            case Type.Slice s -> {
                String cls = JvmTypes.sliceClass(s.elem());
                mv.visitMethodInsn(INVOKESTATIC, cls, "len", "(L" + cls + ";)J", false);
            }
            case Type.Array a -> {
                mv.visitInsn(ARRAYLENGTH);
                mv.visitInsn(I2L);
            }
            case Type.Basic b when JvmTypes.isString(b) -> {
                mv.visitMethodInsn(INVOKEVIRTUAL, JvmTypes.GOSTRING, "len", "()I", false);
                mv.visitInsn(I2L);
            }
            default -> throw fg.unsupported(r.pos(), "range over " + r.x().type());
        }
        mv.visitVarInsn(LSTORE, len);
        int i = fg.newSlot('J');
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, i);
        int width = -1;
        mv.visitLabel(top);
        mv.visitVarInsn(LLOAD, i);
        mv.visitVarInsn(LLOAD, len);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGE, brk);
        if (r.key() != null) {
            fg.places.of(r.key(), r.key().type()).store(() -> mv.visitVarInsn(LLOAD, i));
        }
        if (xt instanceof Type.Basic) {
            // Strings decode one rune per step: rune in the low half, its width in the high half.
            int rw = fg.newSlot('J');
            mv.visitVarInsn(ALOAD, x);
            mv.visitVarInsn(LLOAD, i);
            mv.visitInsn(L2I);
            mv.visitMethodInsn(INVOKESTATIC, JvmTypes.GOSTRING, "decodeRune", "(" + JvmTypes.GOSTRING_DESC + "I)J", false);
            mv.visitVarInsn(LSTORE, rw);
            width = rw;
            if (r.value() != null) {
                fg.places.of(r.value(), r.value().type()).store(() -> {
                    mv.visitVarInsn(LLOAD, rw);
                    mv.visitInsn(L2I);
                });
            }
        } else if (r.value() != null) {
            Type elem = xt instanceof Type.Slice s ? s.elem() : ((Type.Array) xt).elem();
            fg.places.of(r.value(), elem).store(() -> {
                mv.visitVarInsn(ALOAD, x);
                mv.visitVarInsn(LLOAD, i);
                if (xt instanceof Type.Slice) {
                    fg.expr.sliceGet(elem);
                } else {
                    mv.visitInsn(L2I);
                    mv.visitInsn(Insns.aload(JvmTypes.storageDesc(elem).charAt(0)));
                    if (JvmTypes.basic(elem) == BasicKind.UINT8) Emit.narrow(mv, elem);
                }
            });
        }
        block(r.body());
        mv.visitLabel(cont);
        preemptCheck(fg);
        mv.visitVarInsn(LLOAD, i);
        if (width >= 0) {
            mv.visitVarInsn(LLOAD, width);
            mv.visitIntInsn(BIPUSH, 32);
            mv.visitInsn(LUSHR);
        } else {
            mv.visitInsn(LCONST_1);
        }
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, i);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(brk);
    }

    /**
     * Range over a slice: its array, offset and length read once into locals and an int counter,
     * elements loaded straight from the array (Go reads them live, and so does this), so the JIT
     * sees a counted loop over an array whose bounds checks it can drop.
     */
    private void rangeSlice(TStmt.Range r, Type.Slice st) {
        MethodVisitor mv = fg.mv;
        Type elem = st.elem();
        String cls = JvmTypes.sliceClass(elem), arrDesc = JvmTypes.sliceArrayDesc(elem);
        Label top = new Label(), cont = new Label(), brk = new Label();
        fg.targets.put(r.label(), new FuncGen.Targets(brk, cont));
        int x = fg.temp(r.x());
        int arr = fg.newSlot('L'), off = fg.newSlot('I'), len = fg.newSlot('I'), i = fg.newSlot('I');
        mv.visitVarInsn(ALOAD, x);
        mv.visitJumpInsn(IFNULL, brk);
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETFIELD, cls, "array", arrDesc);
        mv.visitVarInsn(ASTORE, arr);
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETFIELD, cls, "off", "I");
        mv.visitVarInsn(ISTORE, off);
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETFIELD, cls, "len", "I");
        mv.visitVarInsn(ISTORE, len);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, i);
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, i);
        mv.visitVarInsn(ILOAD, len);
        mv.visitJumpInsn(IF_ICMPGE, brk);
        if (r.key() != null) {
            fg.places.of(r.key(), r.key().type()).store(() -> {
                mv.visitVarInsn(ILOAD, i);
                mv.visitInsn(I2L);
            });
        }
        if (r.value() != null) {
            fg.places.of(r.value(), elem).store(() -> {
                mv.visitVarInsn(ALOAD, arr);
                mv.visitVarInsn(ILOAD, off);
                mv.visitVarInsn(ILOAD, i);
                mv.visitInsn(IADD);
                mv.visitInsn(Insns.aload(arrDesc.charAt(1)));
                if (JvmTypes.kind(elem) == 'L') Emit.checkcast(mv, elem);
                if (JvmTypes.basic(elem) == BasicKind.UINT8) Emit.narrow(mv, elem);
            });
        }
        block(r.body());
        mv.visitLabel(cont);
        preemptCheck(fg);
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(brk);
    }

    private void switchStmt(TStmt.Switch sw) {
        MethodVisitor mv = fg.mv;
        Label end = new Label();
        fg.targets.put(sw.label(), new FuncGen.Targets(end, null));
        Var tag = null;
        if (sw.tag() != null) {
            tag = fg.synthetic("$tag", sw.tag().type());
            fg.declare(tag, () -> fg.expr.gen(sw.tag()));
        }
        List<Label> bodies = new ArrayList<>();
        Label dflt = end;
        for (TStmt.Case c : sw.cases()) {
            Label l = new Label();
            bodies.add(l);
            if (c.isDefault()) dflt = l;
            for (TExpr v : c.values()) {
                fg.line(v.pos());
                if (tag == null) {
                    fg.expr.branch(v, true, l);
                } else {
                    TExpr tagRef = new TExpr.VarRef(v.pos(), tag.type(), tag);
                    // a concrete tag compares with an interface case value as that interface
                    if (v.type().underlying() instanceof Type.Interface && !(tag.type().underlying() instanceof Type.Interface)) {
                        tagRef = new TExpr.Convert(v.pos(), v.type(), tagRef);
                    }
                    TExpr cmp = new TExpr.Binary(v.pos(), new Type.Basic(BasicKind.BOOL, "bool"), Op.EQL, tagRef, v);
                    fg.expr.branch(cmp, true, l);
                }
            }
        }
        mv.visitJumpInsn(GOTO, dflt);
        for (int i = 0; i < sw.cases().size(); i++) {
            TStmt.Case c = sw.cases().get(i);
            mv.visitLabel(bodies.get(i));
            block(c.body());
            if (!c.fallthrough()) mv.visitJumpInsn(GOTO, end);
        }
        mv.visitLabel(end);
    }
}
