// Runs a compiled program inside the gojc process, as `gojc run` does: its classes live in a
// fresh class loader whose parent is gojc's own, so they link against the runtime classes already
// loaded here. The runtime ends the process itself (System.exit/halt, with the program's status);
// if main returns instead, the program succeeded.
package gojc.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/** Loads a program's classes from memory and calls its {@code main(String[])}. */
final class ProgramLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes = new HashMap<>();

    /** @param classes internal names (slashes) or binary names (dots) → class bytes */
    ProgramLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("gojc-program", parent);
        classes.forEach((name, bytes) -> this.classes.put(name.replace('/', '.'), bytes));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** Runs the program's main class with args; returns the exit status if main returns. */
    int run(String mainClass, String[] args) {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            Method main = loadClass(mainClass.replace('/', '.')).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new NoSuchMethodException("static main");
            }
            main.invoke(null, (Object) args);
            return 0;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new UserError("program stopped by an uncaught " + cause, 2);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new gojc.compiler.InternalCompilerError("cannot start " + mainClass + ": " + e, e);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
