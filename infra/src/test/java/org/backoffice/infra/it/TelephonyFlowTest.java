package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Number blocks, numbers and extensions through REST: free numbers, one holder at a time, released on offboarding and retirement. */
class TelephonyFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Each test its own Berlin range +49 30 1234 n00 to n99, and its own extensions: blocks of the shared database never overlap. */
    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private It it;
    private Hr hr;
    private int n;

    @BeforeEach
    void setUp() {
        it = new It(api);
        hr = new Hr(api);
        n = NEXT.getAndIncrement();
    }

    private String block(String kind, String first, int size) {
        Api.Response r = api.post("it", "/api/v1/number-blocks", "{\"name\": \"" + unique("Block") + "\", \"kind\": \"" + kind
                + "\", \"first\": \"" + first + "\", \"size\": " + size + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private Api.Response assign(String block, String number, String holderField, String holder) {
        return api.post("it", "/api/v1/number-blocks/" + block + "/numbers",
                "{\"number\": \"" + number + "\", \"" + holderField + "\": \"" + holder + "\"}");
    }

    private JsonNode view(String block) {
        return api.get("reporting", "/api/v1/number-blocks/" + block).json();
    }

    @Test
    void aBlockOffersItsFreeNumbersAndGivesEachToOneHolder() {
        String ddi = block("EXTERNAL", "030 1234 " + (100 + n) + "00", 100);
        String prefix = "+49301234" + (100 + n);
        String ken = hr.hire("Ken", "Phone", unique("Dev"), TODAY.minusYears(1), "5000.00");
        String deskPhone = it.register("PHONE", "Yealink T54W");
        long numbersBefore = api.get("reporting", "/api/v1/reports/inventory").json().path("numbers").asLong();
        JsonNode fresh = eventually(() -> view(ddi), v -> (prefix + "00").equals(v.path("nextFree").asText()));
        assertThat(fresh.path("last").asText()).isEqualTo(prefix + "99");
        assertThat(fresh.path("free").asInt()).isEqualTo(100);

        Api.Response first = assign(ddi, "+49 30 1234 " + (100 + n) + " 00", "employeeId", ken);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("number")).isEqualTo(prefix + "00");
        assertThat(assign(ddi, prefix + "01", "assetId", deskPhone).status()).isEqualTo(201);
        eventually(() -> view(ddi), v -> (prefix + "02").equals(v.path("nextFree").asText()));

        Api.Response twice = assign(ddi, prefix + "00", "assetId", deskPhone);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.text("detail")).isEqualTo(prefix + "00 is already assigned to employee " + ken);
        Api.Response outside = assign(ddi, "+49 30 1234 " + (100 + n + 1) + "00".substring(0, 2), "employeeId", ken);
        assertThat(outside.status()).as(outside.toString()).isEqualTo(422);
        assertThat(outside.text("detail")).contains("lies outside the block");
        Api.Response invalid = assign(ddi, "+49 123", "employeeId", ken);
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(storedBy(invalid)).isZero();
        Api.Response both = api.post("it", "/api/v1/number-blocks/" + ddi + "/numbers",
                "{\"number\": \"" + prefix + "05\", \"employeeId\": \"" + ken + "\", \"assetId\": \"" + deskPhone + "\"}");
        assertThat(both.status()).as("exactly one holder").isEqualTo(400);

        JsonNode kens = eventually(() -> api.get("it", "/api/v1/phone-numbers?employeeId=" + ken).json(), p -> p.path("total").asInt() == 1);
        assertThat(kens.path("items").get(0).path("display").asText()).isEqualTo("+49 30 1234" + (100 + n) + "00");
        Instant whileHeld = Instant.now();
        assertThat(api.get("reporting", "/api/v1/reports/inventory").json().path("numbers").asLong()).isEqualTo(numbersBefore + 2);

        hr.terminate(ken, TODAY.minusDays(1));
        JsonNode gone = eventually(() -> api.get("it", "/api/v1/number-blocks/" + ddi + "/numbers/" + prefix + "00").json(),
                v -> !v.path("releasedAt").isNull() && !v.path("releasedAt").isMissingNode());
        assertThat(gone.path("releaseCause").asText()).isEqualTo("OFFBOARDING");
        assertThat(api.get("it", "/api/v1/phone-numbers?employeeId=" + ken).json().path("total").asInt()).isZero();
        assertThat(api.get("it", "/api/v1/phone-numbers?employeeId=" + ken + "&asOf=" + whileHeld).json().path("total").asInt())
                .as("as of before the termination").isEqualTo(1);
        eventually(() -> view(ddi), v -> (prefix + "00").equals(v.path("nextFree").asText()));

        assertThat(api.post("it", "/api/v1/assets/" + deskPhone + "/retirement", "{\"reason\": \"broken\"}").status()).isEqualTo(200);
        eventually(() -> view(ddi), v -> v.path("assigned").asInt() == 0);
        assertThat(api.get("it", "/api/v1/number-blocks/" + ddi + "/numbers/" + prefix + "01").json().path("releaseCause").asText())
                .isEqualTo("DEVICE_RETIRED");
    }

    @Test
    void extensionsAreABlockOfTheirOwnAndBlocksNeverOverlap() {
        int base = 1000 + 100 * n;
        String ext = block("EXTENSIONS", String.valueOf(base), 50);
        String ken = hr.hire("Ken", "Extension", unique("Dev"), TODAY.minusYears(1), "5000.00");
        Api.Response r = assign(ext, String.valueOf(base + 7), "employeeId", ken);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode free = eventually(() -> api.get("it", "/api/v1/number-blocks/" + ext + "/free-numbers?limit=8").json(),
                f -> f.path("numbers").size() == 8 && !f.toString().contains("\"" + (base + 7) + "\""));
        assertThat(free.path("numbers").get(7).asText()).isEqualTo(String.valueOf(base + 8));

        Api.Response overlap = api.post("it", "/api/v1/number-blocks", "{\"name\": \"X\", \"kind\": \"EXTENSIONS\", \"first\": \""
                + (base + 40) + "\", \"size\": 20}");
        assertThat(overlap.status()).as(overlap.toString()).isEqualTo(409);
        assertThat(storedBy(overlap)).isZero();
        Api.Response leadingZero = api.post("it", "/api/v1/number-blocks", "{\"name\": \"X\", \"kind\": \"EXTENSIONS\", \"first\": \"0100\", \"size\": 20}");
        assertThat(leadingZero.status()).isEqualTo(400);
        Api.Response tooBig = api.post("it", "/api/v1/number-blocks", "{\"name\": \"X\", \"kind\": \"EXTENSIONS\", \"first\": \"500000\", \"size\": 10001}");
        assertThat(tooBig.status()).isEqualTo(400);
    }
}
