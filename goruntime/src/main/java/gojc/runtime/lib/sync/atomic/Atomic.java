// Package sync/atomic, bound from goruntime/src/main/go/sync/atomic/atomic.go. A Go pointer is a
// gojc.runtime.ptr.Ptr. Integer operations are the Ptr's own (lock-free where its kind of
// location has a VarHandle). Interface-valued ones compare with Go's ==, which a reference CAS
// cannot do, so they run under the Ptr's striped lock, chosen by its hashCode, Go's pointer
// identity: every access to one location takes the same lock.
package gojc.runtime.lib.sync.atomic;

import gojc.runtime.map.Keys;
import gojc.runtime.ptr.Ptr;
import gojc.runtime.tuple.T_LZ;
import gojc.runtime.type.Dynamic;

public final class Atomic {
    private Atomic() {}

    public static int AddInt32(Ptr p, int delta) {
        return p.atomicAddI(delta);
    }

    public static long AddInt64(Ptr p, long delta) {
        return p.atomicAddJ(delta);
    }

    public static int LoadInt32(Ptr p) {
        return p.atomicLoadI();
    }

    public static long LoadInt64(Ptr p) {
        return p.atomicLoadJ();
    }

    public static void StoreInt32(Ptr p, int v) {
        p.atomicStoreI(v);
    }

    public static void StoreInt64(Ptr p, long v) {
        p.atomicStoreJ(v);
    }

    public static int SwapInt32(Ptr p, int v) {
        return p.atomicSwapI(v);
    }

    public static long SwapInt64(Ptr p, long v) {
        return p.atomicSwapJ(v);
    }

    public static boolean CompareAndSwapInt32(Ptr p, int old, int v) {
        return p.atomicCasI(old, v);
    }

    public static boolean CompareAndSwapInt64(Ptr p, long old, long v) {
        return p.atomicCasJ(old, v);
    }

    // The unsigned forms share the signed ones' bits.
    public static int AddUint32(Ptr p, int delta) {
        return AddInt32(p, delta);
    }

    public static long AddUint64(Ptr p, long delta) {
        return AddInt64(p, delta);
    }

    public static int LoadUint32(Ptr p) {
        return LoadInt32(p);
    }

    public static long LoadUint64(Ptr p) {
        return LoadInt64(p);
    }

    public static void StoreUint32(Ptr p, int v) {
        StoreInt32(p, v);
    }

    public static void StoreUint64(Ptr p, long v) {
        StoreInt64(p, v);
    }

    public static boolean CompareAndSwapUint32(Ptr p, int old, int v) {
        return CompareAndSwapInt32(p, old, v);
    }

    public static boolean CompareAndSwapUint64(Ptr p, long old, long v) {
        return CompareAndSwapInt64(p, old, v);
    }

    public static boolean CompareAndSwapUintptr(Ptr p, long old, long v) {
        return CompareAndSwapInt64(p, old, v);
    }

    public static long AddUintptr(Ptr p, long delta) {
        return AddInt64(p, delta);
    }

    public static long LoadUintptr(Ptr p) {
        return LoadInt64(p);
    }

    public static void StoreUintptr(Ptr p, long v) {
        StoreInt64(p, v);
    }

    public static int SwapUint32(Ptr p, int v) {
        return SwapInt32(p, v);
    }

    public static long SwapUint64(Ptr p, long v) {
        return SwapInt64(p, v);
    }

    public static long SwapUintptr(Ptr p, long v) {
        return SwapInt64(p, v);
    }

    // Interface-valued locations, behind Pointer[T] (which holds its *T as an `any`) and Value.

    public static Object loadAny(Ptr p) {
        synchronized (p.stripe()) {
            return p.getL();
        }
    }

    public static void storeAny(Ptr p, Object v) {
        synchronized (p.stripe()) {
            p.setL(v);
        }
    }

    public static Object swapAny(Ptr p, Object v) {
        synchronized (p.stripe()) {
            Object old = p.getL();
            p.setL(v);
            return old;
        }
    }

    /** Pointer[T].CompareAndSwap: Go's == on the two pointers (identity). */
    public static boolean casAny(Ptr p, Object old, Object v) {
        synchronized (p.stripe()) {
            if (!Keys.eq(p.getL(), old)) {
                return false;
            }
            p.setL(v);
            return true;
        }
    }

    /** Value.Store of a non-nil v: false, storing nothing, when a value of another type is held. */
    public static boolean storeTyped(Ptr p, Object v) {
        synchronized (p.stripe()) {
            Object cur = p.getL();
            if (cur != null && !sameType(cur, v)) {
                return false;
            }
            p.setL(v);
            return true;
        }
    }

    /** Value.Swap of a non-nil v: (old, true), or (nil, false) when a value of another type is held. */
    public static T_LZ swapTyped(Ptr p, Object v) {
        synchronized (p.stripe()) {
            Object cur = p.getL();
            if (cur != null && !sameType(cur, v)) {
                return new T_LZ(null, false);
            }
            p.setL(v);
            return new T_LZ(cur, true);
        }
    }

    /**
     * Value.CompareAndSwap of a non-nil v: 1 swapped, 0 not (the held value is not == old, which
     * panics as Go's == does for uncomparable values), -1 a value of another type is held.
     */
    public static long casTyped(Ptr p, Object old, Object v) {
        synchronized (p.stripe()) {
            Object cur = p.getL();
            if (cur == null) {
                if (old != null) {
                    return 0;
                }
            } else {
                if (!sameType(cur, v)) {
                    return -1;
                }
                if (!Keys.eq(cur, old)) {
                    return 0;
                }
            }
            p.setL(v);
            return 1;
        }
    }

    /** Whether two non-nil interface values have identical dynamic types. */
    public static boolean sameType(Object a, Object b) {
        return Dynamic.typeOf(a) == Dynamic.typeOf(b);
    }
}
