package gojc.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** Runs ASM's bytecode verifier over every class a compilation emitted. */
final class ClassVerifier {
    private ClassVerifier() {}

    static void verifyAll(Map<String, byte[]> classes) {
        ClassLoader loader = new ProgramLoader(classes, ClassVerifier.class.getClassLoader());
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            StringWriter report = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(report));
            if (!report.toString().isEmpty()) fail("class " + e.getKey() + " does not verify:\n" + report);
        }
    }

    /** Lets the verifier resolve the program's own classes when it merges types. */
    private static final class ProgramLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ProgramLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name.replace('.', '/'));
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }
}
