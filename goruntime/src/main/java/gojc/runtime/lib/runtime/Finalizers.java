// runtime.SetFinalizer over java.lang.ref.Cleaner. The JVM cannot hand an unreachable object back
// to Go code, so the finalizer receives a stand-in registered with it: for a pointer to a
// non-struct location (a Ptr) a second Ptr to the same location, which is the same Go pointer;
// for a pointer to a struct a shallow copy of the struct taken when the finalizer is set, so the
// finalizer sees the fields as they were then (and what they point to as it is now). Objects the
// copy points to stay reachable until the finalizer has run, which gives Go's order: a finalizer
// runs before those of the objects its object points to. Each finalizer runs on a goroutine of its own.
package gojc.runtime.lib.runtime;

import gojc.runtime.sched.Scheduler;
import gojc.runtime.type.GoType;
import gojc.runtime.type.Typed;
import java.lang.ref.Cleaner;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

final class Finalizers {
    private Finalizers() {}

    private static final Cleaner CLEANER = Cleaner.create();

    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registration of each object that has a finalizer, so that a second call replaces it. */
    private static final Map<Object, Cleaner.Cleanable> SET = Collections.synchronizedMap(new WeakHashMap<>());

    /** One registration: runs the finalizer unless it was cleared. */
    private static final class Action implements Runnable {
        Object standIn;
        final GoType type;
        final Object fn;
        final boolean wantsInterface;
        volatile boolean cancelled;

        Action(Object standIn, GoType type, Object fn, boolean wantsInterface) {
            this.standIn = standIn;
            this.wantsInterface = wantsInterface;
            this.type = type;
            this.fn = fn;
        }

        @Override
        public void run() {
            if (cancelled) return;
            Method call = callMethod(fn);
            if (call == null) return;
            // Nothing may keep the stand-in once the finalizer returns: what it points to (and
            // their own finalizers) wait on it. The registry's stale entry still holds this action.
            Object[] arg = {standIn};
            standIn = null;
            Scheduler.go(() -> {
                try {
                    Object v = arg[0];
                    arg[0] = null;
                    // A finalizer taking an interface gets the pointer in interface form.
                    call.invoke(fn, wantsInterface && type != null ? Typed.of(v, type) : v);
                } catch (ReflectiveOperationException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error r) throw r;
                }
            });
        }
    }

    static void set(Object boxed, Object fn) {
        // Pointers to non-structs arrive boxed with their type; the pointer itself is what dies.
        GoType type = boxed instanceof Typed t ? t.type : null;
        Object obj = boxed instanceof Typed t ? t.value : boxed;
        // The erased call method cannot tell func(*T) from func(any); the func's Go type can.
        boolean wantsInterface = false;
        if (fn instanceof Typed t) {
            String sig = t.type.toString();
            wantsInterface = sig.startsWith("func(interface {") || sig.startsWith("func(any") || sig.startsWith("func(error");
            fn = t.value;
        }
        if (obj == null) throw gojc.runtime.GoPanic.raise(gojc.runtime.GoString.of("runtime.SetFinalizer: first argument is nil"));
        Cleaner.Cleanable old = SET.remove(obj);
        if (old != null) {
            // Cleanable.clean would run the action: mark it cancelled first.
            old.clean();
        }
        if (fn == null) return;
        Action a = new Action(shallowCopy(obj), type, fn, wantsInterface);
        Cleaner.Cleanable c = CLEANER.register(obj, a);
        SET.put(obj, new Cancel(a, c));
    }

    private record Cancel(Action action, Cleaner.Cleanable cleanable) implements Cleaner.Cleanable {
        @Override
        public void clean() {
            action.cancelled = true;
            cleanable.clean();
        }
    }

    private static Method callMethod(Object fn) {
        for (Class<?> c = fn.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                for (Method m : i.getMethods()) {
                    if (m.getName().equals("call") && m.getParameterCount() == 1 && Modifier.isAbstract(m.getModifiers())) return m;
                }
            }
        }
        return null;
    }

    /** A new object of obj's class with the same field values (the location's identity, for a Ptr). */
    private static Object shallowCopy(Object obj) {
        try {
            Object copy = UNSAFE.allocateInstance(obj.getClass());
            for (Class<?> c = obj.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) continue;
                    f.setAccessible(true);
                    f.set(copy, f.get(obj));
                }
            }
            return copy;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return obj;
        }
    }
}
