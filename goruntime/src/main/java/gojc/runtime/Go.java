// The program's entry: main/$Package.main(String[]) hands the Go main function here. It records
// os.Args, runs main as goroutine 1 and ends the process when main returns, flushing stdout and
// exiting 0 whatever other goroutines are doing, as gc's runtime.main does.
package gojc.runtime;

import gojc.runtime.sched.Scheduler;

public final class Go {
    private static volatile String[] args = new String[0];

    private Go() {}

    public static void main(String[] args, Runnable main) {
        Go.args = args.clone();
        MainG g = new MainG(main);
        Thread t = Scheduler.startMain(g);
        try {
            t.join();
            if (g.goexit) {
                // main called runtime.Goexit: the program runs on until every goroutine has ended
                // (goroutines blocked forever are the scheduler's deadlock report instead).
                Scheduler.awaitAll();
                Stdout.flush();
                Stderr.write("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
                Exit.exit(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Goroutine 1's body: a named class, as a lambda's bootstrap would cost every start-up. */
    private static final class MainG implements Runnable {
        private final Runnable main;
        private volatile boolean goexit;

        MainG(Runnable main) {
            this.main = main;
        }

        @Override
        public void run() {
            try {
                main.run();
            } catch (Scheduler.Goexit e) {
                goexit = true;
                throw e;
            }
            Exit.exit(0);
        }
    }

    /** os.Args: the program's name, then its arguments. */
    public static String[] args() {
        String[] r = new String[args.length + 1];
        r[0] = programName();
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }

    private static String programName() {
        String p = System.getProperty("gojc.arg0");
        if (p != null) {
            return p;
        }
        String cmd = System.getProperty("sun.java.command", "");
        int sp = cmd.indexOf(' ');
        String first = sp < 0 ? cmd : cmd.substring(0, sp);
        return first.isEmpty() ? "main" : first;
    }
}
