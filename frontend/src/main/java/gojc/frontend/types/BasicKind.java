package gojc.frontend.types;

/** The predeclared basic types and the kinds of untyped constants. */
public enum BasicKind {
    INVALID,
    BOOL,
    INT, INT8, INT16, INT32, INT64,
    UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64,
    COMPLEX64, COMPLEX128,
    STRING,
    UNSAFE_POINTER,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL;

    public boolean isInteger() {
        return switch (this) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT,
                    UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (this) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }

    /** Size in bits of a sized integer or float type (int, uint, uintptr are 64). */
    public int bits() {
        return switch (this) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            case COMPLEX64 -> 64;
            case COMPLEX128 -> 128;
            default -> 64;
        };
    }
}
