package gojc.frontend.constant;

import static org.junit.jupiter.api.Assertions.*;

import gojc.frontend.ast.Op;
import gojc.frontend.types.BasicKind;
import gojc.frontend.types.Representable;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ValueTest {
    @Test
    void literals() {
        assertEquals(Value.of(255), Literals.parseInt("0xFF"));
        assertEquals(Value.of(8), Literals.parseInt("010"));
        assertEquals(Value.of(5), Literals.parseInt("0b101"));
        assertEquals(Value.of(1_000_000), Literals.parseInt("1_000_000"));
        assertEquals(Value.rat(BigInteger.valueOf(3), BigInteger.TWO), Literals.parseFloat("1.5"));
        assertEquals(Value.of(1000), Literals.parseFloat("1e3"));
        assertEquals(Value.of(8), Literals.parseFloat("0x1p3"));
        assertEquals(Value.of('a'), Literals.parseChar("'a'"));
        assertEquals(Value.of(0x4e16), Literals.parseChar("'世'"));
        assertEquals(Value.of(255), Literals.parseChar("'\\xff'"));
        assertEquals(Value.of("a\nb"), Literals.parseString("\"a\\nb\""));
        assertEquals(Value.of("a\\n"), Literals.parseString("`a\\n`"));
    }

    @Test
    void arithmetic() {
        assertEquals(Value.of(3), Arith.binary(Value.of(7), Op.QUO, Value.of(2), true));
        assertEquals(Value.rat(BigInteger.valueOf(7), BigInteger.TWO), Arith.binary(Value.of(7), Op.QUO, Value.of(2), false));
        assertEquals(Value.of(-1), Arith.binary(Value.of(-7), Op.REM, Value.of(2), true));
        assertEquals(Value.of(1), Arith.binary(Literals.parseFloat("0.5"), Op.ADD, Literals.parseFloat("0.5"), false));
        assertEquals(Value.of(1L << 40), Arith.shift(Value.of(1), Op.SHL, 40));
        assertEquals(Value.of(255), Arith.unary(Op.XOR, Value.of(0), 8));
        assertEquals(Value.of(-1), Arith.unary(Op.XOR, Value.of(0), 0));
        assertTrue(Arith.compare(Value.of("a"), Op.LSS, Value.of("b")));
        assertTrue(Arith.compare(Literals.parseFloat("0.1"), Op.LSS, Literals.parseFloat("0.2")));
        assertEquals(Value.of("ab"), Arith.binary(Value.of("a"), Op.ADD, Value.of("b"), false));
    }

    @Test
    void representability() {
        assertEquals(Representable.Fail.OVERFLOWS, Representable.check(Value.of(300), BasicKind.UINT8).fail());
        assertEquals(Representable.Fail.NONE, Representable.check(Value.of(255), BasicKind.UINT8).fail());
        assertEquals(Representable.Fail.OVERFLOWS, Representable.check(Value.of(-1), BasicKind.UINT).fail());
        assertEquals(Representable.Fail.TRUNCATED, Representable.check(Literals.parseFloat("1.5"), BasicKind.INT).fail());
        assertEquals(Representable.Fail.NONE, Representable.check(Literals.parseFloat("2.0"), BasicKind.INT).fail());
        assertEquals(Representable.Fail.OVERFLOWS, Representable.check(Literals.parseFloat("1e400"), BasicKind.FLOAT64).fail());
        assertEquals(Representable.Fail.NOT_REPRESENTABLE, Representable.check(Value.of("x"), BasicKind.INT).fail());
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        assertEquals(-1L, Representable.toJava(Value.of(max), BasicKind.UINT64));
        assertEquals(0.1, Representable.toJava(Literals.parseFloat("0.1"), BasicKind.FLOAT64));
        assertEquals(0.1f, Representable.toJava(Literals.parseFloat("0.1"), BasicKind.FLOAT32));
    }
}
