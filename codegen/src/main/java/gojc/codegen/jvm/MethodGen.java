// This file implements defined types and their methods (docs/abi.md "Methods"): the class P/T of
// each defined type T (struct members, or the box field v of a non-struct type), each method M as
// static M(recv, params...) in P/T, and the bridge methods that make the class implement the
// M_ interfaces of its method set; plus method calls and method values.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.tree.TFunc;
import gojc.frontend.tree.TPackage;
import gojc.frontend.types.Func;
import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class MethodGen {
    private MethodGen() {}

    /** The defined type a method's receiver names (T for both T and *T). */
    static Named base(Type recv) {
        Type t = recv instanceof Type.Pointer p ? p.elem() : recv;
        return (Named) t;
    }

    static boolean pointerRecv(Func m) {
        return m.type().recv().type() instanceof Type.Pointer;
    }

    static String methodDesc(Func m) {
        StringBuilder sb = new StringBuilder("(").append(JvmTypes.desc(m.type().recv().type()));
        for (Var p : m.type().params()) sb.append(JvmTypes.desc(p.type()));
        return sb.append(")").append(JvmTypes.returnDesc(JvmTypes.varTypes(m.type().results()))).toString();
    }

    /** Emits the class of every defined type of pkg with its methods. */
    static void types(PackageGen pg, ProgramGen prog, TPackage pkg, String sourceFile) {
        for (Named n : pkg.types()) {
            if (n.underlying() instanceof Type.Interface) continue;
            String cls = JvmTypes.namedClass(n);
            List<TFunc> methods = new ArrayList<>();
            for (TFunc f : pkg.funcs()) {
                if (f.recv() != null && f.body() != null && base(f.recv().type()) == n) methods.add(f);
            }
            boolean struct = n.underlying() instanceof Type.Struct;
            Set<String> ifaces = new LinkedHashSet<>();
            for (Func m : n.methods()) {
                if (!struct && pointerRecv(m)) continue;
                ifaces.add(prog.ifaceMethod(m.name(), m.type()));
            }
            List<Promoted> promoted = struct ? promoted(n) : List.of();
            for (Promoted p : promoted) ifaces.add(prog.ifaceMethod(p.m().name(), p.m().type()));
            ClassWriter cw = prog.newClass(cls, JvmTypes.OBJECT, ifaces.toArray(String[]::new), sourceFile);
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "$goType", "Ljava/lang/String;", null, n.toString())
                    .visitEnd();
            cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, TypeDescGen.FIELD, "Ljava/lang/String;", null,
                    TypeDescGen.define(prog, n)).visitEnd();
            if (struct) {
                StructGen.members(prog, cw, cls, (Type.Struct) n.underlying());
            } else {
                boxMembers(cw, cls, n);
            }
            for (TFunc f : methods) pg.method(cw, JvmTypes.jvmName(f.obj().name()), methodDesc(f.obj()), f);
            for (Func m : n.methods()) {
                if (!struct && pointerRecv(m)) continue;
                bridge(prog, cw, cls, n, m);
            }
            for (Promoted p : promoted) promotedBridge(cw, cls, p);
            prog.add(cls, cw);
            if (PtrBoxGen.hasBox(n)) PtrBoxGen.emit(prog, n, sourceFile);
        }
    }

    /** A method of an embedded field's type (depth 1) not shadowed by n's own methods or fields. */
    record Promoted(String fieldName, Type fieldType, Func m) {}

    static List<Promoted> promoted(Named n) {
        Type.Struct st = (Type.Struct) n.underlying();
        Set<String> own = new java.util.HashSet<>();
        for (Func m : n.methods()) own.add(m.name());
        for (Type.Field f : st.fields()) own.add(f.name());
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        List<Promoted> out = new ArrayList<>();
        for (int i = 0; i < st.fields().size(); i++) {
            Type.Field f = st.fields().get(i);
            if (!f.embedded()) continue;
            Type ft = f.type();
            Type bt = ft instanceof Type.Pointer p ? p.elem() : ft;
            if (!(bt instanceof Named en) || !(en.underlying() instanceof Type.Struct)) continue;
            for (Func m : en.methods()) {
                if (own.contains(m.name())) continue;
                count.merge(m.name(), 1, Integer::sum);
                out.add(new Promoted(JvmTypes.fieldName(st, i), ft, m));
            }
        }
        // Ambiguous selectors at the same depth are not promoted.
        out.removeIf(p -> count.get(p.m().name()) > 1);
        return out;
    }

    private static void promotedBridge(ClassWriter cw, String cls, Promoted p) {
        Func m = p.m();
        Type.Signature sig = m.type();
        Type bt = p.fieldType() instanceof Type.Pointer ptr ? ptr.elem() : p.fieldType();
        String ecls = JvmTypes.namedClass((Named) bt);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, m.name(), JvmTypes.fnCallDesc(sig), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        StructGen.unboxPtr(mv, cls);
        mv.visitFieldInsn(GETFIELD, cls, p.fieldName(), JvmTypes.storageDesc(p.fieldType()));
        if (!pointerRecv(m)) mv.visitMethodInsn(INVOKEVIRTUAL, ecls, "$copy", "()L" + ecls + ";", false);
        int slot = 1;
        for (Var v : sig.params()) {
            char k = JvmTypes.kind(v.type());
            mv.visitVarInsn(Insns.load(k), slot);
            if (k == 'L') Emit.checkcast(mv, v.type());
            slot += JvmTypes.size(k);
        }
        mv.visitMethodInsn(INVOKESTATIC, ecls, JvmTypes.jvmName(m.name()), methodDesc(m), false);
        List<Type> rs = JvmTypes.varTypes(sig.results());
        mv.visitInsn(Insns.ret(rs.isEmpty() ? 'V' : rs.size() == 1 ? JvmTypes.kind(rs.get(0)) : 'L'));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A non-struct defined type boxes as its class with the value in field v. */
    private static void boxMembers(ClassWriter cw, String cls, Named n) {
        String d = JvmTypes.desc(n);
        cw.visitField(ACC_PUBLIC | ACC_FINAL, "v", d, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "(" + d + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(Insns.load(JvmTypes.kind(n)), 1);
        mv.visitFieldInsn(PUTFIELD, cls, "v", d);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        // Go == on the boxed values: the values' ==.
        mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
        mv.visitCode();
        org.objectweb.asm.Label no = new org.objectweb.asm.Label();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, cls);
        mv.visitJumpInsn(IFEQ, no);
        loadBoxed(mv, cls, n, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, cls);
        mv.visitFieldInsn(GETFIELD, cls, "v", d);
        compareOnStack(mv, n, no);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
        mv.visitCode();
        loadBoxed(mv, cls, n, 0);
        switch (JvmTypes.kind(n)) {
            case 'Z' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
            case 'I' -> {}
            case 'J' -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
            case 'F' -> mv.visitMethodInsn(INVOKESTATIC, StructGen.KEYS, "hashF", "(F)I", false);
            case 'D' -> mv.visitMethodInsn(INVOKESTATIC, StructGen.KEYS, "hashD", "(D)I", false);
            default -> mv.visitMethodInsn(INVOKESTATIC, StructGen.KEYS, "hash", "(Ljava/lang/Object;)I", false);
        }
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void loadBoxed(MethodVisitor mv, String cls, Named n, int slot) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitFieldInsn(GETFIELD, cls, "v", JvmTypes.desc(n));
    }

    /** Two values of n's representation on the stack: jumps to no when they differ under Go's ==. */
    private static void compareOnStack(MethodVisitor mv, Named n, org.objectweb.asm.Label no) {
        switch (JvmTypes.kind(n)) {
            case 'Z', 'I' -> mv.visitJumpInsn(IF_ICMPNE, no);
            case 'J' -> {
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, no);
            }
            case 'F' -> {
                mv.visitInsn(FCMPL);
                mv.visitJumpInsn(IFNE, no);
            }
            case 'D' -> {
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFNE, no);
            }
            default -> {
                mv.visitMethodInsn(INVOKESTATIC, StructGen.KEYS, "eq", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(IFEQ, no);
            }
        }
    }

    /**
     * The instance method implementing M_<name>_... on the class: erased parameters cast back, the
     * receiver passed as the static method wants it (a copy for a value receiver of a struct, the
     * field v for a non-struct type), the result erased (tuples are already objects).
     */
    private static void bridge(ProgramGen prog, ClassWriter cw, String cls, Named n, Func m) {
        Type.Signature sig = m.type();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, m.name(), JvmTypes.fnCallDesc(sig), null, null);
        mv.visitCode();
        boolean struct = n.underlying() instanceof Type.Struct;
        mv.visitVarInsn(ALOAD, 0);
        if (struct) StructGen.unboxPtr(mv, cls);
        if (struct && !pointerRecv(m)) {
            mv.visitMethodInsn(INVOKEVIRTUAL, cls, "$copy", "()L" + cls + ";", false);
        } else if (!struct) {
            mv.visitFieldInsn(GETFIELD, cls, "v", JvmTypes.desc(n));
        }
        int slot = 1;
        for (Var p : sig.params()) {
            char k = JvmTypes.kind(p.type());
            mv.visitVarInsn(Insns.load(k), slot);
            if (k == 'L') Emit.checkcast(mv, p.type());
            slot += JvmTypes.size(k);
        }
        mv.visitMethodInsn(INVOKESTATIC, cls, JvmTypes.jvmName(m.name()), methodDesc(m), false);
        List<Type> rs = JvmTypes.varTypes(sig.results());
        mv.visitInsn(Insns.ret(rs.isEmpty() ? 'V' : rs.size() == 1 ? JvmTypes.kind(rs.get(0)) : 'L'));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** recv.M(args): a static call on the receiver's class; a value receiver gets a copy. */
    static void call(FuncGen fg, TExpr.CallMethod c) {
        Func m = c.method();
        if (pointerRecv(m)) fg.expr.gen(c.recv());
        else fg.expr.genValue(c.recv());
        for (TExpr a : c.args()) fg.expr.genValue(a);
        fg.line(c.pos());
        if (m.type().results().size() > 1) fg.prog.tuple(JvmTypes.varTypes(m.type().results()));
        if (m.external()) throw fg.unsupported(c.pos(), "methods of the standard library");
        fg.mv.visitMethodInsn(INVOKESTATIC, JvmTypes.namedClass(base(m.type().recv().type())), JvmTypes.jvmName(m.name()),
                methodDesc(m), false);
    }
}
