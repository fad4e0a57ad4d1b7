// Float formatting over 1200 pseudo-random values (random bit patterns, normal values across
// 40 decades, simple fractions) against a table Go 1.19 printed: bits, %v, %.3e, %.2f,
// %v of the float32 conversion, %.5g.
package gojc.runtime.lib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gojc.runtime.GoString;
import gojc.runtime.slice.Slice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FloatTableTest {
    @Test
    void matchesGo() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FloatTableTest.class.getResourceAsStream("floats.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                Object[] args = {v, v, v, (float) v, v};
                String got = Fmt.Sprintf(GoString.of("%v\t%.3e\t%.2f\t%v\t%.5g"), Slice.of(args)).toString();
                assertEquals(line.substring(17), got, "bits " + f[0]);
                n++;
            }
            assertEquals(1200, n);
        }
    }
}
