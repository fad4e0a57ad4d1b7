// Go type names of dynamic values, for %T, %v's diagnostics and %!(EXTRA type=value). Values of
// predeclared types box as known classes; slices know only their JVM storage, so []int8 and
// []uint8 share ByteSlice (printed as []uint8) and every reference slice is []interface {} until
// type descriptors arrive.
package gojc.runtime.lib.fmt;

import gojc.runtime.GoString;
import gojc.runtime.RuntimeError;
import gojc.runtime.box.Int64;
import gojc.runtime.box.Uint;
import gojc.runtime.box.Uint16;
import gojc.runtime.box.Uint32;
import gojc.runtime.box.Uint64;
import gojc.runtime.box.Uint8;
import gojc.runtime.box.Uintptr;
import gojc.runtime.slice.BoolSlice;
import gojc.runtime.slice.ByteSlice;
import gojc.runtime.slice.CharSlice;
import gojc.runtime.slice.DoubleSlice;
import gojc.runtime.slice.FloatSlice;
import gojc.runtime.slice.IntSlice;
import gojc.runtime.slice.LongSlice;
import gojc.runtime.slice.ShortSlice;
import gojc.runtime.slice.Slice;

public final class TypeNames {
    private TypeNames() {}

    public static String of(Object v) {
        String name = gojc.runtime.type.Dynamic.nameOf(v);
        if (name != null) {
            return name;
        }
        return switch (v) {
            case null -> "<nil>";
            case Boolean b -> "bool";
            case Long n -> "int";
            case Integer n -> "int32";
            case Short n -> "int16";
            case Byte n -> "int8";
            case Float x -> "float32";
            case Double x -> "float64";
            case GoString s -> "string";
            case Int64 n -> "int64";
            case Uint n -> "uint";
            case Uint64 n -> "uint64";
            case Uintptr n -> "uintptr";
            case Uint32 n -> "uint32";
            case Uint16 n -> "uint16";
            case Uint8 n -> "uint8";
            case LongSlice s -> "[]int";
            case IntSlice s -> "[]int32";
            case ShortSlice s -> "[]int16";
            case CharSlice s -> "[]uint16";
            case ByteSlice s -> "[]uint8";
            case BoolSlice s -> "[]bool";
            case FloatSlice s -> "[]float32";
            case DoubleSlice s -> "[]float64";
            case Slice s -> "[]interface {}";
            case RuntimeError e -> "runtime.Error";
            case gojc.runtime.lib.errors.ErrorString e -> "*errors.errorString";
            case WrapError e -> "*fmt.wrapError";
            default -> v.getClass().getName().replace("$Package", "").replace('$', '.');
        };
    }
}
