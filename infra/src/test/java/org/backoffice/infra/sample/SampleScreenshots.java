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
        }
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
