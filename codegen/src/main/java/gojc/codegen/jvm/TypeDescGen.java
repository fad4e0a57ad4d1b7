// This file implements type descriptors on the codegen side (docs/abi.md "Type descriptors"): the
// compact encoding of a Go type that the runtime's GoType parser reads, the $typeDesc constant of
// generated classes, the ldc of a descriptor as a ConstantDynamic, and boxing through Typed for
// the types whose JVM class does not tell their Go type.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Func;
import gojc.frontend.types.Named;
import gojc.frontend.types.Type;
import gojc.frontend.types.Var;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

final class TypeDescGen {
    static final String GOTYPE = "gojc/runtime/type/GoType";
    static final String GOTYPE_DESC = "L" + GOTYPE + ";";
    static final String TYPED = "gojc/runtime/type/Typed";
    static final String FIELD = "$typeDesc";
    private static final Handle BSM = new Handle(H_INVOKESTATIC, GOTYPE, "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/String;)"
                    + GOTYPE_DESC, false);

    private TypeDescGen() {}

    /** The encoding of t; anonymous struct classes it names are registered for emission. */
    static String encode(ProgramGen prog, Type t) {
        StringBuilder sb = new StringBuilder();
        encode(prog, t, sb);
        return sb.toString();
    }

    private static void encode(ProgramGen prog, Type t, StringBuilder sb) {
        switch (t) {
            case Named n when n.underlying() instanceof Type.Interface it -> iface(prog, it, str(sb.append('i'), n.toString()));
            case Named n -> sb.append('n').append(JvmTypes.namedClass(n)).append(';');
            case Type.Basic b -> sb.append('b').append(basicName(JvmTypes.basic(b))).append(';');
            case Type.Pointer p -> encode(prog, p.elem(), sb.append('*'));
            case Type.Slice s -> encode(prog, s.elem(), sb.append('['));
            case Type.Array a -> encode(prog, a.elem(), sb.append('a').append(a.len()).append(';'));
            case Type.Map m -> {
                encode(prog, m.key(), sb.append('m'));
                encode(prog, m.elem(), sb);
            }
            case Type.Chan c -> encode(prog, c.elem(), sb.append('c').append(c.dir().ordinal()));
            case Type.Signature sig -> str(sb.append('f'), funcString(sig));
            case Type.Interface it -> iface(prog, it, str(sb.append('i'), it.toString()));
            case Type.Struct st -> struct(prog, st, prog.structClass(st), sb);
            default -> str(str(sb.append('i'), t.toString()), "");
        }
    }

    /**
     * An interface's method set as name=JVM interface pairs, so the runtime can test whether a
     * dynamic type implements it (errors.As with an interface target) as x.(I) does.
     */
    private static void iface(ProgramGen prog, Type.Interface it, StringBuilder sb) {
        StringBuilder ms = new StringBuilder();
        for (Type.Method m : InterfaceGen.methodSet(it)) {
            if (!ms.isEmpty()) ms.append(',');
            ms.append(m.name()).append('=').append(prog.ifaceMethod(m.name(), m.sig()));
        }
        str(sb, ms.toString());
    }

    private static void struct(ProgramGen prog, Type.Struct st, String cls, StringBuilder sb) {
        str(sb.append('s'), cls).append(st.fields().size()).append(';');
        for (Type.Field f : st.fields()) {
            str(sb, f.name());
            str(sb, f.tag() == null ? "" : f.tag());
            sb.append(f.embedded() ? 'e' : '.');
            encode(prog, f.type(), sb);
        }
    }

    /** The $typeDesc of a defined type: D, its name, its value method set, its underlying type. */
    static String define(ProgramGen prog, Named n) {
        StringBuilder sb = new StringBuilder("D");
        str(sb, n.toString());
        TreeSet<String> ms = new TreeSet<>();
        boolean struct = n.underlying() instanceof Type.Struct;
        for (Func m : n.methods()) if (!MethodGen.pointerRecv(m)) ms.add(m.name());
        if (struct) {
            for (MethodGen.Promoted p : MethodGen.promoted(n)) {
                if (!p.pointerOnly()) ms.add(p.name());
            }
        }
        str(sb, String.join(",", ms));
        if (n.underlying() instanceof Type.Struct st) struct(prog, st, JvmTypes.namedClass(n), sb);
        else encode(prog, n.underlying(), sb);
        return sb.toString();
    }

    private static StringBuilder str(StringBuilder sb, String s) {
        return sb.append(s.length()).append(':').append(s);
    }

    static String basicName(BasicKind k) {
        return k == BasicKind.UNSAFE_POINTER ? "unsafe.Pointer" : k.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A func type as reflect prints it: no parameter names, one unnamed result without parens. */
    static String funcString(Type.Signature s) {
        StringJoiner p = new StringJoiner(", ", "func(", ")");
        for (int i = 0; i < s.params().size(); i++) {
            Type t = s.params().get(i).type();
            if (s.variadic() && i == s.params().size() - 1 && t instanceof Type.Slice sl) p.add("..." + sl.elem());
            else p.add(t.toString());
        }
        if (s.results().isEmpty()) return p.toString();
        if (s.results().size() == 1) return p + " " + s.results().get(0).type();
        StringJoiner r = new StringJoiner(", ", "(", ")");
        for (Var v : s.results()) r.add(v.type().toString());
        return p + " " + r;
    }

    /** Pushes t's descriptor. */
    static void ldc(ProgramGen prog, MethodVisitor mv, Type t) {
        mv.visitLdcInsn(new ConstantDynamic("t", GOTYPE_DESC, BSM, encode(prog, t)));
    }

    /** Whether a value of t (not an interface) is boxed as Typed: its JVM class does not tell t. */
    static boolean needsTyped(Type t) {
        if (t instanceof Named || isStructPtr(t) || PtrBoxGen.has(t)) return false;
        Type u = t.underlying();
        return u instanceof Type.Slice || u instanceof Type.Array || u instanceof Type.Map
                || u instanceof Type.Signature || u instanceof Type.Chan || u instanceof Type.Pointer;
    }

    static boolean isStructPtr(Type t) {
        return t instanceof Type.Pointer p && JvmTypes.isStruct(p.elem());
    }

    /** [value of t] → [interface]. */
    static void box(FuncGen fg, Type t) {
        ldc(fg.prog, fg.mv, t);
        fg.mv.visitMethodInsn(INVOKESTATIC, TYPED, "of",
                "(Ljava/lang/Object;" + GOTYPE_DESC + ")Ljava/lang/Object;", false);
    }

    /** [interface] → [int]: x.(T). */
    static void isType(FuncGen fg, Type t) {
        ldc(fg.prog, fg.mv, t);
        fg.mv.visitMethodInsn(INVOKESTATIC, TYPED, "is", "(Ljava/lang/Object;" + GOTYPE_DESC + ")Z", false);
    }

    /** [interface holding a t] → [value of t]. */
    static void unbox(FuncGen fg, Type t) {
        fg.mv.visitMethodInsn(INVOKESTATIC, TYPED, "value",
                "(Ljava/lang/Object;)Ljava/lang/Object;", false);
        Emit.checkcast(fg.mv, t);
    }
}
