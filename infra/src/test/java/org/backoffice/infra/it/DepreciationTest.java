package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.MutableClock;
import org.backoffice.infra.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Depreciation on its own application (the months are the whole register's): two laptops bought
 * in March are depreciated straight line from March, once a month has ended, once per month,
 * months missed while the clock jumped caught up once each; retiring one writes off its book
 * value; the book value answers as of an instant.
 */
class DepreciationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theScheduleOfTheSqlFunctionIsStraightLineByMonthToZero() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.owner(TestDatabase.freshDatabase("backoffice_depreciation_function")));
        try (ConfigurableApplicationContext ignored = TestDatabase.startApplication(TestDatabase.url("backoffice_depreciation_function"))) {
            String sql = "select it_depreciation_through(1000.00, 3, date '2026-01-15', cast(? as date))";
            assertThat(jdbc.queryForObject(sql, BigDecimal.class, "2025-12-31")).isEqualByComparingTo("0");
            assertThat(jdbc.queryForObject(sql, BigDecimal.class, "2026-01-31")).isEqualByComparingTo("333.33");
            assertThat(jdbc.queryForObject(sql, BigDecimal.class, "2026-02-28")).isEqualByComparingTo("666.66");
            assertThat(jdbc.queryForObject(sql, BigDecimal.class, "2026-03-31")).as("the last month takes the rest").isEqualByComparingTo("1000.00");
            assertThat(jdbc.queryForObject(sql, BigDecimal.class, "2027-03-31")).isEqualByComparingTo("1000.00");
        }
    }

    private static String created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(201, 202);
        return r.text("id");
    }

    private static String account(Api api, String number, String type) {
        return created(api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + number + "\", \"name\": \"" + number
                + "\", \"type\": \"" + type + "\", \"currency\": \"EUR\"}"));
    }

    private static long months(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.MonthlyDepreciationPostedEvent'",
                Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void laptopsAreDepreciatedMonthByMonthOnceAndARetiredOneWrittenOff() throws Exception {
        String url = TestDatabase.freshDatabase("backoffice_depreciation");
        MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 10));
        try (ConfigurableApplicationContext app = TestDatabase.startApplication(url, clock, "--backoffice.schedules.check-interval=300ms")) {
            JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.owner(url));
            Api api = TestDatabase.api(app);
            String fixed = account(api, "0490", "ASSET");
            String low = account(api, "4855", "EXPENSE");
            String depreciation = account(api, "4830", "EXPENSE");
            String disposal = account(api, "2310", "EXPENSE");
            String vat = account(api, "1576", "ASSET");
            assertThat(api.post("accounting", "/api/v1/tax-codes", "{\"code\": \"VSt19\", \"name\": \"Vorsteuer 19 %\", \"kind\": \"INPUT\", "
                    + "\"validFrom\": \"2020-01-01\", \"rate\": \"19\", \"taxAccountId\": \"" + vat + "\"}").status()).isEqualTo(201);
            Api.Response partner = api.post("accounting", "/api/v1/partners", "{\"kind\": \"SUPPLIER\", \"name\": \"Bechtle\"}");
            String supplier = created(partner);
            Api.Response wrong = api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixed
                    + "\", \"lowValueAccountId\": \"" + low + "\", \"depreciationAccountId\": \"" + fixed + "\", \"disposalAccountId\": \""
                    + disposal + "\"}");
            assertThat(wrong.status()).as("depreciation goes to an expense account").isEqualTo(422);
            assertThat(api.post("accounting", "/api/v1/purchasing-accounts", "{\"fixedAssetAccountId\": \"" + fixed
                    + "\", \"lowValueAccountId\": \"" + low + "\", \"depreciationAccountId\": \"" + depreciation + "\", \"disposalAccountId\": \""
                    + disposal + "\"}").status()).isEqualTo(200);
            String model = created(api.post("it", "/api/v1/catalogue-models", "{\"type\": \"LAPTOP\", \"name\": \"ThinkPad\", \"supplierId\": \""
                    + supplier + "\", \"unitPrice\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}"));
            String order = created(api.post("it", "/api/v1/purchase-orders", "{\"lines\": [{\"modelId\": \"" + model + "\", \"quantity\": 2}]}"));
            created(api.post("it", "/api/v1/purchase-orders/" + order + "/receipts", "{\"invoiceNumber\": \"RE-1\", \"invoiceDate\": \"2026-03-10\", "
                    + "\"items\": [{\"modelId\": \"" + model + "\", \"serialNumbers\": [\"DEP-1\", \"DEP-2\"]}]}"));
            JsonNode received = await().atMost(WAIT).until(() -> api.get("it", "/api/v1/purchase-orders/" + order).json(),
                    o -> !o.path("receipts").path(0).path("entryId").isNull() && !o.path("receipts").path(0).path("entryId").isMissingNode());
            String first = received.path("receipts").path(0).path("devices").path(0).path("assetId").asText();
            await().atMost(WAIT).until(() -> api.get("it", "/api/v1/assets/" + first).status() == 200);
            Thread.sleep(1000);
            assertThat(months(jdbc)).as("March has not ended").isZero();

            // April: March is depreciated, 1200 / 36 = 33.33 each, dated the month's last day.
            clock.set(LocalDate.of(2026, 4, 2));
            await().atMost(WAIT).until(() -> months(jdbc) == 1);
            JsonNode runs = await().atMost(WAIT).until(() -> api.get("accounting", "/api/v1/depreciation-runs").json(),
                    r -> r.path("runs").size() == 1);
            assertThat(runs.path("runs").get(0).path("month").asText()).isEqualTo("2026-03");
            assertThat(runs.path("runs").get(0).path("total").path("amount").asText()).isEqualTo("66.66");
            String entry = runs.path("runs").get(0).path("entryId").asText();
            JsonNode posted = await().atMost(WAIT).until(() -> api.get("accounting", "/api/v1/transactions/" + entry), r -> r.status() == 200).json();
            assertThat(posted.path("documentDate").asText()).isEqualTo("2026-03-31");
            Map<String, BigDecimal> legs = new HashMap<>();
            posted.path("legs").forEach(l -> legs.merge(l.path("accountId").asText(), new BigDecimal(l.path("amount").path("amount").asText())
                    .multiply(l.path("side").asText().equals("DEBIT") ? BigDecimal.ONE : BigDecimal.ONE.negate()), BigDecimal::add));
            assertThat(legs.get(depreciation)).isEqualByComparingTo("66.66");
            assertThat(legs.get(fixed)).isEqualByComparingTo("-66.66");
            Instant afterMarch = Instant.now();
            Thread.sleep(1000);
            assertThat(months(jdbc)).as("a month is depreciated once").isEqualTo(1);

            // The server's clock jumps to July (as after a downtime): April, May and June, once each.
            clock.set(LocalDate.of(2026, 7, 5));
            await().atMost(WAIT).until(() -> months(jdbc) == 4);
            Thread.sleep(1000);
            assertThat(months(jdbc)).isEqualTo(4);
            JsonNode assets = await().atMost(WAIT).until(() -> api.get("accounting", "/api/v1/fixed-assets").json(),
                    a -> a.path("page").path("total").asInt() == 2 && a.path("page").path("items").get(0).path("depreciated").path("amount").asText().equals("133.32"));
            assertThat(assets.path("page").path("items").get(0).path("bookValue").path("amount").asText()).isEqualTo("1066.68");
            assertThat(assets.path("totalBookValue").path("amount").asText()).isEqualTo("2133.36");
            JsonNode asOfApril = api.get("accounting", "/api/v1/fixed-assets?asOf=" + afterMarch).json();
            assertThat(asOfApril.path("page").path("items").get(0).path("bookValue").path("amount").asText()).isEqualTo("1166.67");

            // Retired: what is left of its cost is written off to the disposal account.
            assertThat(api.post("it", "/api/v1/assets/" + first + "/retirement", "{\"reason\": \"dropped\"}").status()).isEqualTo(200);
            JsonNode after = await().atMost(WAIT).until(() -> api.get("accounting", "/api/v1/fixed-assets").json(),
                    a -> a.path("page").path("items").findValuesAsText("disposedAt").size() == 1);
            JsonNode gone = null;
            for (JsonNode a : after.path("page").path("items")) {
                if (a.path("assetId").asText().equals(first)) {
                    gone = a;
                }
            }
            assertThat(gone.path("bookValue").path("amount").asText()).isEqualTo("0.00");
            Long writtenOff = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.FixedAssetDisposedEvent' "
                    + "and convert_from(payload, 'UTF8') like '%1066.68%'", Long.class);
            assertThat(writtenOff).isEqualTo(1);
            // July: only the laptop in service is depreciated.
            clock.set(LocalDate.of(2026, 8, 3));
            JsonNode july = await().atMost(WAIT).until(() -> api.get("accounting", "/api/v1/depreciation-runs").json(),
                    r -> r.path("runs").size() == 5);
            assertThat(july.path("runs").get(0).path("month").asText()).isEqualTo("2026-07");
            assertThat(july.path("runs").get(0).path("assets").asInt()).isEqualTo(1);
            assertThat(july.path("runs").get(0).path("total").path("amount").asText()).isEqualTo("33.33");
        }
    }
}
