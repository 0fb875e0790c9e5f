package org.backoffice.benchmark;

import java.time.Duration;
import java.util.Locale;

/** Progress on stderr, with the time since the benchmark started; stdout carries only the report. */
final class Log {

    private static final long START = System.nanoTime();

    private Log() {
    }

    static void info(String format, Object... args) {
        long seconds = Duration.ofNanos(System.nanoTime() - START).toSeconds();
        System.err.printf(Locale.ROOT, "[%3d:%02d] %s%n", seconds / 60, seconds % 60, String.format(Locale.ROOT, format, args));
        System.err.flush();
    }

    static void warn(String format, Object... args) {
        info("WARNING: " + format, args);
    }
}
