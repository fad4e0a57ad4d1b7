// The TZif data built from the JDK's zone rules: its POSIX footer must be the one tzdata's own
// files carry for the same zones (the expected strings are the last lines of the 2023 zoneinfo
// files), and unknown zones have none.
package gojc.runtime.lib.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JdkZonesTest {
    static String footer(String zone) {
        String s = new String(JdkZones.tzif(zone), StandardCharsets.ISO_8859_1);
        int end = s.length() - 1;
        return s.substring(s.lastIndexOf('\n', end - 1) + 1, end);
    }

    @Test
    void footersMatchTzdata() {
        assertEquals("EST5EDT,M3.2.0,M11.1.0", footer("America/New_York"));
        assertEquals("IST-5:30", footer("Asia/Kolkata"));
        assertEquals("AEST-10AEDT,M10.1.0,M4.1.0/3", footer("Australia/Sydney"));
        assertEquals("CET-1CEST,M3.5.0,M10.5.0/3", footer("Europe/Berlin"));
        assertEquals("GMT0BST,M3.5.0/1,M10.5.0", footer("Europe/London"));
        assertEquals("NST3:30NDT,M3.2.0,M11.1.0", footer("America/St_Johns"));
        assertEquals("<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", footer("Pacific/Chatham"));
        assertEquals("JST-9", footer("Asia/Tokyo"));
    }

    @Test
    void unknownZones() {
        assertNull(JdkZones.tzif("Mars/Olympus_Mons"));
        assertNull(JdkZones.tzif("localtime"));
        assertNull(JdkZones.tzif("/etc/localtime"));
    }
}
