package org.backoffice.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.BrowserWalkthrough;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web back office in a real browser (headless Chromium) against the running application on
 * PostgreSQL: sign-in, the dashboard with real numbers, a form per department end to end, a
 * reporting user refused, the audit timeline, replay and integrity check, sign-out. Every page
 * visited is saved as a screenshot under target/screenshots.
 */
class BrowserTest extends BrowserWalkthrough {


    private static void signIn(String user) {
        browser.signIn(user, user + "-pw");
        assertThat(browser.path()).isEqualTo("/ui");
        assertThat(browser.text("signed-in-as")).isEqualTo(user);
    }

    @Test
    void signInShowsTheDashboardWithTheNumbersOfTheReadModels() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0.00");
        String sales = ledger.open(unique("4000"), "REVENUE", null);
        ledger.post("TRANSFER", bank, sales, "250.00", "dashboard");
        new Hr(api).hire("Dash", "Board", "Dashboard", LocalDate.now().minusMonths(2), "3000.00");
        new It(api).register("LAPTOP", "Dashboard");

        browser.open("/ui");
        assertThat(browser.path()).as("not signed in: the sign-in page").isEqualTo("/login");
        browser.signIn("reporting", "wrong");
        assertThat(browser.text("failure")).contains("Wrong user name or password");
        signIn("reporting");

        JsonNode headcount = eventually(() -> api.get("reporting", "/api/v1/reports/headcount").json(),
                h -> h.path("byDepartment").path("Dashboard").asLong() >= 1);
        JsonNode inventory = api.get("reporting", "/api/v1/reports/inventory").json();
        browser.open("/ui");
        assertThat(browser.text("trial-balance-status")).isEqualTo("balanced");
        assertThat(browser.text("headcount-total")).isEqualTo(headcount.path("total").asText());
        assertThat(browser.text("inventory-total")).isEqualTo(inventory.path("total").asText());
        for (String chart : new String[] {"headcount-chart", "trend-chart", "inventory-chart"}) {
            assertThat(browser.script("return Chart.getChart(arguments[0]) != null", chart)).as(chart).isEqualTo(true);
        }
        assertThat(browser.script("return Chart.getChart('headcount-chart').data.labels")).asList().contains("Dashboard");
        browser.screenshot("dashboard");

        // As of a past day: the device registered today is not counted yet.
        browser.date("asOf", LocalDate.now().minusDays(1));
        browser.click("show-as-of");
        JsonNode yesterday = api.get("reporting", "/api/v1/reports/inventory?asOf=" + LocalDate.now().minusDays(1)).json();
        assertThat(browser.text("inventory-total")).isEqualTo(yesterday.path("total").asText());
        browser.screenshot("dashboard-as-of");

        browser.signOut();
        assertThat(browser.text("notice")).contains("signed out");
        browser.open("/ui/accounts");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void accountingOpensAnAccountAndPostsTransactionsWithTheirOutcome() {
        String bank = new Ledger(api).openBank(unique("1000"), "100.00");
        signIn("accounting");
        browser.open("/ui/accounts");
        String number = unique("4000");
        browser.type("open-number", number);
        browser.type("open-name", "Consulting revenue");
        browser.type("open-currency", "eur");
        browser.click("open-account-submit");
        assertThat(browser.text("open-type-error")).as("next to the field, in plain words").isEqualTo("is required");
        assertThat(browser.text("open-currency-error")).isEqualTo("must be an ISO 4217 code such as EUR");
        assertThat(browser.byId("open-number").getAttribute("value")).as("what was typed is kept").isEqualTo(number);
        browser.screenshot("accounts-invalid");
        browser.choose("open-type", "REVENUE");
        browser.type("open-currency", "EUR");
        browser.choose("open-group", "B.IV");
        browser.click("open-account-submit");
        assertThat(browser.text("open-group-error")).as("a revenue account under a balance sheet position, refused there")
                .contains("is shown in PROFIT_AND_LOSS");
        browser.choose("open-group", "GUV.1");
        browser.click("open-account-submit");
        assertThat(browser.text("notice")).isEqualTo("Account opened.");
        assertThat(browser.path()).startsWith("/ui/accounts/");
        String revenue = browser.path().substring("/ui/accounts/".length());
        JsonNode opened = api.get("accounting", "/api/v1/accounts/" + revenue).json();
        assertThat(opened.path("number").asText()).isEqualTo(number);
        assertThat(opened.path("group").asText()).isEqualTo("GUV.1");

        browser.open("/ui/accounts");
        browser.choose("post-kind", "TRANSFER");
        browser.choose("post-debitAccountId", bank);
        browser.choose("post-creditAccountId", revenue);
        browser.type("post-amount.amount", "40.00");
        browser.type("post-amount.currency", "EUR");
        browser.type("post-reference", "browser sale");
        browser.click("post-transaction-submit");
        assertThat(browser.text("outcome")).contains("COMPLETED");
        browser.waitUntil(d -> !d.findElements(By.id("transaction-status")).isEmpty());
        assertThat(browser.text("transaction-status")).isEqualTo("COMPLETED");
        browser.screenshot("transaction-completed");

        browser.open("/ui/accounts");
        browser.choose("post-kind", "TRANSFER");
        browser.choose("post-debitAccountId", revenue);
        browser.choose("post-creditAccountId", bank);
        browser.type("post-amount.amount", "500.00");
        browser.type("post-amount.currency", "EUR");
        browser.type("post-reference", "too much");
        browser.click("post-transaction-submit");
        assertThat(browser.text("outcome")).contains("REJECTED").contains("insufficient funds");
        browser.screenshot("transaction-rejected");

        browser.open("/ui/accounts/" + bank);
        browser.waitUntil(d -> d.findElement(By.id("balance")).getText().equals("40.00 EUR"));
        assertThat(browser.driver().findElements(By.cssSelector("#entries tr"))).hasSize(2); // header + one entry
        browser.screenshot("account");

        // Without the CSRF token even a permitted user's form is refused.
        String forged = unique("nocsrf");
        Object status = browser.script("""
                return fetch('/ui/accounts', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'number=' + arguments[0] + '&name=x&type=ASSET&currency=EUR'}).then(r => r.status);""", forged);
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(api.get("accounting", "/api/v1/accounts?type=ASSET&size=500").json().path("items").toString())
                .doesNotContain(forged);
    }

    @Test
    void hrHiresTransfersAndTerminatesAnEmployee() {
        String reviewer = new Hr(api).hire("Rear", "Admiral", "Browser", LocalDate.now().minusYears(2), "6000.00");
        eventually(() -> api.get("hr", "/api/v1/employees/" + reviewer).status(), st -> st == 200);
        signIn("hr");
        browser.open("/ui/employees");
        browser.type("hire-firstName", "Grace");
        browser.type("hire-lastName", "Hopper");
        browser.type("hire-email", unique("grace") + "@example.com");
        browser.type("hire-department", "Browser");
        browser.type("hire-jobTitle", "Engineer");
        browser.date("hire-startDate", LocalDate.now().minusDays(10));
        browser.type("hire-monthlySalary.amount", "-5");
        browser.type("hire-monthlySalary.currency", "EUR");
        browser.click("hire-submit");
        assertThat(browser.present("failure")).isTrue();
        browser.screenshot("hire-invalid");
        browser.type("hire-monthlySalary.amount", "5200.00");
        browser.click("hire-submit");
        assertThat(browser.text("notice")).isEqualTo("Employee hired.");
        String id = browser.path().substring("/ui/employees/".length());
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("employee-name")).isEmpty();
        });
        assertThat(browser.text("employee-name")).isEqualTo("Grace Hopper");
        assertThat(browser.text("employee-salary")).isEqualTo("5200.00 EUR");

        browser.type("transfer-department", "Compilers");
        browser.type("transfer-jobTitle", "Lead");
        browser.date("transfer-effectiveDate", LocalDate.now().minusDays(1));
        browser.click("transfer-submit");
        assertThat(browser.text("notice")).isEqualTo("Transfer recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("employee-department")).getText().equals("Compilers");
        });

        browser.type("review-period", "2026-H2");
        browser.choose("review-rating", "5");
        browser.choose("review-reviewerId", reviewer);
        browser.type("review-summary", "Wrote the first compiler");
        browser.click("review-submit");
        assertThat(browser.text("notice")).isEqualTo("Review recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("reviews")).isEmpty();
        });
        assertThat(browser.text("reviews")).contains("2026-H2").contains("Wrote the first compiler");
        assertThat(browser.text("history")).contains("HIRED").contains("TRANSFERRED").contains("Compilers");

        browser.date("terminate-effectiveDate", LocalDate.now().minusDays(1));
        browser.type("terminate-reason", "moved on");
        browser.click("terminate-submit");
        assertThat(browser.text("notice")).isEqualTo("Termination recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("employee-status")).getText().equals("TERMINATED");
        });
        assertThat(api.get("hr", "/api/v1/employees/" + id).json().path("status").asText()).isEqualTo("TERMINATED");
        browser.screenshot("employee-terminated");
    }

    @Test
    void itRegistersAndAssignsADevice() {
        String employee = new Hr(api).hire("Linus", "Device", "Browser", LocalDate.now().minusDays(30), "4000.00");
        signIn("it");
        browser.open("/ui/assets");
        String serial = unique("SN");
        browser.choose("register-type", "LAPTOP");
        browser.type("register-serialNumber", serial);
        browser.type("register-model", "ThinkPad X1");
        browser.click("register-submit");
        assertThat(browser.text("notice")).isEqualTo("Device registered.");
        String asset = browser.path().substring("/ui/assets/".length());
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("assign-employeeId")).isEmpty();
        });
        eventually(() -> api.get("hr", "/api/v1/employees/" + employee).status(), s -> s == 200);
        browser.driver().navigate().refresh();
        browser.choose("assign-employeeId", employee);
        browser.click("assign-submit");
        assertThat(browser.text("notice")).isEqualTo("Device assigned.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("asset-status")).getText().equals("ASSIGNED");
        });
        assertThat(browser.byId("asset-holder").getText()).isEqualTo(employee);
        browser.screenshot("asset-assigned");

        browser.open("/ui/assets?status=ASSIGNED&employeeId=" + employee);
        assertThat(browser.driver().findElements(By.cssSelector("#assets tr"))).hasSize(2);
        assertThat(browser.byId("assets").getText()).contains(serial);
        browser.screenshot("assets-filtered");
        assertThat(api.get("it", "/api/v1/assets/" + asset).json().path("status").asText()).isEqualTo("ASSIGNED");
    }

    @Test
    void itDefinesANetworkAndAssignsTheNextFreeAddressToADevice() {
        String printer = new It(api).register("PRINTER", "LaserJet Browser");
        signIn("it");
        browser.open("/ui/networks");
        String site = unique("Site");
        browser.type("site-name", site);
        browser.type("site-address", "Hauptstr. 1, Berlin");
        browser.click("site-submit");
        assertThat(browser.text("notice")).isEqualTo("Site opened.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("network-siteId")).getText().contains(site);
        });
        browser.choose("network-siteId", site);
        browser.type("network-name", "Office LAN");
        browser.type("network-prefix", "172.30.7.0/24");
        browser.type("network-vlanId", "30");
        browser.type("network-gateway", "172.30.7.1");
        browser.click("network-submit");
        assertThat(browser.text("notice")).isEqualTo("Network defined.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("assign-address")).isEmpty();
        });
        // The next free address is offered: not the network address, not the gateway.
        assertThat(browser.byId("assign-address").getAttribute("value")).isEqualTo("172.30.7.2");
        browser.choose("assign-assetId", printer);
        browser.type("assign-hostname", "printer-2og");
        browser.click("assign-submit");
        assertThat(browser.text("notice")).isEqualTo("Address assigned.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("addresses")).getText().contains("printer-2og");
        });
        assertThat(browser.byId("assign-address").getAttribute("value")).isEqualTo("172.30.7.3");
        // An address outside the prefix is refused next to the field, and what was typed stays.
        browser.type("assign-address", "172.30.8.9");
        browser.choose("assign-assetId", printer);
        browser.click("assign-submit");
        assertThat(browser.text("assign-address-error")).contains("lies outside the network 172.30.7.0/24");
        assertThat(browser.byId("assign-address").getAttribute("value")).isEqualTo("172.30.8.9");
        browser.screenshot("network");

        browser.open("/ui/assets/" + printer);
        assertThat(browser.byId("asset-addresses").getText()).contains("172.30.7.2").contains("Office LAN");
        browser.open("/ui/networks");
        assertThat(browser.byId("networks").getText()).contains("172.30.7.0/24").contains(site);
        browser.screenshot("networks");
    }

    @Test
    void itRecordsExtensionsAndGivesTheNextFreeOneToAnEmployee() {
        String employee = new Hr(api).hire("Ada", "Extension", "Browser", LocalDate.now().minusDays(30), "4000.00");
        String other = new Hr(api).hire("Bob", "Extension", "Browser", LocalDate.now().minusDays(30), "4000.00");
        eventually(() -> api.get("hr", "/api/v1/employees/" + other).status(), s -> s == 200);
        signIn("it");
        browser.open("/ui/number-blocks");
        browser.type("block-name", "Extensions 7xx");
        browser.choose("block-kind", "EXTENSIONS");
        browser.type("block-first", "700");
        browser.type("block-size", "100");
        browser.click("block-submit");
        assertThat(browser.text("notice")).isEqualTo("Number block recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("assign-number")).isEmpty();
        });
        assertThat(browser.byId("assign-number").getAttribute("value")).isEqualTo("700");
        browser.choose("assign-employeeId", employee);
        browser.click("assign-submit");
        assertThat(browser.text("notice")).isEqualTo("Number assigned.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("numbers")).getText().contains("700");
        });
        assertThat(browser.byId("assign-number").getAttribute("value")).isEqualTo("701");
        // The same extension for someone else is refused, naming who holds it.
        browser.type("assign-number", "700");
        browser.choose("assign-employeeId", other);
        browser.click("assign-submit");
        assertThat(browser.text("assign-number-error")).contains("700 is already assigned to employee " + employee);
        browser.screenshot("number-block");
        browser.open("/ui/number-blocks");
        assertThat(browser.byId("blocks").getText()).contains("Extensions 7xx").contains("701");
    }

    @Test
    void itRegistersALicenceAndGivesItsLastSeat() {
        String ada = new Hr(api).hire("Ada", "Seat", "Browser", LocalDate.now().minusDays(30), "4000.00");
        String bob = new Hr(api).hire("Bob", "Seat", "Browser", LocalDate.now().minusDays(30), "4000.00");
        eventually(() -> api.get("hr", "/api/v1/employees/" + bob).status(), s -> s == 200);
        signIn("it");
        browser.open("/ui/licences");
        String product = unique("Figma Professional");
        browser.type("register-product", product);
        browser.type("register-vendor", "Figma");
        browser.type("register-seats", "1");
        browser.type("register-costPerPeriod.amount", "15.00");
        browser.type("register-costPerPeriod.currency", "EUR");
        browser.choose("register-billingPeriod", "MONTHLY");
        browser.date("register-renewalDate", LocalDate.now().plusDays(20));
        browser.click("register-submit");
        assertThat(browser.text("notice")).isEqualTo("Licence registered.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("assign-employeeId")).isEmpty();
        });
        browser.choose("assign-employeeId", ada);
        browser.click("assign-submit");
        assertThat(browser.text("notice")).isEqualTo("Seat assigned.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("licence-seats")).getText().equals("1 of 1 assigned");
        });
        // The renewal is less than 30 days away: the reminder has come by itself.
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("renewal-due")).isEmpty();
        });
        browser.choose("assign-employeeId", bob);
        browser.click("assign-submit");
        assertThat(browser.text("failure")).contains("has all its 1 seats assigned");
        browser.screenshot("licence");
        browser.open("/ui/licences?renewalDue=true");
        assertThat(browser.byId("licences").getText()).contains(product).contains("180.00 EUR");
    }

    @Test
    void itBuysANewHiresLaptopAndAccountingSeesTheInvoiceInTheLedger() {
        // Accounting: a supplier, the accounts IT's purchases post to, input tax.
        org.backoffice.infra.support.Ledger ledger = new org.backoffice.infra.support.Ledger(api);
        String supplierName = unique("Cancom");
        assertThat(api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"" + supplierName + "\"}").status())
                .isEqualTo(201);
        String fixed = ledger.open(unique("0690"), "ASSET", null);
        String low = ledger.open(unique("4855"), "EXPENSE", null);
        String vat = ledger.open(unique("1576"), "ASSET", null);
        String code = "B" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        assertThat(api.post("accounting", "/api/v1/tax-codes", "{\"code\": \"" + code + "\", \"name\": \"VSt\", \"kind\": \"INPUT\", "
                + "\"validFrom\": \"2020-01-01\", \"rate\": \"19\", \"taxAccountId\": \"" + vat + "\"}").status()).isEqualTo(201);
        assertThat(api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixed
                + "\", \"lowValueAccountId\": \"" + low + "\", \"depreciationAccountId\": \"" + low + "\", \"disposalAccountId\": \"" + low + "\"}").status()).isEqualTo(200);
        String grace = new Hr(api).hire("Grace", "Purchase", "Browser", LocalDate.now().plusDays(7), "4000.00");
        eventually(() -> api.get("it", "/api/v1/catalogue-suppliers").body(), b -> b.contains(supplierName));
        eventually(() -> api.get("hr", "/api/v1/employees/" + grace).status(), st -> st == 200);

        signIn("it");
        browser.open("/ui/purchasing");
        String model = unique("ThinkPad T14s");
        browser.choose("model-type", "LAPTOP");
        browser.type("model-name", model);
        browser.type("model-specs", "32 GB, 1 TB");
        browser.choose("model-supplierId", supplierName);
        browser.type("model-unitPrice.amount", "1450.00");
        browser.type("model-unitPrice.currency", "EUR");
        browser.type("model-taxCode", code);
        browser.click("model-submit");
        assertThat(browser.text("notice")).isEqualTo("Model added to the catalogue.");
        browser.choose("request-reason", "NEW_HIRE");
        browser.choose("request-type", "LAPTOP");
        browser.choose("request-employeeId", grace);
        browser.click("request-submit");
        assertThat(browser.text("notice")).isEqualTo("Device requested.");
        String request = eventually(() -> api.get("it", "/api/v1/device-requests?status=REQUESTED&size=500").json().path("items"),
                items -> items.findValuesAsText("employeeId").contains(grace)).findParents("employeeId").stream()
                .filter(r -> r.path("employeeId").asText().equals(grace)).findFirst().orElseThrow().path("id").asText();
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("approve-" + request)).isEmpty()
                    && d.findElement(By.id("approve-model-" + request)).getText().contains(model);
        });
        browser.choose("approve-model-" + request, model + " (1450.00 EUR)");
        browser.click("approve-" + request);
        assertThat(browser.text("notice")).isEqualTo("Request approved.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("order-request-" + request)).isEmpty();
        });
        browser.choose("order-model", model + " (" + supplierName + ")");
        browser.type("order-quantity", "1");
        browser.click("order-request-" + request);
        browser.click("order-submit");
        assertThat(browser.text("notice")).isEqualTo("Order placed.");
        String orderPath = browser.path();
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("receive-submit")).isEmpty();
        });
        String serial = unique("PF").toUpperCase();
        browser.type("receive-invoiceNumber", "RE-77812");
        browser.date("receive-invoiceDate", LocalDate.now());
        browser.type("receive-serials", serial);
        browser.click("receive-submit");
        assertThat(browser.text("notice")).startsWith("Received");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("a[id^='entry-']")).isEmpty();
        });
        assertThat(browser.text("order-status")).isEqualTo("RECEIVED");
        browser.screenshot("purchase-order");
        String entry = browser.driver().findElement(By.cssSelector("a[id^='entry-']")).getAttribute("href");

        // Accounting follows the link: the supplier's invoice, posted by itself.
        browser.signOut();
        signIn("accounting");
        browser.driver().get(entry);
        assertThat(browser.text("transaction-document")).startsWith("ER-");
        assertThat(browser.byId("transaction-legs").getText()).contains("1450.00").contains("275.50").contains("1725.50");
        browser.screenshot("purchase-invoice");
    }

    @Test
    void itRecordsAWarrantyPlansMaintenanceAndSeesBothDue() {
        String ups = new It(api).register("OTHER", unique("Smart-UPS"));
        signIn("it");
        browser.open("/ui/assets/" + ups);
        browser.date("warranty-endsOn", LocalDate.now().plusDays(10));
        browser.click("warranty-submit");
        assertThat(browser.text("notice")).isEqualTo("Warranty recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("asset-warranty")).isEmpty();
        });
        browser.open("/ui/maintenance");
        browser.choose("plan-assetId", ups);
        browser.type("plan-task", "Battery test");
        browser.type("plan-intervalMonths", "6");
        browser.date("plan-firstDue", LocalDate.now().plusDays(3));
        browser.click("plan-submit");
        assertThat(browser.text("notice")).isEqualTo("Maintenance planned.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("due-maintenance")).getText().contains("Battery test")
                    && d.findElement(By.id("due-warranties")).getText().contains("REMINDED");
        });
        browser.screenshot("maintenance");
        String plan = api.get("it", "/api/v1/maintenance-plans?assetId=" + ups).json().path("plans").get(0).path("id").asText();
        browser.date("done-on-" + plan, LocalDate.now());
        browser.click("done-" + plan);
        assertThat(browser.text("notice")).isEqualTo("Maintenance recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElement(By.id("due-maintenance")).getText().contains("Battery test");
        });
        assertThat(browser.byId("plans").getText()).contains(LocalDate.now().plusMonths(6).toString());
    }

    @Test
    void aReportingUserSeesNoActionAndIsRefusedOneAnyway() {
        signIn("reporting");
        assertThat(browser.driver().findElements(By.linkText("Audit"))).as("no audit page for reporting").isEmpty();
        browser.open("/ui/accounts");
        assertThat(browser.present("open-account")).as("no form to open an account").isFalse();
        assertThat(browser.present("post-transaction")).isFalse();
        Long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        // The form is not there, so post one by hand with a valid CSRF token: the server refuses.
        browser.script("""
                const f = document.createElement('form'); f.method = 'post'; f.action = '/ui/accounts';
                const add = (n, v) => { const i = document.createElement('input'); i.name = n; i.value = v; f.appendChild(i); };
                add('_csrf', document.querySelector('input[name=_csrf]').value);
                add('number', 'refused-1'); add('name', 'Refused'); add('type', 'ASSET'); add('currency', 'EUR');
                document.body.appendChild(f); f.submit();""");
        browser.waitUntil(d -> !d.findElements(By.id("forbidden")).isEmpty());
        assertThat(browser.text("forbidden")).contains("Your role may not do this");
        browser.screenshot("reporting-refused");
        browser.open("/ui/audit");
        assertThat(browser.present("forbidden")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void theAuditorReadsTheTimelineAndAHistoryRunsTheIntegrityCheckAndAReplay() {
        String account = new Ledger(api).open(unique("3000"), "EQUITY", null);
        signIn("auditor");
        browser.open("/ui/audit?aggregateType=account&user=accounting");
        assertThat(browser.byId("timeline").getText()).contains("AccountOpenedEvent").contains("accounting");
        browser.screenshot("audit-timeline");
        browser.open("/ui/audit/aggregates/account/" + account);
        assertThat(browser.byId("history").getText()).contains("AccountOpenedEvent").contains("accounting");
        browser.screenshot("audit-history");

        browser.open("/ui/audit");
        browser.click("check-integrity");
        assertThat(browser.text("integrity-status")).isEqualTo("INTACT");
        assertThat(new BigDecimal(browser.text("events-checked"))).isPositive();
        browser.screenshot("audit-integrity");

        browser.open("/ui/audit");
        browser.click("replay-submit");
        assertThat(browser.text("replay-projections-error")).isEqualTo("choose at least one");
        browser.click("replay-inventory");
        browser.click("replay-submit");
        assertThat(browser.text("notice")).isEqualTo("Replay started.");
        browser.waitUntil(d -> d.findElement(By.id("replay-status")).getText().equals("COMPLETED"));
        browser.screenshot("audit-replay");
    }

    @Test
    void hrRecruitsAnApplicantFromApplicationToHire() {
        String dept = unique("Browser-recruiting");
        String interviewer = new Hr(api).hire("Ivy", "Interviewer", dept, LocalDate.now().minusYears(1), "5000.00");
        signIn("hr");
        browser.open("/ui/positions");
        browser.type("position-title", "Test pilot");
        browser.type("position-department", dept);
        browser.click("open-position-submit");
        assertThat(browser.text("notice")).isEqualTo("Position opened.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.linkText("Test pilot")).isEmpty();
        });
        browser.driver().findElement(By.linkText("Test pilot")).click();
        browser.waitUntil(d -> !d.findElements(By.id("apply")).isEmpty());
        String position = browser.path().substring("/ui/positions/".length());

        browser.type("apply-lastName", "Earhart");
        browser.type("apply-email", unique("amelia") + "@example.com");
        browser.click("apply-submit");
        assertThat(browser.text("apply-firstName-error")).isEqualTo("is required");
        browser.type("apply-firstName", "Amelia");
        browser.click("apply-submit");
        assertThat(browser.text("notice")).isEqualTo("Application recorded.");
        String applicant = eventually(() -> api.get("hr", "/api/v1/positions/" + position + "/applicants").json(),
                l -> l.path("total").asInt() == 1).path("items").path(0).path("id").asText();
        eventually(() -> api.get("hr", "/api/v1/employees/" + interviewer).status(), st -> st == 200);

        browser.open("/ui/positions/" + position);
        browser.script("arguments[0].value = '2026-12-01T10:00'", browser.byId("interview-" + applicant + "-at"));
        browser.choose("interview-" + applicant + "-interviewerIds", interviewer);
        browser.click("interview-" + applicant + "-submit");
        assertThat(browser.text("notice")).isEqualTo("Interview scheduled.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("feedback-" + applicant)).isEmpty();
        });
        browser.choose("feedback-" + applicant + "-recommendation", "HIRE");
        browser.type("feedback-" + applicant + "-notes", "Flies anything");
        browser.click("feedback-" + applicant + "-submit");
        assertThat(browser.text("notice")).isEqualTo("Feedback recorded.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("offer-" + applicant)).isEmpty();
        });
        browser.type("offer-" + applicant + "-monthlySalary.amount", "6100.00");
        browser.type("offer-" + applicant + "-monthlySalary.currency", "EUR");
        browser.date("offer-" + applicant + "-startDate", LocalDate.now().plusMonths(1));
        browser.click("offer-" + applicant + "-submit");
        assertThat(browser.text("notice")).isEqualTo("Offer made.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("accept-" + applicant)).isEmpty();
        });
        browser.screenshot("recruiting-offer");
        browser.click("accept-" + applicant);
        assertThat(browser.text("notice")).isEqualTo("Offer accepted: the applicant is hired.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("stage-" + applicant)).getText().equals("HIRED")
                    && d.findElement(By.id("position-status")).getText().equals("FILLED");
        });
        browser.screenshot("recruiting-hired");
    }

    @Test
    void accountingSetsUpAndCancelsAStandingOrder() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "1000.00");
        String supplier = ledger.open(unique("4400"), "LIABILITY", "SUPPLIER");
        eventually(() -> api.get("accounting", "/api/v1/accounts/" + supplier).status(), st -> st == 200);
        signIn("accounting");
        browser.open("/ui/standing-orders");
        browser.choose("order-supplierAccountId", supplier);
        browser.choose("order-bankAccountId", bank);
        browser.type("order-amount.amount", "750.00");
        browser.type("order-amount.currency", "EUR");
        browser.type("order-dayOfMonth", "40");
        browser.script("arguments[0].value = arguments[1]", browser.byId("order-startMonth"),
                java.time.YearMonth.now().plusMonths(1).toString());
        String reference = unique("Cleaning");
        browser.type("order-reference", reference);
        browser.click("order-submit");
        assertThat(browser.text("order-dayOfMonth-error")).isEqualTo("must be less than or equal to 31");
        browser.type("order-dayOfMonth", "15");
        browser.click("order-submit");
        assertThat(browser.text("notice")).isEqualTo("Standing order created.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("standing-orders")).getText().contains(reference);
        });
        String id = eventually(() -> api.get("accounting", "/api/v1/standing-orders?status=ACTIVE&size=500").json(),
                o -> o.toString().contains(reference)).findParents("reference").stream()
                .filter(o -> o.path("reference").asText().equals(reference)).findFirst().orElseThrow().path("id").asText();
        browser.screenshot("standing-orders");
        browser.click("cancel-" + id);
        assertThat(browser.text("notice")).isEqualTo("Standing order cancelled.");
        eventually(() -> api.get("accounting", "/api/v1/standing-orders?status=CANCELLED&size=500").json().toString(),
                o -> o.contains(reference));
    }

    @Test
    void accountingRunsAPayrollAndReadsItsPayments() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "100000.00");
        String salaries = ledger.open(unique("6400"), "EXPENSE", null);
        new Hr(api).hire("Pay", "Roll", unique("Payroll"), LocalDate.of(1999, 11, 16), "3000.00");
        eventually(() -> api.get("accounting", "/api/v1/accounts/" + salaries).status(), st -> st == 200);
        signIn("accounting");
        browser.open("/ui/payroll");
        browser.script("arguments[0].value = '1999-11'", browser.byId("payroll-period"));
        browser.choose("payroll-bankAccountId", bank);
        browser.click("payroll-submit");
        assertThat(browser.text("payroll-salaryExpenseAccountId-error")).isEqualTo("is required");
        browser.choose("payroll-salaryExpenseAccountId", salaries);
        browser.click("payroll-submit");
        assertThat(browser.text("notice")).isEqualTo("Payroll run started.");
        browser.waitUntil(d -> !d.findElements(By.id("run-status")).isEmpty()
                && d.findElement(By.id("run-status")).getText().equals("COMPLETED"));
        assertThat(browser.text("run-employees")).isEqualTo("1");
        assertThat(browser.text("run-total")).isEqualTo("1500.00 EUR"); // 15 of 30 days
        browser.screenshot("payroll");
    }

    @Test
    void accountingRegistersACustomerWithItsIbanAndChangesItsBankAccount() {
        signIn("accounting");
        browser.open("/ui/partners");
        String name = "Browser Kunde " + unique("K");
        browser.choose("register-kind", "CUSTOMER");
        browser.type("register-name", name);
        browser.type("register-bankDetails.iban", "DE03 1203 0000 0000 2020 51");
        browser.click("register-partner-submit");
        assertThat(browser.text("register-bankDetails.iban-error")).as("a wrong check digit, at its field")
                .contains("check digits are wrong");
        assertThat(browser.byId("register-name").getAttribute("value")).isEqualTo(name);
        browser.type("register-bankDetails.iban", "de02 1203 0000 0000 2020 51");
        browser.click("register-partner-submit");
        assertThat(browser.text("notice")).isEqualTo("Partner registered.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("partners")).getText().contains(name);
        });
        assertThat(browser.text("partners")).contains(name + " CUSTOMER").contains("DE02120300000000202051");
        browser.screenshot("partners");

        browser.choose("bank-partnerId", name);
        browser.type("bank-iban", "DE89 3704 0044 0532 0130 00");
        browser.click("change-bank-details-submit");
        assertThat(browser.text("notice")).isEqualTo("Bank account changed.");
        browser.waitUntil(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("partners")).getText().contains("DE89370400440532013000");
        });

        browser.signOut();
        signIn("reporting");
        browser.open("/ui/partners");
        assertThat(browser.text("partners")).contains(name);
        assertThat(browser.present("register-partner")).as("reporting reads, registers nothing").isFalse();
    }
}
