package org.backoffice.infra.sample;

import org.backoffice.infra.support.Browser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Retakes the README's screenshots from a running application with the sample company; skipped
 * unless asked for: start the application with --backoffice.sample-company=true, then
 * {@code mvn -pl infra test -Dtest=SampleScreenshots -Dbackoffice.screenshots.port=8091
 * -Dbackoffice.screenshots.data-dir=<its data dir>} writes docs/screenshots/*.png.
 */
class SampleScreenshots {

    @Test
    void retakeTheReadmeScreenshots() throws Exception {
        String port = System.getProperty("backoffice.screenshots.port");
        assumeTrue(port != null, "only when asked for (-Dbackoffice.screenshots.port)");
        Path dataDir = Path.of(System.getProperty("backoffice.screenshots.data-dir", "backoffice-data"));
        Path docs = Path.of(System.getProperty("backoffice.screenshots.to", "../docs/screenshots"));
        try (Browser browser = new Browser(Integer.parseInt(port))) {
            browser.signIn("admin", password(dataDir, "admin"));
            shoot(browser, "/ui", "dashboard", docs);
            shoot(browser, "/ui/aging", "aging", docs);
            shoot(browser, "/ui/employees", "employees", docs);
            shoot(browser, "/ui/assets", "devices", docs);
            shoot(browser, "/ui/trail/" + firstTermination(Integer.parseInt(port), password(dataDir, "admin")), "trail", docs);
        }
    }

    /** The position of a leaver's termination, for the trail's screenshot. */
    private static long firstTermination(int port, String password) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
        java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> get = path -> {
            try {
                var response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1" + path)).header("Authorization", auth).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        String leaver = get.apply("/employees?status=TERMINATED").path("items").path(0).path("id").asText();
        return get.apply("/audit/events?aggregateId=" + leaver + "&eventType=EmployeeTerminatedEvent").path("events").path(0)
                .path("position").asLong();
    }

    private static void shoot(Browser browser, String path, String name, Path docs) throws Exception {
        browser.open(path);
        Files.copy(browser.screenshot("sample-" + name), docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String password(Path dataDir, String user) throws Exception {
        return Files.readAllLines(dataDir.resolve("demo-users.txt")).stream().map(l -> l.split(" "))
                .filter(p -> p[0].equals(user)).map(p -> p[1]).findFirst().orElseThrow();
    }
}
