// Time zone data from the JDK's own rules, for systems without tzdata files (Windows, minimal
// containers), where Go would fall back to its embedded copy. The rules are written out as TZif
// version 2 data, so package time reads them with the same code as a zoneinfo file: every
// transition up to 2037, as zic writes them, then a POSIX TZ rule for later years when the
// JDK's yearly rules can be expressed as one, else explicit transitions up to 2200.
// Abbreviations come from the JDK's short zone names where those are real abbreviations, else
// the numeric form tzdata uses ("+03", "+0530"); a historical offset with seconds is "LMT".
package gojc.runtime.lib.time;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

final class JdkZones {
    private JdkZones() {}

    /** One local time type of the TZif data: offset east of UTC and whether it is DST. */
    private record Type(int offset, boolean dst, String name) {}

    private static final long EXPLICIT_UNTIL = LocalDateTime.of(2038, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long FALLBACK_UNTIL = LocalDateTime.of(2201, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    /** TZif data for the zone, or null if the JDK does not know it. */
    static byte[] tzif(String name) {
        ZoneRules rules;
        try {
            if (!ZoneId.getAvailableZoneIds().contains(name)) {
                return null;
            }
            rules = ZoneId.of(name).getRules();
        } catch (RuntimeException e) {
            return null;
        }
        TimeZone tz = TimeZone.getTimeZone(name);
        String footer = posixRule(rules, tz);
        long until = footer != null ? EXPLICIT_UNTIL : FALLBACK_UNTIL;

        Map<Type, Integer> types = new LinkedHashMap<>();
        List<long[]> tx = new ArrayList<>(); // {when, type index}
        ZoneOffset first = rules.getOffset(Instant.MIN);
        types.put(type(rules, tz, first, Instant.MIN), 0);
        ZoneOffsetTransition t = rules.nextTransition(Instant.MIN);
        while (t != null && t.toEpochSecond() < until) {
            Type ty = type(rules, tz, t.getOffsetAfter(), t.getInstant());
            Integer idx = types.computeIfAbsent(ty, k -> types.size());
            tx.add(new long[] {t.toEpochSecond(), idx});
            t = rules.nextTransition(t.getInstant());
        }
        return write(new ArrayList<>(types.keySet()), tx, footer == null ? "" : footer);
    }

    private static Type type(ZoneRules rules, TimeZone tz, ZoneOffset offset, Instant at) {
        boolean dst = !rules.getStandardOffset(at).equals(offset);
        return new Type(offset.getTotalSeconds(), dst, abbreviation(tz, offset.getTotalSeconds(), dst));
    }

    /** The JDK's short name when it is an abbreviation for this offset, else tzdata's numeric form. */
    static String abbreviation(TimeZone tz, int offset, boolean dst) {
        if (offset % 60 != 0) {
            return "LMT";
        }
        int current = tz.getRawOffset() / 1000 + (dst ? tz.getDSTSavings() / 1000 : 0);
        if (offset == current) {
            String s = tz.getDisplayName(dst, TimeZone.SHORT, Locale.US);
            if (s.length() >= 3 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return s;
            }
        }
        if (offset == 0) {
            return "UTC";
        }
        int m = Math.abs(offset) / 60;
        String s = (offset < 0 ? "-" : "+") + String.format("%02d", m / 60);
        return m % 60 == 0 ? s : s + String.format("%02d", m % 60);
    }

    /** The POSIX TZ rule for the years after the explicit transitions, or null. */
    private static String posixRule(ZoneRules rules, TimeZone tz) {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        Instant end = Instant.ofEpochSecond(EXPLICIT_UNTIL);
        if (yearly.isEmpty()) {
            if (rules.nextTransition(end) != null) {
                return null;
            }
            ZoneOffset off = rules.getOffset(end);
            return posixName(abbreviation(tz, off.getTotalSeconds(), false)) + posixOffset(-off.getTotalSeconds());
        }
        if (yearly.size() != 2) {
            return null;
        }
        ZoneOffsetTransitionRule toDst = null, toStd = null;
        for (ZoneOffsetTransitionRule r : yearly) {
            if (r.getOffsetAfter().equals(r.getStandardOffset())) {
                toStd = r;
            } else {
                toDst = r;
            }
        }
        if (toDst == null || toStd == null) {
            return null;
        }
        int std = toStd.getOffsetAfter().getTotalSeconds();
        int dst = toDst.getOffsetAfter().getTotalSeconds();
        String start = posixDate(toDst), stop = posixDate(toStd);
        if (start == null || stop == null) {
            return null;
        }
        // A DST offset one hour ahead of standard time is the default and goes unwritten, as zic does.
        String dstOffset = dst == std + 3600 ? "" : posixOffset(-dst);
        return posixName(abbreviation(tz, std, false)) + posixOffset(-std)
                + posixName(abbreviation(tz, dst, true)) + dstOffset + "," + start + "," + stop;
    }

    private static String posixName(String abbr) {
        return abbr.chars().allMatch(Character::isLetter) ? abbr : "<" + abbr + ">";
    }

    private static String posixOffset(int secs) {
        StringBuilder b = new StringBuilder();
        if (secs < 0) {
            b.append('-');
            secs = -secs;
        }
        b.append(secs / 3600);
        if (secs % 3600 != 0) {
            b.append(':').append(String.format("%02d", secs / 60 % 60));
            if (secs % 60 != 0) {
                b.append(':').append(String.format("%02d", secs % 60));
            }
        }
        return b.toString();
    }

    /** Mm.w.d/time for a rule "weekday on or after day n" or "last weekday", else null. */
    private static String posixDate(ZoneOffsetTransitionRule r) {
        DayOfWeek dow = r.getDayOfWeek();
        int dom = r.getDayOfMonthIndicator();
        if (dow == null) {
            return null;
        }
        int week;
        int length = r.getMonth().minLength();
        // "last Sunday" is stored as "Sunday on or after the 25th" in 31-day months.
        if (dom == -1 || length == r.getMonth().maxLength() && dom == length - 6) {
            week = 5;
        } else if (dom > 0 && (dom - 1) % 7 == 0 && dom <= 22) {
            week = (dom - 1) / 7 + 1;
        } else {
            return null;
        }
        int secs = r.isMidnightEndOfDay() ? 24 * 3600 : r.getLocalTime().toSecondOfDay();
        // POSIX times are wall clock times before the transition.
        int before = r.getOffsetBefore().getTotalSeconds();
        secs += switch (r.getTimeDefinition()) {
            case WALL -> 0;
            case UTC -> before;
            case STANDARD -> before - r.getStandardOffset().getTotalSeconds();
        };
        String date = "M" + r.getMonth().getValue() + "." + week + "." + (dow.getValue() % 7);
        return secs == 2 * 3600 ? date : date + "/" + posixOffset(secs);
    }

    /** TZif version 2: an empty version 1 block, then the 64-bit block and the footer. */
    private static byte[] write(List<Type> types, List<long[]> tx, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out, 0, 0, 0);
        StringBuilder chars = new StringBuilder();
        int[] abbrIndex = new int[types.size()];
        for (int i = 0; i < types.size(); i++) {
            String n = types.get(i).name();
            int at = chars.indexOf(n + "\0");
            if (at < 0) {
                at = chars.length();
                chars.append(n).append('\0');
            }
            abbrIndex[i] = at;
        }
        header(out, tx.size(), types.size(), chars.length());
        for (long[] t : tx) {
            int32(out, (int) (t[0] >>> 32));
            int32(out, (int) t[0]);
        }
        for (long[] t : tx) {
            out.write((int) t[1]);
        }
        for (int i = 0; i < types.size(); i++) {
            int32(out, types.get(i).offset());
            out.write(types.get(i).dst() ? 1 : 0);
            out.write(abbrIndex[i]);
        }
        out.writeBytes(chars.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.writeBytes(("\n" + footer + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void header(ByteArrayOutputStream out, int timecnt, int typecnt, int charcnt) {
        out.writeBytes(new byte[] {'T', 'Z', 'i', 'f', '2'});
        out.writeBytes(new byte[15]);
        for (int n : new int[] {0, 0, 0, timecnt, typecnt, charcnt}) { // isut, isstd, leap, time, type, char
            int32(out, n);
        }
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
