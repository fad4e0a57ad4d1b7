// Generates goruntime/src/main/go/math/rand/tables.go: the tables math/rand's generators start
// from, computed here rather than written down, so that every value can be traced to its source.
//
// rngCooked: the additive lagged-Fibonacci generator y[n] = y[n-607] + y[n-273] (mod 2^64),
// seeded as math/rand's reference generator seeds it with seed 1 (a Park-Miller sequence, three
// draws per 64-bit word shifted by 20 and 10), advanced 7.8e12 steps; the table is the generator's
// 607-word register after those steps, in register order. Stepping 7.8e12 times is out of reach,
// but the recurrence is linear, so y[N+k] is the initial window combined with the coefficients of
// x^(N+k) mod P(x), P(x) = x^607 - x^334 - 1, found by square-and-multiply in O(607² log N).
//
// kn/wn/fn and ke/we/fe: the ziggurat tables of Marsaglia and Tsang ("The Ziggurat Method for
// Generating Random Variables", 2000) for the normal (128 strips) and exponential (256 strips)
// distributions, from the paper's zigset procedure and its constants.
//
// Run from goruntime/: java tools/GenRandTables.java > src/main/go/math/rand/tables.go
import java.util.Locale;

public class GenRandTables {
    static final int LEN = 607, TAP = 273;
    static final long STEPS = 7_800_000_000_000L;

    // One step of the Park-Miller "minimal standard" generator (multiplier 48271) by Schrage's
    // method, in 32-bit arithmetic as the reference generator does it.
    static int seedrand(int x) {
        int hi = x / 44488, lo = x % 44488;
        x = 48271 * lo - 3399 * hi;
        return x < 0 ? x + Integer.MAX_VALUE : x;
    }

    // The register after seeding with srand(1); feed = LEN-TAP and tap = 0 at that point.
    static long[] seededRegister() {
        long[] vec = new long[LEN];
        int x = 1;
        for (int i = -20; i < LEN; i++) {
            x = seedrand(x);
            if (i >= 0) {
                long u = (long) x << 20;
                x = seedrand(x);
                u ^= (long) x << 10;
                x = seedrand(x);
                u ^= x;
                vec[i] = u;
            }
        }
        return vec;
    }

    // a*b mod P, for polynomials of degree < LEN with coefficients mod 2^64.
    static long[] mulMod(long[] a, long[] b) {
        long[] prod = new long[2 * LEN - 1];
        for (int i = 0; i < LEN; i++) {
            long ai = a[i];
            if (ai == 0) continue;
            for (int j = 0; j < LEN; j++) prod[i + j] += ai * b[j];
        }
        return reduce(prod);
    }

    // Folds every term of degree ≥ LEN down with x^607 = x^334 + 1, from the top.
    static long[] reduce(long[] p) {
        for (int d = p.length - 1; d >= LEN; d--) {
            long c = p[d];
            if (c == 0) continue;
            p[d - LEN + (LEN - TAP)] += c;
            p[d - LEN] += c;
            p[d] = 0;
        }
        long[] r = new long[LEN];
        System.arraycopy(p, 0, r, 0, LEN);
        return r;
    }

    static long[] xPowMod(long n) {
        long[] result = new long[LEN];
        result[0] = 1;
        long[] base = new long[LEN];
        base[1] = 1;
        for (; n > 0; n >>= 1) {
            if ((n & 1) != 0) result = mulMod(result, base);
            base = mulMod(base, base);
        }
        return result;
    }

    static long[] timesX(long[] a) {
        long[] p = new long[LEN + 1];
        System.arraycopy(a, 0, p, 1, LEN);
        return reduce(p);
    }

    // Step n (from 1) decrements feed and tap and writes y[n] at feed = (LEN-TAP-n) mod LEN;
    // so the seeded register holds y[n] for n in (-LEN, 0] at position (LEN-TAP-n) mod LEN, and
    // after N steps position (LEN-TAP-m) mod LEN holds y[m] for m in (N-LEN, N].
    // With z[k] = y[k-(LEN-1)], z[k] = Σ coeff_i(x^k mod P) · z[i].
    static long[] cooked() {
        long[] vec = seededRegister();
        long[] z = new long[LEN];
        for (int i = 0; i < LEN; i++) z[i] = vec[Math.floorMod(LEN - TAP - (i - (LEN - 1)), LEN)];
        long[] out = new long[LEN];
        long[] coeff = xPowMod(STEPS);
        for (long k = STEPS; k < STEPS + LEN; k++) {
            long y = 0;
            for (int i = 0; i < LEN; i++) y += coeff[i] * z[i];
            long m = k - (LEN - 1);
            out[(int) Math.floorMod(LEN - TAP - m, (long) LEN)] = y;
            coeff = timesX(coeff);
        }
        return out;
    }

    record Ziggurat(long[] k, float[] w, float[] f) {}

    // zigset's normal half: strips of equal area vn under exp(-x²/2) from the tail at dn.
    static Ziggurat normal() {
        final double m1 = 2147483648.0;
        double dn = 3.442619855899, tn = dn, vn = 9.91256303526217e-3;
        long[] k = new long[128];
        float[] w = new float[128], f = new float[128];
        double q = vn / Math.exp(-.5 * dn * dn);
        k[0] = (long) ((dn / q) * m1);
        k[1] = 0;
        w[0] = (float) (q / m1);
        w[127] = (float) (dn / m1);
        f[0] = 1;
        f[127] = (float) Math.exp(-.5 * dn * dn);
        for (int i = 126; i >= 1; i--) {
            dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-.5 * dn * dn)));
            k[i + 1] = (long) ((dn / tn) * m1);
            tn = dn;
            f[i] = (float) Math.exp(-.5 * dn * dn);
            w[i] = (float) (dn / m1);
        }
        return new Ziggurat(k, w, f);
    }

    // zigset's exponential half: strips of equal area ve under exp(-x) from the tail at de.
    static Ziggurat exponential() {
        final double m2 = 4294967296.0;
        double de = 7.697117470131487, te = de, ve = 3.949659822581572e-3;
        long[] k = new long[256];
        float[] w = new float[256], f = new float[256];
        double q = ve / Math.exp(-de);
        k[0] = (long) ((de / q) * m2);
        k[1] = 0;
        w[0] = (float) (q / m2);
        w[255] = (float) (de / m2);
        f[0] = 1;
        f[255] = (float) Math.exp(-de);
        for (int i = 254; i >= 1; i--) {
            de = -Math.log(ve / de + Math.exp(-de));
            k[i + 1] = (long) ((de / te) * m2);
            te = de;
            f[i] = (float) Math.exp(-de);
            w[i] = (float) (de / m2);
        }
        return new Ziggurat(k, w, f);
    }

    static void table(StringBuilder out, String name, String type, int n, java.util.function.IntFunction<String> item) {
        out.append("var ").append(name).append(" = [").append(n).append(']').append(type).append("{\n");
        StringBuilder line = new StringBuilder("\t");
        for (int i = 0; i < n; i++) {
            String s = item.apply(i) + ",";
            if (line.length() > 1 && line.length() + s.length() + 1 > 96) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append('\t');
            }
            line.append(s).append(' ');
        }
        out.append(line.toString().stripTrailing()).append("\n}\n\n");
    }

    static String f32(float f) {
        return f == (long) f ? Long.toString((long) f) : Float.toString(f).replace("E", "e");
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        out.append("// Code generated by goruntime/tools/GenRandTables.java; DO NOT EDIT.\n\n");
        out.append("// The starting tables of math/rand's generators; see the generator for how each is derived.\n\n");
        out.append("package rand\n\n");
        long[] cooked = cooked();
        out.append("// rngCooked is the seed-1 lagged-Fibonacci register after 7.8e12 steps; Seed mixes it into\n");
        out.append("// every seeded register.\n");
        table(out, "rngCooked", "int64", LEN, i -> Long.toString(cooked[i]));
        Ziggurat n = normal(), e = exponential();
        out.append("// Ziggurat tables for NormFloat64 (128 strips).\n");
        table(out, "kn", "uint32", 128, i -> "0x" + Long.toHexString(n.k[i]));
        table(out, "wn", "float32", 128, i -> f32(n.w[i]));
        table(out, "fn", "float32", 128, i -> f32(n.f[i]));
        out.append("// Ziggurat tables for ExpFloat64 (256 strips).\n");
        table(out, "ke", "uint32", 256, i -> "0x" + Long.toHexString(e.k[i]));
        table(out, "we", "float32", 256, i -> f32(e.w[i]));
        table(out, "fe", "float32", 256, i -> f32(e.f[i]));
        System.out.print(out.toString().stripTrailing() + "\n");
    }
}
