package org.backoffice.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The application's REST API as one HTTP Basic user sees it, over one shared JDK HttpClient
 * (HTTP/1.1 with keep-alive: the client opens as many connections as requests run at once and
 * reuses them). Every call answers a {@link Response}, transport failures included (status -1),
 * so that load phases can count them rather than stop.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String authorization;

    Api(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** An answer: its status (-1 when the request failed in transport), body and latency. */
    record Response(int status, String body, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        String text(String field) {
            return json().path(field).asText();
        }

        double millis() {
            return nanos / 1e6;
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return status + " " + shown;
        }
    }

    Response get(String path) {
        return send(request(path).GET().build());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST of an XML document (a bank statement). */
    Response postXml(String path, String xml) {
        return send(request(path).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build());
    }

    /** A GET with no credentials at all. */
    Response getAnonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    /** A GET with other credentials than this client's. */
    Response getAs(String user, String password, String path) {
        String header = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", header).GET().build());
    }

    /** POST that must answer one of the expected statuses; anything else stops the benchmark. */
    Response expect(String path, String json, int... statuses) {
        Response r = post(path, json);
        for (int s : statuses) {
            if (r.status() == s) {
                return r;
            }
        }
        throw new IllegalStateException("POST " + path + " " + json + " answered " + r);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization);
    }

    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted", System.nanoTime() - start);
        }
    }

    /** JSON string literal of a value (ids, names and references the benchmark makes are plain). */
    /** Runs count requests on that many clients; every answer must be a 2xx. */
    static void parallel(int clients, int count, java.util.function.IntFunction<Response> request) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = client; i < count; i += clients) {
                        Response r = request.apply(i);
                        if (!r.ok()) {
                            throw new IllegalStateException("fixture request " + i + " answered " + r);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static String quote(Object value) {
        try {
            return JSON.writeValueAsString(String.valueOf(value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download read as it arrives and counted, not kept: its status, bytes and lines. */
    record Download(int status, long bytes, long lines, long nanos) {
    }

    Download download(String path, Duration timeout) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .timeout(timeout).GET().build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            try (java.io.InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            return new Download(response.statusCode(), bytes, lines, System.nanoTime() - start);
        } catch (IOException e) {
            return new Download(-1, 0, 0, System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Download(-1, 0, 0, System.nanoTime() - start);
        }
    }
}
