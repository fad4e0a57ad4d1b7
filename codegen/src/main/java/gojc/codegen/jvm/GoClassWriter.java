// This file implements the ClassWriter used for every generated class: frames are computed by ASM,
// and common superclasses are resolved without loading any class of the program being compiled
// (generated classes all extend Object; runtime and JDK classes resolve through this loader).
package gojc.codegen.jvm;

import java.util.Set;
import org.objectweb.asm.ClassWriter;

final class GoClassWriter extends ClassWriter {
    private final Set<String> programClasses;
    private final ClassLoader loader;

    GoClassWriter(Set<String> programClasses, ClassLoader loader) {
        super(COMPUTE_FRAMES | COMPUTE_MAXS);
        this.programClasses = programClasses;
        this.loader = loader;
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
        if (a.equals(b)) return a;
        if (programClasses.contains(a) || programClasses.contains(b)) return JvmTypes.OBJECT;
        try {
            return super.getCommonSuperClass(a, b);
        } catch (RuntimeException | LinkageError e) {
            return JvmTypes.OBJECT;
        }
    }

    @Override
    protected ClassLoader getClassLoader() {
        return loader;
    }
}
