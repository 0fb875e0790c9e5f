package org.backoffice.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The result: a short header, one markdown table (measure | value | target | met?), and notes. */
final class Report {

    private final List<String> header = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void header(String line) {
        header.add(line);
    }

    /** A measure without a target. */
    synchronized void row(String measure, String value) {
        rows.add(new String[] {measure, value, "—", "—"});
    }

    synchronized void row(String measure, String value, String target, boolean met) {
        rows.add(new String[] {measure, value, target, met ? "yes" : "**NO**"});
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder("# Backoffice benchmark\n\n");
        for (String line : header) {
            md.append("- ").append(line).append('\n');
        }
        md.append("\n| measure | value | target | met? |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            for (String note : notes) {
                md.append("- ").append(note).append('\n');
            }
        }
        return md.toString();
    }

    private static String[] escape(String[] cells) {
        String[] escaped = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            escaped[i] = cells[i].replace("|", "\\|");
        }
        return escaped;
    }

    // Formatting ----------------------------------------------------------------------------

    static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis)
                : millis < 100 ? String.format(Locale.ROOT, "%.1f ms", millis)
                : String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    /** A percentile of a histogram in microseconds, in milliseconds. */
    static double percentileMs(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String rate(double perSecond, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", perSecond, unit);
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%,.0f MiB", bytes / (1024 * 1024));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
