// The VarHandles of the lock-free sync/atomic operations on int[] and long[] elements, in a class
// of their own so that only programs that use atomics pay for making them.
package gojc.runtime.ptr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class AtomicElems {
    static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private AtomicElems() {}
}
