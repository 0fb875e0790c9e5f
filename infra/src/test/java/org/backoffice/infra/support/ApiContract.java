package org.backoffice.infra.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the API tests to the application's own description: each answer of
 * every request made through {@link Api} is validated against the served {@code /v3/api-docs}
 * (status code, content type, headers, body: unknown fields, formats and patterns included), and
 * each request the server accepted (an answer below 400) is validated too, so that the server
 * never accepts what the description calls invalid. A difference fails the test that made the
 * request. Requests the server refused are expected to be wrong (the malformed-request suite
 * sends them on purpose), so for those only the answer is checked.
 *
 * <p>The description is fetched once per server (the same application answers on every port).
 */
public final class ApiContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final AtomicLong REQUESTS_CHECKED = new AtomicLong();
    static final AtomicLong RESPONSES_CHECKED = new AtomicLong();
    static final AtomicLong DIFFERENCES = new AtomicLong();

    private ApiContract() {
    }

    /** Whether this path is part of the REST API (pages, actuator and the description itself are not). */
    static boolean covers(String path) {
        return path.startsWith("/api/");
    }

    static void check(String base, String method, String pathAndQuery, String requestContentType, String requestBody,
                      HttpRequest sent, HttpResponse<String> answer) {
        Request request = request(method, pathAndQuery, requestContentType, requestBody, sent.headers());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        verify(base, request, response.build(), answer.statusCode() < 400, true,
                method + " " + pathAndQuery + (requestBody == null ? "" : " " + requestBody) + " -> "
                        + answer.statusCode() + " " + answer.body());
    }

    /** Checks one answer as if the server had given it (to show that the check finds differences). */
    public static void checkAnswer(int port, String method, String path, int status, String contentType, String body) {
        Request request = new SimpleRequest.Builder(Request.Method.valueOf(method), path, true).build();
        Response response = SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build();
        verify("http://localhost:" + port, request, response, false, false, method + " " + path + " -> " + status + " " + body);
    }

    private static void verify(String base, Request request, Response response, boolean accepted, boolean counted,
                               String exchange) {
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, ApiContract::load);
        ValidationReport report = validator.validateResponse(request.getPath(), request.getMethod(), response);
        if (accepted) {
            report = report.merge(validator.validateRequest(request));
        }
        if (counted) {
            RESPONSES_CHECKED.incrementAndGet();
            REQUESTS_CHECKED.addAndGet(accepted ? 1 : 0);
            DIFFERENCES.addAndGet(report.hasErrors() ? 1 : 0);
        }
        if (report.hasErrors()) {
            throw new AssertionError("the API and its OpenAPI description disagree on " + exchange + ":\n"
                    + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")));
        }
    }

    private static Request request(String method, String pathAndQuery, String contentType, String body, HttpHeaders headers) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                uri.getRawPath(), true);
        headers.map().forEach((name, values) -> request.withHeader(name, values));
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null) {
            request.withBody(body);
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        return request.build();
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (docs.statusCode() != 200) {
                throw new IllegalStateException("GET /v3/api-docs answered " + docs.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(docs.body()).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
