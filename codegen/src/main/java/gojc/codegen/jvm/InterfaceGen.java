// This file implements interfaces (docs/abi.md "Interfaces and boxing"): the M_ JVM interfaces,
// boxing values of defined types, calls through interfaces (invokeinterface), type assertions with
// gc's panic texts (a boxed struct value is told from a *T by its $boxed flag), and type switches.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TStmt;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

final class InterfaceGen {
    static final String IFACE_PKG = "gojc/runtime/iface/M_";
    static final String DYN = "gojc/runtime/dyn/Dyn";

    private InterfaceGen() {}

    /**
     * The name is the method's name and its parameters' and results' kind letters, so the
     * runtime's precompiled types (errors.New's, fmt.Errorf's) implement user interfaces such as
     * {@code Error() string} or {@code Unwrap() error}. Kind letters alone would give one name to
     * {@code Unwrap() error} and {@code Unwrap() []error}: a signature with a reference type other
     * than string, []byte or an interface is told apart by a hash of its Go types.
     */
    static String ifaceName(String name, Type.Signature sig) {
        List<Type> params = JvmTypes.varTypes(sig.params()), results = JvmTypes.varTypes(sig.results());
        String base = IFACE_PKG + name + "_" + JvmTypes.kinds(params) + "_" + JvmTypes.kinds(results);
        if (plain(params) && plain(results)) return base;
        return base + "$" + JvmTypes.stableHash(params + "->" + results + (sig.variadic() ? "..." : ""));
    }

    private static boolean plain(List<Type> types) {
        for (Type t : types) {
            if (JvmTypes.kind(t) != 'L' || t.underlying() instanceof Type.Interface) continue;
            if (t.underlying() instanceof Type.Basic b && b.kind() == BasicKind.STRING) continue;
            if (t instanceof Type.Slice sl && sl.elem().underlying() instanceof Type.Basic e && e.kind() == BasicKind.UINT8) continue;
            return false;
        }
        return true;
    }

    static void emitIface(ProgramGen prog, String name, Type.Signature sig) {
        prog.programClasses.add(name);
        ClassWriter cw = new GoClassWriter(prog.programClasses, prog.superClasses, prog.loader);
        cw.visit(ProgramGen.VERSION, ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, name, null, JvmTypes.OBJECT, null);
        String method = name.substring(IFACE_PKG.length(), name.indexOf('_', IFACE_PKG.length()));
        cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, method, JvmTypes.fnCallDesc(sig), null, null).visitEnd();
        prog.add(name, cw);
    }

    /** Boxes a value of a defined type t (not an interface) on the stack; false if t is not one. */
    static boolean boxNamed(FuncGen fg, Type t) {
        MethodVisitor mv = fg.mv;
        if (t instanceof Type.Pointer) return true; // *T of a struct: the object itself
        if (!(t instanceof Named n)) {
            if (JvmTypes.isStruct(t)) {
                String c = fg.prog.structClass(t);
                mv.visitMethodInsn(INVOKEVIRTUAL, c, "$box", "()L" + c + ";", false);
                return true;
            }
            return false;
        }
        String c = JvmTypes.namedClass(n);
        if (n.underlying() instanceof Type.Struct) {
            mv.visitMethodInsn(INVOKEVIRTUAL, c, "$box", "()L" + c + ";", false);
            return true;
        }
        String d = JvmTypes.desc(n);
        char k = JvmTypes.kind(n);
        int tmp = fg.newSlot(k);
        mv.visitVarInsn(Insns.store(k), tmp);
        mv.visitTypeInsn(NEW, c);
        mv.visitInsn(DUP);
        mv.visitVarInsn(Insns.load(k), tmp);
        mv.visitMethodInsn(INVOKESPECIAL, c, "<init>", "(" + d + ")V", false);
        return true;
    }

    /** An interface's complete method set: its own methods and those of embedded interfaces. */
    static List<Type.Method> methodSet(Type.Interface it) {
        java.util.Map<String, Type.Method> all = new java.util.TreeMap<>();
        for (Type.Method m : it.methods()) all.put(m.name(), m);
        for (Type e : it.embedded()) {
            if (e.underlying() instanceof Type.Interface ei) for (Type.Method m : methodSet(ei)) all.putIfAbsent(m.name(), m);
        }
        return List.copyOf(all.values());
    }

    /** The dynamic-type test of x.(T): [Object] → [int]. */
    static void isType(FuncGen fg, Type t) {
        MethodVisitor mv = fg.mv;
        if (t.underlying() instanceof Type.Interface it) {
            Label no = new Label(), end = new Label();
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, no);
            for (Type.Method m : methodSet(it)) {
                mv.visitInsn(DUP);
                mv.visitTypeInsn(INSTANCEOF, fg.prog.ifaceMethod(m.name(), m.sig()));
                mv.visitJumpInsn(IFEQ, no);
            }
            mv.visitInsn(POP);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(no);
            mv.visitInsn(POP);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(end);
            return;
        }
        boolean struct = JvmTypes.isStruct(t), ptr = t instanceof Type.Pointer p && JvmTypes.isStruct(p.elem());
        if (PtrBoxGen.has(t)) {
            mv.visitTypeInsn(INSTANCEOF, PtrBoxGen.boxClass(t));
            return;
        }
        if (TypeDescGen.needsTyped(t) && !ptr) {
            TypeDescGen.isType(fg, t);
            return;
        }
        if (struct || ptr) {
            String c = struct ? fg.prog.structClass(t) : JvmTypes.structClass(((Type.Pointer) t).elem());
            Label no = new Label(), end = new Label();
            mv.visitInsn(DUP);
            mv.visitTypeInsn(INSTANCEOF, c);
            mv.visitJumpInsn(IFEQ, no);
            mv.visitTypeInsn(CHECKCAST, c);
            mv.visitFieldInsn(GETFIELD, c, StructGen.BOXED, "Z");
            if (ptr) {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(no);
            mv.visitInsn(POP);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(end);
            return;
        }
        mv.visitTypeInsn(INSTANCEOF, boxClass(t));
    }

    /** The class a value of the concrete type t has inside an interface. */
    static String boxClass(Type t) {
        if (t instanceof Named n) return JvmTypes.namedClass(n);
        BasicKind k = JvmTypes.basic(t);
        if (k != null) {
            return switch (k) {
                case BOOL -> "java/lang/Boolean";
                case INT -> "java/lang/Long";
                case INT8 -> "java/lang/Byte";
                case INT16 -> "java/lang/Short";
                case INT32 -> "java/lang/Integer";
                case FLOAT32 -> "java/lang/Float";
                case FLOAT64 -> "java/lang/Double";
                case STRING -> JvmTypes.GOSTRING;
                case COMPLEX64 -> JvmTypes.COMPLEX64;
                case COMPLEX128 -> JvmTypes.COMPLEX128;
                case INT64 -> "gojc/runtime/box/Int64";
                case UINT -> "gojc/runtime/box/Uint";
                case UINT64 -> "gojc/runtime/box/Uint64";
                case UINTPTR -> "gojc/runtime/box/Uintptr";
                case UINT8 -> "gojc/runtime/box/Uint8";
                case UINT16 -> "gojc/runtime/box/Uint16";
                case UINT32 -> "gojc/runtime/box/Uint32";
                default -> JvmTypes.OBJECT;
            };
        }
        return JvmTypes.internalName(t);
    }

    /** [Object known to hold a t] → the value of t on the stack. */
    static void unbox(FuncGen fg, Type t) {
        MethodVisitor mv = fg.mv;
        if (t.underlying() instanceof Type.Interface) return;
        if (t instanceof Named n && !(n.underlying() instanceof Type.Struct)) {
            String c = JvmTypes.namedClass(n);
            mv.visitTypeInsn(CHECKCAST, c);
            mv.visitFieldInsn(GETFIELD, c, "v", JvmTypes.desc(n));
            return;
        }
        if (PtrBoxGen.has(t)) {
            PtrBoxGen.unbox(mv, t);
            return;
        }
        if (TypeDescGen.needsTyped(t)) {
            TypeDescGen.unbox(fg, t);
            return;
        }
        if (TypeDescGen.isStructPtr(t)) {
            String c = fg.prog.structClass(((Type.Pointer) t).elem());
            mv.visitTypeInsn(CHECKCAST, c);
            StructGen.unboxPtr(mv, c);
            return;
        }
        BasicKind k = JvmTypes.basic(t);
        if (k == null || k == BasicKind.STRING || k.isComplex()) {
            Emit.checkcast(mv, t);
            return;
        }
        String c = boxClass(t);
        mv.visitTypeInsn(CHECKCAST, c);
        switch (k) {
            case BOOL -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "booleanValue", "()Z", false);
            case INT -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "longValue", "()J", false);
            case INT8 -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "byteValue", "()B", false);
            case INT16 -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "shortValue", "()S", false);
            case INT32 -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "intValue", "()I", false);
            case FLOAT32 -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "floatValue", "()F", false);
            case FLOAT64 -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "doubleValue", "()D", false);
            default -> mv.visitMethodInsn(INVOKEVIRTUAL, c, "v", "()" + JvmTypes.kind(t), false);
        }
    }

    /** x.(T) and its comma-ok form. */
    static void typeAssert(FuncGen fg, TExpr.TypeAssert a) {
        MethodVisitor mv = fg.mv;
        fg.expr.gen(a.x());
        int x = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, x);
        mv.visitVarInsn(ALOAD, x);
        isType(fg, a.target());
        Type t = a.target();
        if (a.commaOk()) {
            int ok = fg.newSlot('I');
            mv.visitVarInsn(ISTORE, ok);
            List<Type> types = List.of(t, new Type.Basic(BasicKind.BOOL, "bool"));
            String tuple = fg.prog.tuple(types);
            mv.visitTypeInsn(NEW, tuple);
            mv.visitInsn(DUP);
            Label zero = new Label(), end = new Label();
            mv.visitVarInsn(ILOAD, ok);
            mv.visitJumpInsn(IFEQ, zero);
            mv.visitVarInsn(ALOAD, x);
            unbox(fg, t);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(zero);
            fg.expr.zero(t);
            mv.visitLabel(end);
            mv.visitVarInsn(ILOAD, ok);
            mv.visitMethodInsn(INVOKESPECIAL, tuple, "<init>", JvmTypes.tupleCtorDesc(types), false);
            return;
        }
        Label ok = new Label();
        mv.visitJumpInsn(IFNE, ok);
        mv.visitVarInsn(ALOAD, x);
        mv.visitLdcInsn(a.x().type().toString());
        mv.visitLdcInsn(t.toString());
        if (t.underlying() instanceof Type.Interface it) {
            // gc names the first method (in name order) the dynamic type lacks: pass each method's
            // name and JVM interface so the runtime can find it.
            StringBuilder methods = new StringBuilder();
            methodSet(it).stream().sorted(java.util.Comparator.comparing(Type.Method::name)).forEach(m ->
                    methods.append(m.name()).append(' ').append(fg.prog.ifaceMethod(m.name(), m.sig()).replace('/', '.')).append('\n'));
            mv.visitLdcInsn(methods.toString());
            mv.visitMethodInsn(INVOKESTATIC, DYN, "assertIfaceFailed",
                    "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/RuntimeException;", false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, DYN, "assertFailed",
                    "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/RuntimeException;", false);
        }
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        mv.visitVarInsn(ALOAD, x);
        unbox(fg, t);
    }

    static void call(FuncGen fg, TExpr.CallInterface c) {
        MethodVisitor mv = fg.mv;
        Type.Signature sig = c.method().sig();
        String iface = fg.prog.ifaceMethod(c.method().name(), sig);
        fg.expr.gen(c.recv());
        mv.visitTypeInsn(CHECKCAST, iface);
        for (TExpr a : c.args()) fg.expr.genValue(a);
        fg.line(c.pos());
        mv.visitMethodInsn(INVOKEINTERFACE, iface, c.method().name(), JvmTypes.fnCallDesc(sig), true);
        if (sig.results().size() == 1 && JvmTypes.kind(sig.results().get(0).type()) == 'L') {
            Emit.checkcast(mv, sig.results().get(0).type());
        }
    }

    /** A type switch: the subject once, then each clause's types tested in order. */
    static void typeSwitch(FuncGen fg, TStmt.TypeSwitch ts) {
        MethodVisitor mv = fg.mv;
        fg.expr.gen(ts.subject());
        int x = fg.newSlot('L');
        mv.visitVarInsn(ASTORE, x);
        Label end = new Label();
        fg.targets.put(ts.label(), new FuncGen.Targets(end, null));
        TStmt.TypeCase dflt = null;
        for (TStmt.TypeCase c : ts.cases()) {
            if (c.isDefault()) {
                dflt = c;
                continue;
            }
            Label next = new Label(), body = new Label();
            for (Type t : c.types()) {
                mv.visitVarInsn(ALOAD, x);
                if (t == null) {
                    mv.visitJumpInsn(IFNULL, body);
                } else {
                    isType(fg, t);
                    mv.visitJumpInsn(IFNE, body);
                }
            }
            mv.visitJumpInsn(GOTO, next);
            mv.visitLabel(body);
            clause(fg, c, x);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(next);
        }
        if (dflt != null) clause(fg, dflt, x);
        mv.visitLabel(end);
    }

    private static void clause(FuncGen fg, TStmt.TypeCase c, int x) {
        Var v = c.var();
        if (v != null) {
            Type single = c.types().size() == 1 ? c.types().get(0) : null;
            fg.declare(v, () -> {
                fg.mv.visitVarInsn(ALOAD, x);
                if (single != null && !(v.type().underlying() instanceof Type.Interface)) {
                    unbox(fg, v.type());
                    StructGen.copyOnStack(fg.mv, v.type());
                }
            });
        }
        fg.stmt.block(c.body());
    }
}
