// The live goroutines, for the deadlock report's goroutine list. Spawning a million goroutines
// must not pay for a concurrent hash map (boxed ids, resizing): goroutines go into striped
// arrays, each G remembering its index, so adding and removing are a few stores under an
// uncontended stripe lock and cost one array slot per goroutine.
package gojc.runtime.sched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class Registry {
    private static final int STRIPES = 64;
    private static final Stripe[] STRIPE = new Stripe[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            STRIPE[i] = new Stripe();
        }
    }

    private static final class Stripe {
        G[] gs = new G[16];
        int n;
    }

    private Registry() {}

    private static Stripe stripe(G g) {
        return STRIPE[(int) (g.id & (STRIPES - 1))];
    }

    static void add(G g) {
        Stripe s = stripe(g);
        synchronized (s) {
            if (s.n == s.gs.length) {
                s.gs = Arrays.copyOf(s.gs, s.n * 2);
            }
            g.slot = s.n;
            s.gs[s.n++] = g;
        }
    }

    static void remove(G g) {
        Stripe s = stripe(g);
        synchronized (s) {
            G last = s.gs[--s.n];
            s.gs[g.slot] = last;
            last.slot = g.slot;
            s.gs[s.n] = null;
        }
    }

    static List<G> snapshot() {
        List<G> all = new ArrayList<>();
        for (Stripe s : STRIPE) {
            synchronized (s) {
                all.addAll(Arrays.asList(s.gs).subList(0, s.n));
            }
        }
        return all;
    }
}
