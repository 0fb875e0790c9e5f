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

import static org.assertj.core.api.Assertions.assertThat;

/** Licences through REST: never more seats than bought, the renewal reminder, seats back on offboarding and retirement. */
class LicenceFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private It it;
    private Hr hr;

    @BeforeEach
    void setUp() {
        it = new It(api);
        hr = new Hr(api);
    }

    private String licence(int seats, LocalDate renewal, int reminderDays) {
        Api.Response r = api.post("it", "/api/v1/licences", "{\"product\": \"" + unique("Office 365 E3") + "\", \"vendor\": \"Microsoft\", "
                + "\"seats\": " + seats + ", \"costPerPeriod\": {\"amount\": \"33.70\", \"currency\": \"EUR\"}, \"billingPeriod\": \"MONTHLY\", "
                + "\"renewalDate\": \"" + renewal + "\", \"reminderDays\": " + reminderDays + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private Api.Response seat(String licence, String field, String holder) {
        return api.post("it", "/api/v1/licences/" + licence + "/seat-assignments", "{\"" + field + "\": \"" + holder + "\"}");
    }

    private JsonNode view(String licence) {
        return api.get("reporting", "/api/v1/licences/" + licence).json();
    }

    @Test
    void neverMoreSeatsThanBoughtAndTheyComeBackByThemselves() {
        JsonNode seatsBefore = api.get("reporting", "/api/v1/reports/inventory").json().path("licenceSeats");
        String licence = licence(2, TODAY.plusYears(1), 30);
        String ada = hr.hire("Ada", "Licence", unique("Dev"), TODAY.minusYears(1), "5000.00");
        String bob = hr.hire("Bob", "Licence", unique("Dev"), TODAY.minusYears(1), "5000.00");
        String laptop = it.register("LAPTOP", "Build box");

        assertThat(seat(licence, "employeeId", ada).status()).isEqualTo(200);
        assertThat(seat(licence, "assetId", laptop).status()).isEqualTo(200);
        Api.Response full = seat(licence, "employeeId", bob);
        assertThat(full.status()).as(full.toString()).isEqualTo(409);
        assertThat(full.text("detail")).contains("has all its 2 seats assigned");
        assertThat(storedBy(full)).isZero();
        Api.Response cut = api.post("it", "/api/v1/licences/" + licence + "/seats", "{\"seats\": 1}");
        assertThat(cut.status()).as(cut.toString()).isEqualTo(409);
        Api.Response neither = api.post("it", "/api/v1/licences/" + licence + "/seat-assignments", "{}");
        assertThat(neither.status()).isEqualTo(400);

        JsonNode held = eventually(() -> view(licence), v -> v.path("assigned").asInt() == 2);
        assertThat(held.path("free").asInt()).isZero();
        assertThat(held.path("annualCost").path("amount").asText()).isEqualTo("404.40");
        assertThat(api.get("it", "/api/v1/licence-seats?employeeId=" + ada).json().path("items").findValuesAsText("licenceId"))
                .contains(licence);
        Instant whileHeld = Instant.now();
        JsonNode seatsHeld = api.get("reporting", "/api/v1/reports/inventory").json().path("licenceSeats");
        assertThat(seatsHeld.path("bought").asLong()).isEqualTo(seatsBefore.path("bought").asLong() + 2);
        assertThat(seatsHeld.path("assigned").asLong()).isEqualTo(seatsBefore.path("assigned").asLong() + 2);

        hr.terminate(ada, TODAY.minusDays(1));
        assertThat(api.post("it", "/api/v1/assets/" + laptop + "/retirement", "{\"reason\": \"sold\"}").status()).isEqualTo(200);
        eventually(() -> view(licence), v -> v.path("assigned").asInt() == 0);
        assertThat(seat(licence, "employeeId", bob).status()).as("a seat is free again").isEqualTo(200);
        assertThat(api.get("it", "/api/v1/licences/" + licence + "/seats?asOf=" + whileHeld).json().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("it", "/api/v1/licences/" + licence + "?asOf=" + whileHeld).json().path("assigned").asInt()).isEqualTo(2);
    }

    @Test
    void theRenewalReminderComesByItselfAndARenewalSettlesIt() {
        String soon = licence(5, TODAY.plusDays(10), 30);
        String later = licence(5, TODAY.plusDays(100), 30);
        eventually(() -> view(soon), v -> v.path("renewalDue").asBoolean());
        assertThat(view(later).path("renewalDue").asBoolean()).isFalse();
        assertThat(api.get("it", "/api/v1/licences?renewalDue=true&size=500").json().path("items").findValuesAsText("id"))
                .contains(soon).doesNotContain(later);

        Api.Response backwards = api.post("it", "/api/v1/licences/" + soon + "/renewal", "{\"renewalDate\": \"" + TODAY + "\"}");
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(422);
        Api.Response renewed = api.post("it", "/api/v1/licences/" + soon + "/renewal", "{\"renewalDate\": \"" + TODAY.plusYears(1) + "\"}");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        JsonNode after = eventually(() -> view(soon), v -> !v.path("renewalDue").asBoolean());
        assertThat(after.path("renewalDate").asText()).isEqualTo(TODAY.plusYears(1).toString());
    }
}
