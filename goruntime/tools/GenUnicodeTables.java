// Generates package unicode's Unicode 13.0.0 data (Go 1.19's edition) from ICU4J 69.1, which
// implements Unicode 13.0, so that unicode answers as Go 1.19 does whatever JDK runs the program:
//   src/main/java/gojc/runtime/lib/unicode/UnicodeData.java  every range table, CaseRanges and the
//       case-folding orbits, each as one compact string constant decoded on first use;
//   src/main/go/unicode/tables.go  the exported variables and maps naming those tables.
//
// Range tables are laid out as Go lays out its own: code points in ascending order, a range
// grows while the next code point continues its stride (a single code point takes the distance
// to the next as its stride), 16-bit ranges first. CaseRanges follow the UnicodeData case fields
// (a field equal to its own code point only for titlecase letters), runs of equal deltas or of
// alternating upper/lower pairs merged; caseOrbit holds the simple case-folding orbits whose
// members the plain upper/lower pair does not describe.
//
// Run from goruntime/ (the runtime itself never depends on ICU):
//   java -cp ~/.m2/repository/com/ibm/icu/icu4j/69.1/icu4j-69.1.jar tools/GenUnicodeTables.java
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

public class GenUnicodeTables {
    static final int MAX = 0x10FFFF;
    static final String[] CAT = new String[32];

    static {
        CAT[UCharacterCategory.UPPERCASE_LETTER] = "Lu";
        CAT[UCharacterCategory.LOWERCASE_LETTER] = "Ll";
        CAT[UCharacterCategory.TITLECASE_LETTER] = "Lt";
        CAT[UCharacterCategory.MODIFIER_LETTER] = "Lm";
        CAT[UCharacterCategory.OTHER_LETTER] = "Lo";
        CAT[UCharacterCategory.NON_SPACING_MARK] = "Mn";
        CAT[UCharacterCategory.COMBINING_SPACING_MARK] = "Mc";
        CAT[UCharacterCategory.ENCLOSING_MARK] = "Me";
        CAT[UCharacterCategory.DECIMAL_DIGIT_NUMBER] = "Nd";
        CAT[UCharacterCategory.LETTER_NUMBER] = "Nl";
        CAT[UCharacterCategory.OTHER_NUMBER] = "No";
        CAT[UCharacterCategory.CONNECTOR_PUNCTUATION] = "Pc";
        CAT[UCharacterCategory.DASH_PUNCTUATION] = "Pd";
        CAT[UCharacterCategory.START_PUNCTUATION] = "Ps";
        CAT[UCharacterCategory.END_PUNCTUATION] = "Pe";
        CAT[UCharacterCategory.INITIAL_PUNCTUATION] = "Pi";
        CAT[UCharacterCategory.FINAL_PUNCTUATION] = "Pf";
        CAT[UCharacterCategory.OTHER_PUNCTUATION] = "Po";
        CAT[UCharacterCategory.MATH_SYMBOL] = "Sm";
        CAT[UCharacterCategory.CURRENCY_SYMBOL] = "Sc";
        CAT[UCharacterCategory.MODIFIER_SYMBOL] = "Sk";
        CAT[UCharacterCategory.OTHER_SYMBOL] = "So";
        CAT[UCharacterCategory.SPACE_SEPARATOR] = "Zs";
        CAT[UCharacterCategory.LINE_SEPARATOR] = "Zl";
        CAT[UCharacterCategory.PARAGRAPH_SEPARATOR] = "Zp";
        CAT[UCharacterCategory.CONTROL] = "Cc";
        CAT[UCharacterCategory.FORMAT] = "Cf";
        CAT[UCharacterCategory.PRIVATE_USE] = "Co";
        CAT[UCharacterCategory.SURROGATE] = "Cs";
    }

    static String cat(int r) {
        String c = CAT[UCharacter.getType(r)];
        return c == null ? "" : c;
    }

    static boolean has(int r, int prop) {
        return UCharacter.hasBinaryProperty(r, prop);
    }

    static boolean inCat(int r, String... cats) {
        String c = cat(r);
        for (String x : cats) {
            if (x.length() == 1 ? !c.isEmpty() && c.charAt(0) == x.charAt(0) : c.equals(x)) {
                return true;
            }
        }
        return false;
    }

    // PropList.txt's properties; the Other_* ones are contributory and ICU has only the derived
    // property they contribute to, so they are recovered by taking away the derivation's other
    // parts (DerivedCoreProperties.txt's formulas).
    static Map<String, IntPredicate> properties() {
        Map<String, IntPredicate> p = new TreeMap<>();
        p.put("ASCII_Hex_Digit", r -> has(r, UProperty.ASCII_HEX_DIGIT));
        p.put("Bidi_Control", r -> has(r, UProperty.BIDI_CONTROL));
        p.put("Dash", r -> has(r, UProperty.DASH));
        p.put("Deprecated", r -> has(r, UProperty.DEPRECATED));
        p.put("Diacritic", r -> has(r, UProperty.DIACRITIC));
        p.put("Extender", r -> has(r, UProperty.EXTENDER));
        p.put("Hex_Digit", r -> has(r, UProperty.HEX_DIGIT));
        p.put("Hyphen", r -> has(r, UProperty.HYPHEN));
        p.put("IDS_Binary_Operator", r -> has(r, UProperty.IDS_BINARY_OPERATOR));
        p.put("IDS_Trinary_Operator", r -> has(r, UProperty.IDS_TRINARY_OPERATOR));
        p.put("Ideographic", r -> has(r, UProperty.IDEOGRAPHIC));
        p.put("Join_Control", r -> has(r, UProperty.JOIN_CONTROL));
        p.put("Logical_Order_Exception", r -> has(r, UProperty.LOGICAL_ORDER_EXCEPTION));
        p.put("Noncharacter_Code_Point", r -> has(r, UProperty.NONCHARACTER_CODE_POINT));
        p.put("Other_Alphabetic", r -> has(r, UProperty.ALPHABETIC) && !inCat(r, "L", "Nl"));
        p.put("Other_Default_Ignorable_Code_Point", r -> has(r, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                && !inCat(r, "Cf") && !has(r, UProperty.VARIATION_SELECTOR));
        p.put("Other_Grapheme_Extend", r -> has(r, UProperty.GRAPHEME_EXTEND) && !inCat(r, "Me", "Mn"));
        p.put("Other_ID_Continue", r -> has(r, UProperty.ID_CONTINUE) && !has(r, UProperty.ID_START)
                && !inCat(r, "Mn", "Mc", "Nd", "Pc"));
        p.put("Other_ID_Start", r -> has(r, UProperty.ID_START) && !inCat(r, "L", "Nl"));
        p.put("Other_Lowercase", r -> has(r, UProperty.LOWERCASE) && !inCat(r, "Ll"));
        p.put("Other_Math", r -> has(r, UProperty.MATH) && !inCat(r, "Sm"));
        p.put("Other_Uppercase", r -> has(r, UProperty.UPPERCASE) && !inCat(r, "Lu"));
        p.put("Pattern_Syntax", r -> has(r, UProperty.PATTERN_SYNTAX));
        p.put("Pattern_White_Space", r -> has(r, UProperty.PATTERN_WHITE_SPACE));
        p.put("Prepended_Concatenation_Mark", r -> has(r, UProperty.PREPENDED_CONCATENATION_MARK));
        p.put("Quotation_Mark", r -> has(r, UProperty.QUOTATION_MARK));
        p.put("Radical", r -> has(r, UProperty.RADICAL));
        p.put("Regional_Indicator", r -> has(r, UProperty.REGIONAL_INDICATOR));
        p.put("Sentence_Terminal", r -> has(r, UProperty.S_TERM));
        p.put("Soft_Dotted", r -> has(r, UProperty.SOFT_DOTTED));
        p.put("Terminal_Punctuation", r -> has(r, UProperty.TERMINAL_PUNCTUATION));
        p.put("Unified_Ideograph", r -> has(r, UProperty.UNIFIED_IDEOGRAPH));
        p.put("Variation_Selector", r -> has(r, UProperty.VARIATION_SELECTOR));
        p.put("White_Space", r -> has(r, UProperty.WHITE_SPACE));
        return p;
    }

    // ---- range tables ----

    record Range(int lo, int hi, int stride) {}

    record Table(List<Range> r16, List<Range> r32, int latinOffset) {}

    static Table layout(int[] cps, int n) {
        List<Range> r16 = new ArrayList<>(), r32 = new ArrayList<>();
        int i = 0;
        while (i < n) {
            boolean small = cps[i] <= 0xFFFF;
            int lo = cps[i], hi = lo, stride = 1;
            int j = i + 1;
            if (j < n && (cps[j] <= 0xFFFF) == small) {
                stride = cps[j] - lo;
                hi = cps[j];
                j++;
                while (j < n && (cps[j] <= 0xFFFF) == small && cps[j] == hi + stride) {
                    hi = cps[j];
                    j++;
                }
            }
            (small ? r16 : r32).add(new Range(lo, hi, stride));
            i = j;
        }
        int latin = 0;
        for (Range r : r16) {
            if (r.hi <= 0xFF) {
                latin++;
            }
        }
        return new Table(r16, r32, latin);
    }

    static Table table(IntPredicate in) {
        int[] cps = new int[MAX + 1];
        int n = 0;
        for (int r = 0; r <= MAX; r++) {
            if (in.test(r)) {
                cps[n++] = r;
            }
        }
        return layout(cps, n);
    }

    // ---- encoding: unsigned varints, 5 bits a char in '0'..'o' (bit 5 set: more follow) ----

    static void put(StringBuilder sb, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative " + v);
        }
        while (v >= 32) {
            sb.append((char) ('0' + 32 + (v & 31)));
            v >>>= 5;
        }
        sb.append((char) ('0' + v));
    }

    static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    static String encode(Table t) {
        StringBuilder sb = new StringBuilder();
        put(sb, t.r16.size());
        put(sb, t.r32.size());
        put(sb, t.latinOffset);
        int prev = 0;
        List<Range> all = new ArrayList<>(t.r16);
        all.addAll(t.r32);
        for (Range r : all) {
            put(sb, r.lo - prev);
            put(sb, r.hi - r.lo);
            put(sb, r.stride);
            prev = r.hi;
        }
        return sb.toString();
    }

    // ---- case data, modelled on UnicodeData.txt's case fields (0: none) ----

    static int upperField(int r) {
        int u = UCharacter.toUpperCase(r);
        return u == r ? 0 : u;
    }

    static int lowerField(int r) {
        int l = UCharacter.toLowerCase(r);
        return l == r ? 0 : l;
    }

    static int titleField(int r) {
        int t = UCharacter.toTitleCase(r);
        if (t == r) {
            return cat(r).equals("Lt") ? r : 0;
        }
        return t;
    }

    static final int UPPER = 1, LOWER = 2, TITLE = 4, NONE = 0, MISSING = -1;

    record CaseState(int point, int kind, int du, int dl, int dt) {
        boolean continues(CaseState prev) {
            if (point != prev.point + 1) {
                return false;
            }
            if (kind != prev.kind) {
                return alternates(prev, this);
            }
            return kind != NONE && kind != MISSING && du == prev.du && dl == prev.dl && dt == prev.dt;
        }

        boolean startsUpperLower() {
            return du == 0 && dl == 1 && dt == 0;
        }
    }

    static boolean alternates(CaseState a, CaseState b) {
        if (a.kind == UPPER && b.kind != LOWER || a.kind == LOWER && b.kind != UPPER) {
            return false;
        }
        if (a.kind == LOWER) {
            CaseState t = a;
            a = b;
            b = t;
        }
        return a.du == 0 && a.dl == 1 && a.dt == 0 && b.du == -1 && b.dl == 0 && b.dt == -1;
    }

    static CaseState caseState(int r) {
        if (cat(r).isEmpty()) {
            return new CaseState(r, MISSING, 0, 0, 0);
        }
        int u = upperField(r), l = lowerField(r), t = titleField(r);
        int kind = NONE;
        if (r == u) {
            kind = UPPER;
        } else if (r == l) {
            kind = LOWER;
        } else if (r == t) {
            kind = TITLE;
        }
        if (kind == NONE && l != 0) {
            kind = UPPER;
        }
        if (kind == NONE && u != 0) {
            kind = LOWER;
        }
        return new CaseState(r, kind, u == 0 ? 0 : u - r, l == 0 ? 0 : l - r, t == 0 ? 0 : t - r);
    }

    static final int UPPER_LOWER = MAX + 1;

    static String caseRanges() {
        StringBuilder sb = new StringBuilder();
        int prevHi = 0;
        CaseState start = null, prev = new CaseState(-1, NONE, 0, 0, 0);
        for (int r = 0; r <= MAX + 1; r++) {
            CaseState s = r <= MAX ? caseState(r) : new CaseState(r, MISSING, 0, 0, 0);
            if (r <= MAX && s.continues(prev)) {
                prev = s;
                continue;
            }
            if (start != null && (start.du != 0 || start.dl != 0 || start.dt != 0)) {
                put(sb, start.point - prevHi);
                put(sb, prev.point - start.point);
                if (prev.point > start.point && start.startsUpperLower()) {
                    put(sb, zigzag(UPPER_LOWER));
                    put(sb, zigzag(UPPER_LOWER));
                    put(sb, zigzag(UPPER_LOWER));
                } else {
                    put(sb, zigzag(start.du));
                    put(sb, zigzag(start.dl));
                    put(sb, zigzag(start.dt));
                }
                prevHi = prev.point;
            }
            start = s.kind != MISSING && s.kind != NONE ? s : null;
            prev = s;
        }
        return sb.toString();
    }

    // ---- simple case folding ----

    static int foldField(int r) {
        if (cat(r).isEmpty()) {
            return 0;
        }
        int f = UCharacter.foldCase(r, UCharacter.FOLD_CASE_DEFAULT);
        return f == r ? 0 : f;
    }

    /** next[r]: the next member of r's orbit where the upper/lower pair does not describe it, else 0. */
    static int[] orbits() {
        Map<Integer, TreeSet<Integer>> orbit = new TreeMap<>();
        for (int r = 0; r <= MAX; r++) {
            int f = foldField(r);
            if (f != 0) {
                TreeSet<Integer> o = orbit.computeIfAbsent(f, k -> new TreeSet<>());
                o.add(f);
                o.add(r);
            }
        }
        for (int r = 0; r <= MAX; r++) {
            if (cat(r).isEmpty()) {
                continue;
            }
            int f = foldField(r);
            int key = f == 0 ? r : f;
            int u = upperField(r), l = lowerField(r);
            if (!orbit.containsKey(key) && (u != 0 || l != 0)) {
                orbit.put(r, new TreeSet<>(List.of(r)));
            }
        }
        int[] next = new int[MAX + 1];
        for (TreeSet<Integer> o : orbit.values()) {
            if (o.size() == 2) {
                int a = o.first(), b = o.last();
                if (upperField(a) == b && lowerField(b) == a || upperField(b) == a && lowerField(a) == b) {
                    continue;
                }
            }
            Integer[] m = o.toArray(new Integer[0]);
            for (int i = 0; i < m.length; i++) {
                next[m[i]] = m[(i + 1) % m.length];
            }
        }
        return next;
    }

    static String orbitPairs(int[] next) {
        StringBuilder sb = new StringBuilder();
        int prev = 0;
        for (int r = 0; r <= MAX; r++) {
            if (next[r] != 0) {
                put(sb, r - prev);
                put(sb, next[r]);
                prev = r;
            }
        }
        return sb.toString();
    }

    /** Code points outside the class whose orbit (or upper/lower pair) reaches into it. */
    static IntPredicate foldExceptions(IntPredicate in, int[] next) {
        boolean[] m = new boolean[MAX + 1];
        for (int r = 0; r <= MAX; r++) {
            if (!in.test(r) || cat(r).isEmpty()) {
                continue;
            }
            if (next[r] == 0) {
                int u = upperField(r), l = lowerField(r);
                if (u != 0) {
                    m[u] = true;
                }
                if (l != 0) {
                    m[l] = true;
                }
                continue;
            }
            for (int x = next[r]; x != r; x = next[x]) {
                m[x] = true;
            }
        }
        return r -> m[r] && !(in.test(r) && !cat(r).isEmpty());
    }

    // ---- output ----

    public static void main(String[] args) throws IOException {
        if (!VersionInfo.UNICODE_13_0.equals(UCharacter.getUnicodeVersion())) {
            throw new IllegalStateException("need ICU with Unicode 13.0, have " + UCharacter.getUnicodeVersion());
        }
        Map<String, String> enc = new TreeMap<>();
        Map<String, IntPredicate> cats = new TreeMap<>();
        for (String c : CAT) {
            if (c != null) {
                cats.put(c, r -> cat(r).equals(c));
                cats.put(c.substring(0, 1), r -> inCat(r, c.substring(0, 1)));
            }
        }
        for (var e : cats.entrySet()) {
            enc.put(e.getKey(), encode(table(e.getValue())));
        }
        int[] script = new int[MAX + 1];
        TreeSet<String> scripts = new TreeSet<>();
        Map<String, Integer> scriptCode = new TreeMap<>();
        for (int r = 0; r <= MAX; r++) {
            script[r] = UCharacter.getIntPropertyValue(r, UProperty.SCRIPT);
        }
        for (int code = 0; code < UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1; code++) {
            final int c = code;
            if (c == UScript.UNKNOWN) {
                continue;
            }
            Table t = table(r -> script[r] == c);
            if (!t.r16.isEmpty() || !t.r32.isEmpty()) {
                String name = UScript.getName(c);
                scripts.add(name);
                scriptCode.put(name, c);
                enc.put(name, encode(t));
            }
        }
        Map<String, IntPredicate> props = properties();
        for (var e : props.entrySet()) {
            enc.put(e.getKey(), encode(table(e.getValue())));
        }
        int[] next = orbits();
        TreeSet<String> foldCats = new TreeSet<>(), foldScripts = new TreeSet<>();
        for (var e : cats.entrySet()) {
            Table t = table(foldExceptions(e.getValue(), next));
            if (!t.r16.isEmpty() || !t.r32.isEmpty()) {
                foldCats.add(e.getKey());
                enc.put("fold" + e.getKey(), encode(t));
            }
        }
        for (String s : scripts) {
            int c = scriptCode.get(s);
            Table t = table(foldExceptions(r -> script[r] == c, next));
            if (!t.r16.isEmpty() || !t.r32.isEmpty()) {
                foldScripts.add(s);
                enc.put("fold" + s, encode(t));
            }
        }
        writeJava(Path.of("src/main/java/gojc/runtime/lib/unicode/UnicodeData.java"), enc, caseRanges(), orbitPairs(next));
        writeGo(Path.of("src/main/go/unicode/tables.go"), cats.keySet(), scripts, props.keySet(), foldCats, foldScripts);
    }

    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\") + "\"";
    }

    static void writeJava(Path p, Map<String, String> enc, String cases, String orbits) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("// Code generated by goruntime/tools/GenUnicodeTables.java from ICU4J 69.1 (Unicode 13.0.0). DO NOT EDIT.\n");
        sb.append("// Each table is a string of unsigned varints (5 bits a char from '0', bit 5 set while more\n");
        sb.append("// follow), decoded by Tables; see the generator for the layouts.\n");
        sb.append("package gojc.runtime.lib.unicode;\n\n");
        sb.append("final class UnicodeData {\n    private UnicodeData() {}\n\n");
        sb.append("    static final String CASE_RANGES = ").append(literal(cases)).append(";\n\n");
        sb.append("    static final String CASE_ORBIT = ").append(literal(orbits)).append(";\n\n");
        sb.append("    /** The encoded range table of that name (fold tables as \"fold\" + name), or null. */\n");
        sb.append("    static String table(String name) {\n        return switch (name) {\n");
        for (var e : enc.entrySet()) {
            sb.append("            case \"").append(e.getKey()).append("\" -> ").append(literal(e.getValue())).append(";\n");
        }
        sb.append("            default -> null;\n        };\n    }\n}\n");
        Files.writeString(p, sb.toString());
    }

    static void writeGo(Path p, java.util.Set<String> cats, TreeSet<String> scripts, java.util.Set<String> props,
            TreeSet<String> foldCats, TreeSet<String> foldScripts) throws IOException {
        Map<String, String> longNames = Map.ofEntries(Map.entry("C", "Other"), Map.entry("L", "Letter"),
                Map.entry("M", "Mark"), Map.entry("N", "Number"), Map.entry("P", "Punct"), Map.entry("S", "Symbol"),
                Map.entry("Z", "Space"), Map.entry("Nd", "Digit"), Map.entry("Lu", "Upper"), Map.entry("Ll", "Lower"),
                Map.entry("Lt", "Title"));
        StringBuilder sb = new StringBuilder();
        sb.append("// Code generated by goruntime/tools/GenUnicodeTables.java from ICU4J 69.1 (Unicode 13.0.0). DO NOT EDIT.\n\n");
        sb.append("package unicode\n\n");
        sb.append("// Version is the Unicode edition from which the tables are derived.\nconst Version = \"13.0.0\"\n\n");
        sb.append("// These variables have type *RangeTable.\nvar (\n");
        TreeMap<String, String> decl = new TreeMap<>();
        for (String c : cats) {
            decl.put("_" + c, "table(\"" + c + "\")");
            if (longNames.containsKey(c)) {
                decl.put(longNames.get(c), "_" + c);
            }
            decl.put(c, "_" + c);
        }
        for (String s : scripts) {
            decl.put("_" + s, "table(\"" + s + "\")");
            decl.put(s, "_" + s);
        }
        for (String s : props) {
            decl.put("_" + s, "table(\"" + s + "\")");
            decl.put(s, "_" + s);
        }
        decl.put("STerm", "_Sentence_Terminal");
        for (String s : foldCats) {
            decl.put("fold" + s, "table(\"fold" + s + "\")");
        }
        for (String s : foldScripts) {
            decl.put("fold" + s, "table(\"fold" + s + "\")");
        }
        for (var e : decl.entrySet()) {
            sb.append("\t").append(e.getKey()).append(" = ").append(e.getValue()).append("\n");
        }
        sb.append(")\n\n");
        map(sb, "Categories is the set of Unicode category tables.", "Categories", cats, "");
        map(sb, "Scripts is the set of Unicode script tables.", "Scripts", scripts, "");
        TreeSet<String> ps = new TreeSet<>(props);
        ps.add("STerm");
        map(sb, "Properties is the set of Unicode property tables.", "Properties", ps, "");
        map(sb, "FoldCategory maps a category name to a table of code points outside the category that are\n"
                + "// equivalent under simple case folding to code points inside the category.", "FoldCategory", foldCats, "fold");
        map(sb, "FoldScript maps a script name to a table of code points outside the script that are\n"
                + "// equivalent under simple case folding to code points inside the script.", "FoldScript", foldScripts, "fold");
        Files.writeString(p, sb.toString());
    }

    static void map(StringBuilder sb, String doc, String name, java.util.Set<String> keys, String prefix) {
        sb.append("// ").append(doc).append("\nvar ").append(name).append(" = map[string]*RangeTable{\n");
        for (String k : new TreeSet<>(keys)) {
            sb.append("\t\"").append(k).append("\": ").append(prefix).append(k).append(",\n");
        }
        sb.append("}\n\n");
    }
}
