// This file implements the reading and matching of "// ERROR" comments, the expectations of Go's
// errorcheck tests, following test/run.go: each quoted regular expression on a line "// ERROR ..."
// must match a diagnostic reported on that line, and every diagnostic must be matched by one.
// The conformance run does not run errorcheck tests yet; this is the piece it will need.
package gojc.tests.conformance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The errors a test expects, and the check of a compiler's diagnostics against them. */
final class ExpectedErrors {
    private static final Pattern ERROR = Pattern.compile("// (?:GC_)?ERROR (.*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LINE = Pattern.compile("LINE(([+-])([0-9]+))?");

    /** One expected error: a regular expression that some diagnostic on prefix's line matches. */
    record Wanted(int line, String regex, Pattern pattern, String prefix) {}

    private ExpectedErrors() {}

    /**
     * Reads the expectations of a source; shortName is how diagnostics name the file. LINE in a
     * regular expression stands for "shortName:n" of this line, LINE+k and LINE-k for others.
     */
    static List<Wanted> parse(String src, String shortName) {
        List<Wanted> wanted = new ArrayList<>();
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNum = i + 1;
            if (lines[i].contains("////")) continue; // a doubled comment disables the ERROR
            Matcher m = ERROR.matcher(lines[i]);
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            boolean any = false;
            while (q.find()) {
                any = true;
                String rx = LINE.matcher(q.group(1)).replaceAll(l -> {
                    int n = lineNum;
                    if (l.group(1) != null) {
                        int delta = Integer.parseInt(l.group(3));
                        n += l.group(2).equals("+") ? delta : -delta;
                    }
                    return Matcher.quoteReplacement(shortName + ":" + n);
                });
                try {
                    wanted.add(new Wanted(lineNum, rx, Pattern.compile(rx), shortName + ":" + lineNum));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(shortName + ":" + lineNum + ": invalid regexp " + rx, e);
                }
            }
            if (!any) throw new IllegalArgumentException(shortName + ":" + lineNum + ": invalid ERROR line: " + lines[i]);
        }
        return wanted;
    }

    /**
     * The problems found matching diagnostics ("file:line:col: message", continuation lines
     * starting with a tab) with the wanted errors; empty when the test passes.
     */
    static List<String> check(List<String> diagnostics, List<Wanted> wanted) {
        List<String> out = new ArrayList<>(diagnostics);
        List<String> problems = new ArrayList<>();
        for (Wanted w : wanted) {
            List<String> onLine = new ArrayList<>();
            for (Iterator<String> it = out.iterator(); it.hasNext(); ) {
                String d = it.next();
                if (d.startsWith(w.prefix()) && !Character.isDigit(charAfter(d, w.prefix().length()))) {
                    onLine.add(d);
                    it.remove();
                }
            }
            if (onLine.isEmpty()) {
                problems.add(w.prefix() + ": missing error \"" + w.regex() + "\"");
                continue;
            }
            boolean matched = false;
            for (String d : onLine) {
                // Match the message only, not the file name in front of it.
                int sp = d.indexOf(' ');
                String text = sp >= 0 ? d.substring(sp + 1) : d;
                if (w.pattern().matcher(text).find()) matched = true;
                else out.add(d);
            }
            if (!matched) problems.add(w.prefix() + ": no match for `" + w.regex() + "` in: " + String.join(" | ", onLine));
        }
        for (String d : out) problems.add("unmatched error: " + d);
        return problems;
    }

    private static char charAfter(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }
}
