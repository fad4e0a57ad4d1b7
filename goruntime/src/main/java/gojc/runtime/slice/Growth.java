// The capacity append gives a slice that must grow, exactly as gc 1.19 computes it (growslice in
// runtime/slice.go): double below 256 elements, then grow by (cap + 3*256)/4 until large enough,
// and finally round the byte size up to the allocator's size class, so cap() after appends
// prints what Go prints.
package gojc.runtime.slice;

import gojc.runtime.GoString;

final class Growth {
    /** The largest length a JVM array can have. */
    static final long MAX_LEN = Integer.MAX_VALUE - 8;

    private static final int MAX_SMALL_SIZE = 32768;
    private static final int PAGE_SIZE = 8192;

    /** gc's malloc size classes (runtime/sizeclasses.go, class_to_size). */
    private static final int[] CLASS_SIZES = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
        320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
        9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
        27264, 28672, 32768,
    };

    private Growth() {}

    /**
     * Go's element size for a Slice whose zero value is given: strings and interfaces take two
     * words, everything else stored as a reference one. Codegen passes the size explicitly
     * where this guess is wrong (slices of slices: 24, structs).
     */
    static int sizeOf(Object zero) {
        return zero instanceof GoString ? 16 : 8;
    }

    static int newCap(long oldCap, long needed, int elemSize) {
        long newCap = oldCap;
        long doubled = oldCap + oldCap;
        if (needed > doubled) {
            newCap = needed;
        } else if (oldCap < 256) {
            newCap = doubled;
        } else {
            while (0 < newCap && newCap < needed) {
                newCap += (newCap + 3 * 256) / 4;
            }
            if (newCap <= 0) {
                newCap = needed;
            }
        }
        if (elemSize > 0) {
            newCap = roundUpSize(newCap * elemSize) / elemSize;
        }
        if (newCap > MAX_LEN) {
            if (needed > MAX_LEN) {
                throw gojc.runtime.GoPanic.raise(gojc.runtime.RuntimeError.plain("growslice: cap out of range"));
            }
            newCap = MAX_LEN;
        }
        return (int) newCap;
    }

    /** The size of the block gc's allocator returns for a request of size bytes. */
    static long roundUpSize(long size) {
        if (size < MAX_SMALL_SIZE) {
            int lo = 0;
            int hi = CLASS_SIZES.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (CLASS_SIZES[mid] >= size) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return CLASS_SIZES[lo];
        }
        return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
    }
}
