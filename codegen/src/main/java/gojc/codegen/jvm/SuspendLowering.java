// This file implements the lowering of a stackless goroutine's resume() (StacklessGen): each
// parking point, a call to a blocking channel operation or the preemption yield that FuncGen
// marked, becomes the runtime's non-blocking variant followed, when that suspended the goroutine,
// by saving every live local and operand into fields of the class, setting pc, and returning. A
// switch on pc at the method's entry jumps to the matching resume label, which reloads them and
// finishes the operation. The types to save come from the frame ASM computed at each marker (the
// same frames the verifier checks), so codegen need not track them. If anything in the body could
// park that is not such a point (an unknown call), resume() is dropped and the class declares
// itself not stackless: the goroutine then runs body() on a virtual thread, as any other.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

final class SuspendLowering {
    private static final String CHAN = "gojc/runtime/chan/Chan";
    private static final String SELECT = "gojc/runtime/chan/Select";
    private static final String OPS = "gojc/runtime/chan/Stackless";
    private static final String CO = StacklessGen.COROUTINE;
    private static final String CO_DESC = "L" + CO + ";";
    private static final String OBJ = "Ljava/lang/Object;";
    private static final boolean DEBUG = Boolean.getBoolean("gojc.stackless.debug");

    private SuspendLowering() {}

    /** The parking operations: how to try each, and how to finish it after resuming. */
    private enum Op {
        SEND(2), RECV(1), RECV_OK(1), SELECT(2), YIELD(0);

        /** Operand stack entries the blocking call consumes. */
        final int operands;

        Op(int operands) {
            this.operands = operands;
        }
    }

    private record Point(MethodInsnNode call, Op op, FrameNode frame) {}

    static final class NotStackless extends Exception {
        NotStackless(String why) {
            super(why, null, false, false);
        }
    }

    /** The class with resume() lowered, or with it dropped if the body cannot run stackless. */
    static byte[] lower(ProgramGen prog, byte[] bytes) {
        ClassNode cn = new ClassNode();
        new ClassReader(bytes).accept(cn, ClassReader.EXPAND_FRAMES);
        MethodNode resume = cn.methods.stream().filter(m -> m.name.equals("resume")).findFirst().orElseThrow();
        try {
            new Body(cn, resume).lower();
        } catch (NotStackless e) {
            if (DEBUG) System.err.println("gojc: " + cn.name + " is not stackless: " + e.getMessage());
            cn.methods.remove(resume);
            MethodNode no = new MethodNode(ACC_PUBLIC, "stackless", "()Z", null, null);
            no.instructions.add(new InsnNode(ICONST_0));
            no.instructions.add(new InsnNode(IRETURN));
            cn.methods.add(no);
        }
        ClassWriter cw = new GoClassWriter(prog.programClasses, prog.superClasses, prog.loader);
        cn.accept(cw);
        return cw.toByteArray();
    }

    private static final class Body {
        private final ClassNode cn;
        private final MethodNode m;
        private final Set<String> fields = new HashSet<>();

        Body(ClassNode cn, MethodNode m) {
            this.cn = cn;
            this.m = m;
        }

        void lower() throws NotStackless {
            List<Point> points = new ArrayList<>();
            for (AbstractInsnNode in : m.instructions.toArray()) {
                if (in instanceof MethodInsnNode mi) {
                    Op op = parkingOp(mi);
                    if (op != null) points.add(new Point(mi, op, marker(mi)));
                    else if (!allowed(mi)) throw new NotStackless("calls " + mi.owner + "." + mi.name);
                } else if (in.getOpcode() == INVOKEDYNAMIC || in.getOpcode() == MONITORENTER) {
                    throw new NotStackless("uses " + in.getOpcode());
                }
            }
            LabelNode start = new LabelNode();
            LabelNode[] resumes = new LabelNode[points.size()];
            for (int k = 0; k < points.size(); k++) resumes[k] = expand(points.get(k), k + 1);
            InsnList entry = new InsnList();
            if (resumes.length > 0) {
                entry.add(new VarInsnNode(ALOAD, 0));
                entry.add(new FieldInsnNode(GETFIELD, CO, "pc", "I"));
                entry.add(new TableSwitchInsnNode(1, resumes.length, start, resumes));
            }
            entry.add(start);
            m.instructions.insert(entry);
        }

        private static Op parkingOp(MethodInsnNode mi) {
            return switch (mi.owner + "." + mi.name + mi.desc) {
                case CHAN + ".send(L" + CHAN + ";" + OBJ + ")V" -> Op.SEND;
                case CHAN + ".recv(L" + CHAN + ";)" + OBJ -> Op.RECV;
                case CHAN + ".recvOk(L" + CHAN + ";)" + OBJ -> Op.RECV_OK;
                case SELECT + ".run(Z)I" -> Op.SELECT;
                case "gojc/runtime/sched/Preempt.check()V" -> Op.YIELD;
                default -> null;
            };
        }

        /**
         * The frame FuncGen.suspendPoint left before call (ICONST_0; IFNE L; L: [frame] call);
         * the branch goes, the frame stays for expand.
         */
        private FrameNode marker(MethodInsnNode call) throws NotStackless {
            FrameNode frame = null;
            AbstractInsnNode p = call.getPrevious();
            for (; p != null && p.getOpcode() < 0; p = p.getPrevious()) {
                if (p instanceof FrameNode f && frame == null) frame = f;
            }
            if (frame == null || !(p instanceof JumpInsnNode j) || j.getOpcode() != IFNE
                    || j.getPrevious() == null || j.getPrevious().getOpcode() != ICONST_0) {
                throw new NotStackless("unmarked parking call " + call.name);
            }
            m.instructions.remove(j.getPrevious());
            m.instructions.remove(j);
            return frame;
        }

        /**
         * Whether a call in resume() cannot park. The Go calls were vetted by ParkScan; this checks
         * what codegen emits around them: calls of the program's classes (functions, methods,
         * struct and closure helpers; not all of them exist yet), value operations of the runtime
         * and JDK, deferred calls, Java-bound functions that never wait, and the channel
         * operations that never block.
         */
        private static boolean allowed(MethodInsnNode mi) {
            String o = mi.owner;
            if (mi.getOpcode() == INVOKEINTERFACE) return o.equals("java/lang/Runnable") && mi.name.equals("run");
            if (o.startsWith("gojc/runtime/lib/")) {
                String pkg = o.substring("gojc/runtime/lib/".length(), o.lastIndexOf('/'));
                return ParkScan.neverWaits(pkg, mi.name);
            }
            if (!o.startsWith("gojc/runtime/") && !o.startsWith("java/")) {
                return !o.startsWith("jdk/") && !o.startsWith("sun/") && !o.startsWith("javax/");
            }
            return switch (o) {
                case "java/lang/Object", "java/lang/Long", "java/lang/Integer", "java/lang/Short", "java/lang/Byte",
                        "java/lang/Character", "java/lang/Boolean", "java/lang/Float", "java/lang/Double",
                        "java/lang/Math", "java/lang/StrictMath", "java/lang/System", "java/util/Arrays",
                        "java/util/ArrayList", "java/util/Objects" -> true;
                case CHAN -> Set.of("make", "len", "cap", "close").contains(mi.name);
                case SELECT -> Set.of("<init>", "send", "recv", "value", "ok").contains(mi.name);
                case "gojc/runtime/sched/Preempt" -> mi.name.equals("poll");
                case "gojc/runtime/sched/Scheduler" -> mi.name.equals("go");
                case "gojc/runtime/Builtins", "gojc/runtime/ByteSearch", "gojc/runtime/Complex128",
                        "gojc/runtime/Complex64", "gojc/runtime/GoPanic", "gojc/runtime/GoString", "gojc/runtime/Ops",
                        "gojc/runtime/RuntimeError", "gojc/runtime/Utf8", "gojc/runtime/dyn/Dyn",
                        "gojc/runtime/dyn/Panics" -> true;
                default -> o.startsWith("gojc/runtime/box/") || o.startsWith("gojc/runtime/map/")
                        || o.startsWith("gojc/runtime/slice/") || o.startsWith("gojc/runtime/ptr/")
                        || o.startsWith("gojc/runtime/type/") || o.startsWith("gojc/runtime/tuple/");
            };
        }

        /**
         * Replaces the parking call of point p (number k) with its non-blocking variant, the save
         * and return when it suspended, and the resume label (returned) that restores and finishes.
         */
        private LabelNode expand(Point p, int k) throws NotStackless {
            List<Object> stack = p.frame().stack;
            List<Object> kept = new ArrayList<>(stack.subList(0, stack.size() - p.op().operands));
            LabelNode done = new LabelNode(), resume = new LabelNode();
            InsnList code = new InsnList();
            code.add(new VarInsnNode(ALOAD, 0));
            switch (p.op()) {
                case SEND -> {
                    code.add(call(OPS, "trySend", "(L" + CHAN + ";" + OBJ + CO_DESC + ")Z"));
                    code.add(new JumpInsnNode(IFNE, done));
                }
                case RECV, RECV_OK -> {
                    code.add(call(OPS, p.op() == Op.RECV ? "tryRecv" : "tryRecvOk", "(L" + CHAN + ";" + CO_DESC + ")" + OBJ));
                    code.add(new InsnNode(DUP));
                    code.add(new FieldInsnNode(GETSTATIC, OPS, "SUSPENDED", OBJ));
                    code.add(new JumpInsnNode(IF_ACMPNE, done));
                    code.add(new InsnNode(POP));
                }
                case SELECT -> {
                    code.add(call(OPS, "trySelect", "(L" + SELECT + ";Z" + CO_DESC + ")I"));
                    code.add(new InsnNode(DUP));
                    code.add(new IntInsnNode(BIPUSH, -2));
                    code.add(new JumpInsnNode(IF_ICMPNE, done));
                    code.add(new InsnNode(POP));
                }
                case YIELD -> {
                    code.add(call(CO, "preempt", "(" + CO_DESC + ")Z"));
                    code.add(new JumpInsnNode(IFEQ, done));
                }
            }
            save(code, p.frame().local, kept);
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new LdcInsnNode(k));
            code.add(new FieldInsnNode(PUTFIELD, CO, "pc", "I"));
            code.add(new InsnNode(RETURN));
            // The restoring code goes after the method's last instruction, outside every try
            // block: an exception handler's frame merges those of all the code it covers, and
            // before the restore there is nothing but `this` (a deferred call's handler lost its
            // locals). It jumps back here, where finishing the operation may panic.
            LabelNode finish = new LabelNode();
            InsnList tail = new InsnList();
            tail.add(resume);
            restore(tail, p.frame().local, kept);
            tail.add(new JumpInsnNode(GOTO, finish));
            m.instructions.add(tail);
            code.add(finish);
            if (p.op() != Op.YIELD) code.add(new VarInsnNode(ALOAD, 0));
            switch (p.op()) {
                case SEND -> code.add(call(OPS, "sent", "(" + CO_DESC + ")V"));
                case RECV -> code.add(call(OPS, "received", "(" + CO_DESC + ")" + OBJ));
                case RECV_OK -> code.add(call(OPS, "receivedOk", "(" + CO_DESC + ")" + OBJ));
                case SELECT -> code.add(call(OPS, "selected", "(" + CO_DESC + ")I"));
                case YIELD -> {}
            }
            code.add(done);
            m.instructions.insert(p.call(), code);
            m.instructions.remove(p.call());
            return resume;
        }

        private static MethodInsnNode call(String owner, String name, String desc) {
            return new MethodInsnNode(INVOKESTATIC, owner, name, desc, false);
        }

        /** Pops the kept operands (top first) into fields, then copies the locals into fields. */
        private void save(InsnList code, List<Object> locals, List<Object> kept) throws NotStackless {
            for (int d = kept.size() - 1; d >= 0; d--) {
                Object t = kept.get(d);
                if (t == NULL) {
                    code.add(new InsnNode(POP));
                    continue;
                }
                code.add(new VarInsnNode(ALOAD, 0));
                if (size(t) == 2) {
                    code.add(new InsnNode(DUP_X2));
                    code.add(new InsnNode(POP));
                } else {
                    code.add(new InsnNode(SWAP));
                }
                code.add(new FieldInsnNode(PUTFIELD, cn.name, field("s", d, t), fieldDesc(t)));
            }
            int slot = 0;
            for (Object t : locals) {
                if (slot > 0 && t != TOP && t != NULL) {
                    code.add(new VarInsnNode(ALOAD, 0));
                    code.add(new VarInsnNode(load(t), slot));
                    code.add(new FieldInsnNode(PUTFIELD, cn.name, field("l", slot, t), fieldDesc(t)));
                }
                slot += size(t);
            }
        }

        /** Reloads the locals, then pushes the kept operands back, bottom first. */
        private void restore(InsnList code, List<Object> locals, List<Object> kept) throws NotStackless {
            int slot = 0;
            for (Object t : locals) {
                if (slot > 0 && t != TOP) {
                    get(code, t, field("l", slot, t));
                    code.add(new VarInsnNode(load(t) + (ISTORE - ILOAD), slot));
                }
                slot += size(t);
            }
            for (int d = 0; d < kept.size(); d++) get(code, kept.get(d), field("s", d, kept.get(d)));
        }

        private void get(InsnList code, Object t, String field) throws NotStackless {
            if (t == NULL) {
                code.add(new InsnNode(ACONST_NULL));
                return;
            }
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, cn.name, field, fieldDesc(t)));
            if (t instanceof String s && !s.equals("java/lang/Object")) code.add(new TypeInsnNode(CHECKCAST, s));
        }

        /** The field holding a local or operand of frame type t, declared on first use. */
        private String field(String what, int index, Object t) throws NotStackless {
            String d = fieldDesc(t);
            String name = what + index + (d.length() == 1 ? d : "A");
            if (fields.add(name)) cn.fields.add(new FieldNode(ACC_PRIVATE, name, d, null, null));
            return name;
        }

        private static String fieldDesc(Object t) throws NotStackless {
            if (t == INTEGER) return "I";
            if (t == LONG) return "J";
            if (t == FLOAT) return "F";
            if (t == DOUBLE) return "D";
            if (t instanceof String || t == NULL) return OBJ;
            throw new NotStackless("an uninitialised value is live across a parking point");
        }

        private static int load(Object t) throws NotStackless {
            return Type.getType(fieldDesc(t)).getOpcode(ILOAD);
        }

        private static int size(Object t) {
            return t == LONG || t == DOUBLE ? 2 : 1;
        }
    }
}
