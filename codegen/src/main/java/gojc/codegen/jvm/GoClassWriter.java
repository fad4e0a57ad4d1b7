// This file implements the ClassWriter used for every generated class: frames are computed by ASM,
// and common superclasses are resolved without loading any class of the program being compiled
// (a generated class extends Object or the runtime class recorded in superClasses, e.g. a field
// pointer class extends Ptr; runtime and JDK classes resolve through this loader).
package gojc.codegen.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;

final class GoClassWriter extends ClassWriter {
    private final Set<String> programClasses;
    private final Map<String, String> superClasses;
    private final ClassLoader loader;

    GoClassWriter(Set<String> programClasses, Map<String, String> superClasses, ClassLoader loader) {
        super(COMPUTE_FRAMES | COMPUTE_MAXS);
        this.programClasses = programClasses;
        this.superClasses = superClasses;
        this.loader = loader;
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
        if (a.equals(b)) return a;
        if (programClasses.contains(a) || programClasses.contains(b)) {
            List<String> as = ancestors(a), bs = ancestors(b);
            for (String x : as) if (bs.contains(x)) return x;
            a = as.get(as.size() - 1);
            b = bs.get(bs.size() - 1);
            if (a.equals(b)) return a;
            if (programClasses.contains(a) || programClasses.contains(b)) return JvmTypes.OBJECT;
        }
        try {
            return super.getCommonSuperClass(a, b);
        } catch (RuntimeException | LinkageError e) {
            return JvmTypes.OBJECT;
        }
    }

    /** c and its generated superclasses, ending with the first class that is not generated. */
    private List<String> ancestors(String c) {
        List<String> out = new ArrayList<>();
        out.add(c);
        while (programClasses.contains(c)) {
            c = superClasses.getOrDefault(c, JvmTypes.OBJECT);
            out.add(c);
        }
        return out;
    }

    @Override
    protected ClassLoader getClassLoader() {
        return loader;
    }
}
