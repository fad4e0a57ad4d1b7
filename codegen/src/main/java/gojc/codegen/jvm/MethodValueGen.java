// This file implements method values and method expressions (spec "Method values", "Method
// expressions"): x.M is an instance of a class P/T$bound$M holding the receiver (evaluated, and
// copied for a value receiver, when the value is made); T.M and (*T).M are stateless adapters
// P/T$expr$M whose call takes the receiver as the first argument. Both implement the Fn_ interface
// of their function type; i.M of an interface binds the interface value the same way.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TExpr;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

final class MethodValueGen {
    private MethodValueGen() {}

    /** Loads the call's erased parameters from slot 1 on, cast back to their Go types. */
    private static void loadParams(MethodVisitor mv, List<Var> params, int slot) {
        for (Var p : params) {
            char k = JvmTypes.kind(p.type());
            mv.visitVarInsn(Insns.load(k), slot);
            if (k == 'L') Emit.checkcast(mv, p.type());
            slot += JvmTypes.size(k);
        }
    }

    private static void ret(MethodVisitor mv, Type.Signature sig) {
        List<Type> rs = JvmTypes.varTypes(sig.results());
        mv.visitInsn(Insns.ret(rs.isEmpty() ? 'V' : rs.size() == 1 ? JvmTypes.kind(rs.get(0)) : 'L'));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    static void methodValue(FuncGen fg, TExpr.MethodValue m) {
        Func f = m.method();
        Type.Signature sig = (Type.Signature) m.type().underlying();
        String owner = JvmTypes.namedClass(MethodGen.base(f.type().recv().type()));
        String recvDesc = JvmTypes.desc(f.type().recv().type());
        String name = owner + "$bound$" + JvmTypes.jvmName(f.name());
        if (!fg.prog.programClasses.contains(name)) {
            String iface = fg.prog.fn(sig);
            ClassWriter cw = fg.prog.newClass(name, JvmTypes.OBJECT, new String[] {iface}, null);
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "recv", recvDesc, null, null).visitEnd();
            ClosureGen.fieldCtor(cw, name, "(" + recvDesc + ")V", List.of("recv"), List.of(recvDesc));
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", JvmTypes.fnCallDesc(sig), null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "recv", recvDesc);
            // Each call of a value-receiver method gets its own copy of the bound receiver.
            if (!MethodGen.pointerRecv(f)) StructGen.copyOnStack(mv, f.type().recv().type());
            loadParams(mv, sig.params(), 1);
            mv.visitMethodInsn(INVOKESTATIC, owner, JvmTypes.jvmName(f.name()), MethodGen.methodDesc(f), false);
            ret(mv, sig);
            fg.prog.add(name, cw);
        }
        fg.mv.visitTypeInsn(NEW, name);
        fg.mv.visitInsn(DUP);
        if (MethodGen.pointerRecv(f)) fg.expr.gen(m.recv());
        else fg.expr.genValue(m.recv());
        fg.mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(" + recvDesc + ")V", false);
    }

    /** T.M / (*T).M used as a function value: the receiver is the first parameter. */
    static void methodExpr(FuncGen fg, TExpr.FuncRef r) {
        Func f = r.func();
        Type.Signature sig = (Type.Signature) r.type().underlying();
        String owner = JvmTypes.namedClass(MethodGen.base(f.type().recv().type()));
        String name = owner + "$expr$" + JvmTypes.jvmName(f.name()) + "$" + JvmTypes.kinds(JvmTypes.varTypes(sig.params()));
        if (!fg.prog.programClasses.contains(name)) {
            String iface = fg.prog.fn(sig);
            ClassWriter cw = fg.prog.newClass(name, JvmTypes.OBJECT, new String[] {iface}, null);
            Emit.defaultCtor(cw);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", JvmTypes.fnCallDesc(sig), null, null);
            mv.visitCode();
            loadParams(mv, sig.params(), 1);
            mv.visitMethodInsn(INVOKESTATIC, owner, JvmTypes.jvmName(f.name()), MethodGen.methodDesc(f), false);
            ret(mv, sig);
            fg.prog.add(name, cw);
        }
        fg.mv.visitTypeInsn(NEW, name);
        fg.mv.visitInsn(DUP);
        fg.mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "()V", false);
    }

    /** i.M: binds the interface value (nil panics when the value is made, as in Go). */
    static void interfaceMethodValue(FuncGen fg, TExpr.InterfaceMethodValue m) {
        Type.Signature sig = m.method().sig();
        String im = fg.prog.ifaceMethod(m.method().name(), sig);
        String name = "gojc/anon/Bound$" + im.substring(im.lastIndexOf('/') + 1);
        if (!fg.prog.programClasses.contains(name)) {
            String iface = fg.prog.fn(sig);
            ClassWriter cw = fg.prog.newClass(name, JvmTypes.OBJECT, new String[] {iface}, null);
            String d = "L" + im + ";";
            cw.visitField(ACC_PRIVATE | ACC_FINAL, "recv", d, null, null).visitEnd();
            ClosureGen.fieldCtor(cw, name, "(" + d + ")V", List.of("recv"), List.of(d));
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", JvmTypes.fnCallDesc(sig), null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, "recv", d);
            int slot = 1;
            for (Var p : sig.params()) {
                char k = JvmTypes.kind(p.type());
                mv.visitVarInsn(Insns.load(k), slot);
                slot += JvmTypes.size(k);
            }
            mv.visitMethodInsn(INVOKEINTERFACE, im, m.method().name(), JvmTypes.fnCallDesc(sig), true);
            ret(mv, sig);
            fg.prog.add(name, cw);
        }
        fg.mv.visitTypeInsn(NEW, name);
        fg.mv.visitInsn(DUP);
        fg.expr.gen(m.recv());
        fg.mv.visitInsn(DUP);
        fg.mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "requireNonNull",
                "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        fg.mv.visitInsn(POP);
        fg.mv.visitTypeInsn(CHECKCAST, im);
        fg.mv.visitMethodInsn(INVOKESPECIAL, name, "<init>", "(L" + im + ";)V", false);
    }
}
