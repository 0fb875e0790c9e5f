package org.backoffice.benchmark;

/**
 * Every second: the application's heap in use (the sum of jvm_memory_used_bytes{area="heap"}
 * over its pools, from /actuator/prometheus) and its resident set (VmRSS of /proc/<pid>/status,
 * the JVM only: the embedded PostgreSQL runs as separate processes). Keeps the peaks.
 */
final class MemorySampler implements AutoCloseable {

    private final Api api;
    private final AppProcess app;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeapBytes;
    private volatile String phase = "start";
    private volatile String peakHeapPhase = "";
    private final java.util.Map<String, Long> peakByPhase = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long peakRssKb;
    private volatile int samples;
    private volatile int failedScrapes;

    MemorySampler(Api api, AppProcess app) {
        this.api = api;
        this.app = app;
        this.thread = new Thread(this::run, "memory-sampler");
        this.thread.setDaemon(true);
    }

    MemorySampler start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            long heap = heapUsedBytes();
            if (heap >= 0) {
                peakByPhase.merge(phase, heap, Math::max);
            }
            if (heap > peakHeapBytes) {
                peakHeapBytes = heap;
                peakHeapPhase = phase;
            } else if (heap < 0) {
                failedScrapes++;
            }
            peakRssKb = Math.max(peakRssKb, app.procStatusKb("VmRSS"));
            samples++;
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long heapUsedBytes() {
        Api.Response r = api.get("/actuator/prometheus");
        if (r.status() != 200) {
            return -1;
        }
        double sum = 0;
        boolean found = false;
        for (String line : r.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? (long) sum : -1;
    }

    /** Names what the benchmark is doing now, so that the peak can say when it happened. */
    void phase(String name) {
        phase = name;
    }

    String peakHeapPhase() {
        return peakHeapPhase;
    }

    long peakHeapBytes() {
        return peakHeapBytes;
    }

    /** The highest heap in use sampled while the benchmark was in this phase (0 if never sampled). */
    long peakHeapBytes(String phase) {
        return peakByPhase.getOrDefault(phase, 0L);
    }

    long peakRssKb() {
        return peakRssKb;
    }

    int samples() {
        return samples;
    }

    int failedScrapes() {
        return failedScrapes;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
