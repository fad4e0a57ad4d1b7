// This file implements the program-wide state of code generation: the classes emitted so far, and
// the support classes (tuples T_<kinds>, function interfaces Fn_<kinds>_<kinds>, adapters that make
// a top-level function a function value) that are generated on demand when the runtime lacks them.
package gojc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import gojc.frontend.tree.TFunc;
import gojc.frontend.types.Func;
import gojc.frontend.types.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

public final class ProgramGen {
    public static final int VERSION = V21;

    final Map<String, byte[]> classes = new LinkedHashMap<>();
    final Set<String> programClasses = new HashSet<>();
    /** The superclass of each generated class that does not extend Object (frames need it). */
    final Map<String, String> superClasses = new HashMap<>();
    final ClassLoader loader;
    private final Map<String, List<Type>> tuples = new LinkedHashMap<>();
    private final Map<String, Type.Signature> fns = new LinkedHashMap<>();
    private final Map<Func, String> funcValues = new HashMap<>();
    private final Map<String, Type.Struct> anonStructs = new LinkedHashMap<>();
    final Map<String, Type.Signature> ifaceMethods = new LinkedHashMap<>();
    /** Every declared function's body, so that a go statement can compile its callee stackless. */
    final Map<Func, TFunc> bodies = new HashMap<>();
    final ParkScan parkScan = new ParkScan(bodies);
    /** The stackless goroutine class of each function a go statement started ("" if none). */
    private final Map<Func, String> stackless = new HashMap<>();

    public ProgramGen(ClassLoader loader) {
        this.loader = loader;
    }

    public Map<String, byte[]> classes() {
        return classes;
    }

    /** Starts a class; its name is known to be the program's from now on. */
    ClassWriter newClass(String name, String superName, String[] interfaces, String sourceFile) {
        programClasses.add(name);
        if (!superName.equals(JvmTypes.OBJECT)) superClasses.put(name, superName);
        ClassWriter cw = new GoClassWriter(programClasses, superClasses, loader);
        cw.visit(VERSION, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, superName, interfaces);
        if (sourceFile != null) cw.visitSource(sourceFile, null);
        return cw;
    }

    void add(String name, ClassWriter cw) {
        cw.visitEnd();
        classes.put(name, cw.toByteArray());
    }

    /** A class started with newClass and finished elsewhere. */
    void add(String name, byte[] bytes) {
        classes.put(name, bytes);
    }

    /** The stackless goroutine class for `go f(...)`, generated once; null if f does not qualify. */
    String stackless(Func f) {
        String name = stackless.get(f);
        if (name == null) {
            TFunc body = bodies.get(f);
            boolean qualifies = body != null && StacklessGen.qualifies(this, body);
            name = qualifies ? StacklessGen.className(f) : "";
            // recorded before it is generated: f's own body may start f again
            stackless.put(f, name);
            if (qualifies) StacklessGen.generate(this, f, body);
        }
        return name.isEmpty() ? null : name;
    }

    String tuple(List<Type> types) {
        String name = JvmTypes.tupleClass(types);
        tuples.putIfAbsent(name, types);
        return name;
    }

    String fn(Type.Signature sig) {
        String name = JvmTypes.fnInterface(sig);
        fns.putIfAbsent(name, sig);
        if (sig.results().size() > 1) tuple(JvmTypes.varTypes(sig.results()));
        return name;
    }

    /** The class of struct type t; an anonymous one is generated at the end. */
    String structClass(Type t) {
        String name = JvmTypes.structClass(t);
        if (!(t instanceof gojc.frontend.types.Named)) anonStructs.putIfAbsent(name, (Type.Struct) t.underlying());
        return name;
    }

    /** The JVM interface for method name with signature sig (docs/abi.md "Interfaces"). */
    String ifaceMethod(String name, Type.Signature sig) {
        String n = InterfaceGen.ifaceName(name, sig);
        ifaceMethods.putIfAbsent(n, sig);
        if (sig.results().size() > 1) tuple(JvmTypes.varTypes(sig.results()));
        return n;
    }

    boolean runtimeHas(String name) {
        try {
            Class.forName(name.replace('/', '.'), false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Emits the tuple classes and function interfaces used but not provided by the runtime. */
    public void finish() {
        for (int done = 0; done < anonStructs.size(); ) {
            var list = new java.util.ArrayList<>(anonStructs.entrySet());
            for (var e : list.subList(done, list.size())) {
                ClassWriter cw = newClass(e.getKey(), JvmTypes.OBJECT, null, null);
                cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "$goType", "Ljava/lang/String;", null,
                        e.getValue().toString()).visitEnd();
                cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, TypeDescGen.FIELD, "Ljava/lang/String;", null,
                        TypeDescGen.encode(this, e.getValue())).visitEnd();
                StructGen.members(this, cw, e.getKey(), e.getValue());
                add(e.getKey(), cw);
            }
            done = list.size();
        }
        for (var e : List.copyOf(ifaceMethods.entrySet())) {
            if (!runtimeHas(e.getKey())) InterfaceGen.emitIface(this, e.getKey(), e.getValue());
        }
        // Last: encoding anonymous structs' type descriptors may have asked for more of these.
        for (var e : tuples.entrySet()) if (!runtimeHas(e.getKey())) emitTuple(e.getKey(), e.getValue());
        for (var e : fns.entrySet()) if (!runtimeHas(e.getKey())) emitFn(e.getKey(), e.getValue());
    }

    private void emitTuple(String name, List<Type> types) {
        ClassWriter cw = newClass(name, JvmTypes.OBJECT, null, null);
        for (int i = 0; i < types.size(); i++) {
            cw.visitField(ACC_PUBLIC | ACC_FINAL, "r" + i, JvmTypes.erased(JvmTypes.kind(types.get(i))), null, null)
                    .visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", JvmTypes.tupleCtorDesc(types), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < types.size(); i++) {
            char k = JvmTypes.kind(types.get(i));
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(Insns.load(k), slot);
            mv.visitFieldInsn(PUTFIELD, name, "r" + i, JvmTypes.erased(k));
            slot += JvmTypes.size(k);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        add(name, cw);
    }

    private void emitFn(String name, Type.Signature sig) {
        programClasses.add(name);
        ClassWriter cw = new GoClassWriter(programClasses, superClasses, loader);
        cw.visit(VERSION, ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, name, null, JvmTypes.OBJECT, null);
        cw.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, "call", JvmTypes.fnCallDesc(sig), null, null).visitEnd();
        add(name, cw);
    }

    /**
     * The class whose instances are the function value of a top-level function: a stateless adapter
     * implementing the function interface by calling the static method.
     */
    String funcValue(Func f, String owner, String methodName, String name) {
        return funcValues.computeIfAbsent(f, key -> {
            String iface = fn(f.type());
            ClassWriter cw = newClass(name, JvmTypes.OBJECT, new String[] {iface}, null);
            Emit.defaultCtor(cw);
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "call", JvmTypes.fnCallDesc(f.type()), null, null);
            mv.visitCode();
            int slot = 1;
            for (var p : f.type().params()) {
                char k = JvmTypes.kind(p.type());
                mv.visitVarInsn(Insns.load(k), slot);
                if (k == 'L') Emit.checkcast(mv, p.type());
                slot += JvmTypes.size(k);
            }
            mv.visitMethodInsn(INVOKESTATIC, owner, methodName, JvmTypes.methodDesc(f.type()), false);
            List<Type> rs = JvmTypes.varTypes(f.type().results());
            mv.visitInsn(Insns.ret(rs.isEmpty() ? 'V' : rs.size() == 1 ? JvmTypes.kind(rs.get(0)) : 'L'));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            add(name, cw);
            return name;
        });
    }
}
