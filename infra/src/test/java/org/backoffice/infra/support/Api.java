package org.backoffice.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for the REST API, as curl would drive it: raw bodies, Basic auth. Every
 * exchange with {@code /api/**} is held to the served OpenAPI description ({@link ApiContract}).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String location, String body, String correlationId) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public String text(String field) {
            return json().path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Requests as the given user, whose password in the test profile is "<user>-pw". */
    public Response post(String user, String path, String body) {
        return send(user, user + "-pw", "POST", path, body, "application/json");
    }

    public Response get(String user, String path) {
        return send(user, user + "-pw", "GET", path, null, null);
    }

    /** A GET that asks for a format (Accept), e.g. text/csv or application/pdf. */
    public Response get(String user, String path, String accept) {
        return send(user, user + "-pw", "GET", path, null, null, accept);
    }

    public Response send(String user, String password, String method, String path, String body, String contentType) {
        return send(user, password, method, path, body, contentType, null);
    }

    public Response send(String user, String password, String method, String path, String body, String contentType,
                         String accept) {
        // Every request carries its own correlation id, so a test can ask what that request stored.
        String correlationId = "test-" + java.util.UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Correlation-Id", correlationId);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            if (ApiContract.covers(path)) {
                ApiContract.check(base, method, path, contentType, body, sent, response);
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), correlationId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download as its bytes (a ZIP, say), with its headers. */
    public record Download(int status, String contentType, java.net.http.HttpHeaders headers, byte[] bytes) {
    }

    public Download download(String user, String path) {
        String token = Base64.getEncoder().encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
