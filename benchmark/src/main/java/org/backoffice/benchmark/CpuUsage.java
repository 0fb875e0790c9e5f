package org.backoffice.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How busy the machine was, and how much of that was the benchmark's own processes (its JVM, the
 * application's JVM, the embedded PostgreSQL and its backends): on a shared machine, the rest is
 * load the numbers should be read against. From /proc, in clock ticks.
 */
final class CpuUsage {

    record Sample(long nanoTime, long machineBusy, long ours) {
    }

    private CpuUsage() {
    }

    /** roots: processes whose own time, their reaped children's and their live children's count as ours. */
    static Sample sample(List<Long> roots) {
        long ours = 0;
        for (long pid : roots) {
            ours += withChildren(pid, roots);
        }
        return new Sample(System.nanoTime(), machineBusy(), ours);
    }

    /** A root's own ticks and those of its live children that are not roots themselves. */
    private static long withChildren(long pid, List<Long> roots) {
        long ticks = ticks(pid);
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            ticks += handle.get().children().filter(child -> !roots.contains(child.pid()))
                    .mapToLong(child -> ticks(child.pid())).sum();
        }
        return ticks;
    }

    /** "others 35%, ours 60% of 2 CPUs" between two samples. */
    static String describe(Sample from, Sample to) {
        int cpus = Runtime.getRuntime().availableProcessors();
        double available = (to.nanoTime() - from.nanoTime()) / 1e9 * ticksPerSecond() * cpus;
        double busy = (to.machineBusy() - from.machineBusy()) / available;
        double ours = (to.ours() - from.ours()) / available;
        return Report.fmt("machine %.0f%% busy over %d CPUs: benchmark + application + its PostgreSQL %.0f%%, "
                + "other processes %.0f%%", busy * 100, cpus, ours * 100, Math.max(0, busy - ours) * 100);
    }

    /** CPU time (clock ticks) of each root with its children, in the order of the roots. */
    static long[] perRoot(List<Long> roots) {
        long[] ticks = new long[roots.size()];
        for (int i = 0; i < roots.size(); i++) {
            ticks[i] = withChildren(roots.get(i), roots);
        }
        return ticks;
    }

    /** Milliseconds of CPU between two perRoot samples, per root, divided by a count (e.g. of commands). */
    static double[] millisPer(long[] from, long[] to, double count) {
        double[] ms = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            ms[i] = (to[i] - from[i]) * 1000.0 / ticksPerSecond() / count;
        }
        return ms;
    }

    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime + cutime + cstime of a process (its reaped children included), 0 when it is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            // f[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticksPerSecond() {
        return 100; // USER_HZ on Linux
    }
}
