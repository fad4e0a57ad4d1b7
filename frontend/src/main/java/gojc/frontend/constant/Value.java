package gojc.frontend.constant;

/**
 * An exact constant value, as go/constant's Value: arbitrary-precision integers and rationals,
 * booleans, strings (as bytes), complex numbers; Unknown for erroneous operands.
 */
public sealed interface Value permits Value.Unknown {
    record Unknown() implements Value {}
}
