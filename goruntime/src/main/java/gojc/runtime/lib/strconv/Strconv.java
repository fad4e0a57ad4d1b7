// Package strconv's functions bound from goruntime/src/main/go/strconv: floating-point text in
// both directions, decimal integers, and the printability tests quoting uses.
package gojc.runtime.lib.strconv;

import gojc.runtime.GoString;
import gojc.runtime.lib.unicode.Unicode;
import gojc.runtime.tuple.T_DJ;
import java.nio.charset.StandardCharsets;

public final class Strconv {
    private Strconv() {}

    public static boolean IsPrint(int r) {
        return Unicode.IsPrint(r);
    }

    public static boolean IsGraphic(int r) {
        return Unicode.IsGraphic(r);
    }

    public static GoString formatDecimal(long i) {
        return GoString.wrap(Long.toString(i).getBytes(StandardCharsets.ISO_8859_1));
    }

    public static GoString formatFloat(double f, int fmt, long prec, long bitSize) {
        if (prec < 0) {
            GoString g = ShortestText.format(f, (char) fmt, (int) bitSize);
            if (g != null) {
                return g;
            }
        }
        return GoString.of(FloatText.format(f, (char) fmt, (int) prec, (int) bitSize));
    }

    public static GoString quoteWith(GoString s, int quote, boolean asciiOnly, boolean graphicOnly) {
        return Quote.quoteWith(s, quote, asciiOnly, graphicOnly);
    }

    public static boolean plainBody(GoString body) {
        return Quote.plainBody(body);
    }

    public static T_DJ parseFloat(GoString s, long bitSize) {
        return FloatParse.parse(s, (int) bitSize);
    }
}
