package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.It;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Devices, phone lines and network gear through REST, and offboarding on termination. */
class ItFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private It it;
    private Hr hr;

    @BeforeEach
    void setUp() {
        it = new It(api);
        hr = new Hr(api);
    }

    private JsonNode inventory() {
        return api.get("reporting", "/api/v1/reports/inventory").json();
    }

    private static int count(JsonNode inventory, String type, String status) {
        return inventory.path("byType").path(type).path(status).asInt(0);
    }

    @Test
    void devicesAreInstalledAndAssignedAndComeBackWhenTheirHolderLeaves() {
        String laptop = it.register("LAPTOP", "ThinkPad X1");
        it.register("LAPTOP", "ThinkPad T14");
        String phone = it.register("PHONE", "Pixel 9");
        String line = it.register("PHONE_LINE", "+49 30 1234567");
        String sw = it.register("NETWORK_DEVICE", "Switch 48p");
        String ken = hr.hire("Ken", "Thompson", unique("Dev"), TODAY.minusYears(2), "5000.00");

        assertThat(api.post("it", "/api/v1/assets/" + sw + "/installation", "{\"location\": \"Server room B\"}").status()).isEqualTo(200);
        assertThat(it.assign(laptop, ken).status()).isEqualTo(200);
        assertThat(it.assign(phone, ken).status()).isEqualTo(200);
        assertThat(api.post("it", "/api/v1/assets/" + line + "/installation", "{\"location\": \"Reception\"}").status()).isEqualTo(200);
        JsonNode held = eventually(() -> api.get("it", "/api/v1/employees/" + ken + "/assets").json(), p -> p.path("total").asInt() == 2);
        assertThat(held.findValuesAsText("id")).containsExactlyInAnyOrder(laptop, phone);
        JsonNode before = inventory();

        hr.terminate(ken, TODAY.minusDays(1));

        eventually(() -> List.of(it.status(laptop), it.status(phone)), s -> s.equals(List.of("IN_STOCK", "IN_STOCK")));
        assertThat(api.get("it", "/api/v1/employees/" + ken + "/assets").json().path("total").asInt()).isZero();
        assertThat(it.status(sw)).isEqualTo("INSTALLED");
        JsonNode after = inventory();
        assertThat(count(after, "LAPTOP", "ASSIGNED")).isEqualTo(count(before, "LAPTOP", "ASSIGNED") - 1);
        assertThat(count(after, "LAPTOP", "IN_STOCK")).isEqualTo(count(before, "LAPTOP", "IN_STOCK") + 1);
        assertThat(count(after, "PHONE", "IN_STOCK")).isEqualTo(count(before, "PHONE", "IN_STOCK") + 1);
        assertThat(after.path("total").asInt()).isEqualTo(before.path("total").asInt());
        String causes = jdbc.queryForObject("select string_agg(convert_from(payload, 'UTF8'), ' ') from domain_event_entry "
                + "where aggregate_identifier in (?, ?) and payload_type like '%AssetReturnedEvent'", String.class, laptop, phone);
        assertThat(causes.split("\"cause\":\"OFFBOARDING\"", -1)).hasSize(3);

        Api.Response refused = it.assign(laptop, ken);
        assertThat(refused.status()).as("no device for someone who left").isEqualTo(422);
    }

    @Test
    void everythingAnEmployeeHoldsComesBackOnTheirLastDayAndTheOffboardingRecordListsIt() {
        String ken = hr.hire("Ken", "Holder", unique("Dev"), TODAY.minusYears(2), "5000.00");
        String laptop = it.register("LAPTOP", "ThinkPad X1");
        assertThat(it.assign(laptop, ken).status()).isEqualTo(200);
        int ext = 60000 + (int) (Math.random() * 30000);
        Api.Response block = api.post("it", "/api/v1/number-blocks", "{\"name\": \"" + unique("Ext") + "\", \"kind\": \"EXTENSIONS\", "
                + "\"first\": \"" + ext + "\", \"size\": 1}");
        assertThat(block.status()).as(block.toString()).isEqualTo(201);
        assertThat(api.post("it", "/api/v1/number-blocks/" + block.text("id") + "/numbers",
                "{\"number\": \"" + ext + "\", \"employeeId\": \"" + ken + "\"}").status()).isEqualTo(201);
        Api.Response licence = api.post("it", "/api/v1/licences", "{\"product\": \"" + unique("Slack") + "\", \"seats\": 3, "
                + "\"costPerPeriod\": {\"amount\": \"8.75\", \"currency\": \"EUR\"}, \"billingPeriod\": \"MONTHLY\", "
                + "\"renewalDate\": \"" + TODAY.plusYears(1) + "\"}");
        assertThat(api.post("it", "/api/v1/licences/" + licence.text("id") + "/seat-assignments",
                "{\"employeeId\": \"" + ken + "\"}").status()).isEqualTo(200);
        JsonNode before = eventually(() -> api.get("hr", "/api/v1/employees/" + ken + "/holdings").json(),
                h -> h.path("holds").size() == 3);
        assertThat(before.path("holds").findValuesAsText("kind")).containsExactly("DEVICE", "LICENCE_SEAT", "NUMBER");
        assertThat(before.path("offboarding").size()).isZero();
        java.time.Instant whileHeld = java.time.Instant.now();

        hr.terminate(ken, TODAY.minusDays(1));

        JsonNode after = eventually(() -> api.get("hr", "/api/v1/employees/" + ken + "/holdings").json(),
                h -> h.path("holds").size() == 0 && h.path("offboarding").size() == 3);
        assertThat(after.path("offboarding").findValuesAsText("kind")).containsExactlyInAnyOrder("DEVICE", "NUMBER", "LICENCE_SEAT");
        assertThat(after.path("offboarding").findValuesAsText("id")).contains(laptop, licence.text("id"));
        assertThat(after.path("offboarding").findValuesAsText("label")).contains(String.valueOf(ext));
        assertThat(api.get("hr", "/api/v1/employees/" + ken + "/holdings?asOf=" + whileHeld).json().path("holds").size())
                .as("as of before the last day").isEqualTo(3);
        assertThat(api.get("accounting", "/api/v1/employees/" + ken + "/holdings").status()).isEqualTo(403);
    }

    @Test
    void theInventoryCountsEveryTypeByStatusAndTheListFilters() {
        String printer = it.register("PRINTER", "LaserJet");
        String monitor = it.register("MONITOR", "27in");
        api.post("it", "/api/v1/assets/" + printer + "/installation", "{\"location\": \"Floor 3\"}");
        api.post("it", "/api/v1/assets/" + monitor + "/repair", "{\"description\": \"dead pixels\"}");
        eventually(() -> it.status(monitor), "IN_REPAIR"::equals);
        eventually(() -> it.status(printer), "INSTALLED"::equals);

        JsonNode inv = inventory();
        long sum = 0;
        for (JsonNode statuses : inv.path("byType")) {
            for (JsonNode n : statuses) {
                sum += n.asLong();
            }
        }
        assertThat(inv.path("total").asLong()).isEqualTo(sum).isPositive();
        assertThat(count(inv, "PRINTER", "INSTALLED")).isPositive();
        JsonNode list = api.get("reporting", "/api/v1/assets?type=PRINTER&location=Floor%203").json();
        assertThat(list.findValuesAsText("id")).contains(printer);
        assertThat(list.findValuesAsText("status")).containsOnly("INSTALLED");

        assertThat(api.post("it", "/api/v1/assets/" + monitor + "/repair-completion", null).status()).isEqualTo(200);
        assertThat(api.post("it", "/api/v1/assets/" + monitor + "/retirement", "{\"reason\": \"obsolete\"}").status()).isEqualTo(200);
        eventually(() -> it.status(monitor), "RETIRED"::equals);
        assertThat(api.post("it", "/api/v1/assets/" + monitor + "/repair", "{\"description\": \"x\"}").status()).isEqualTo(409);
    }

    @Test
    void aDuplicateSerialNumberIsRefusedAndNothingStored() {
        String serial = "SN-" + UUID.randomUUID();
        assertThat(api.post("it", "/api/v1/assets", "{\"type\": \"LAPTOP\", \"serialNumber\": \"" + serial + "\", \"model\": \"A\"}")
                .status()).isEqualTo(201);
        Api.Response dup = api.post("it", "/api/v1/assets", "{\"type\": \"PHONE\", \"serialNumber\": \"" + serial.toLowerCase()
                + "\", \"model\": \"B\"}");
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.contentType()).startsWith("application/problem+json");
        assertThat(storedBy(dup)).isZero();
    }

    @Test
    void anAssetIsNotAssignedToSomeoneTerminatedOrUnknown() {
        String gone = hr.hire("Gone", "Person", unique("Old"), TODAY.minusYears(2), "1000.00");
        hr.terminate(gone, TODAY.minusMonths(1));
        String laptop = it.register("LAPTOP", "spare");
        eventually(() -> it.status(laptop), "IN_STOCK"::equals);
        Api.Response refused = it.assign(laptop, gone);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asText()).contains("not an active employee");
        Api.Response unknown = it.assign(laptop, UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(storedBy(refused) + storedBy(unknown)).isZero();
    }

    @Test
    void refusedTransitionsAreConflictsNamingTheStatus() {
        String laptop = it.register("LAPTOP", "x");
        Api.Response r = api.post("it", "/api/v1/assets/" + laptop + "/return", "{}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asText()).contains("is IN_STOCK");
        Api.Response completion = api.post("it", "/api/v1/assets/" + laptop + "/repair-completion", null);
        assertThat(completion.status()).isEqualTo(409);
        assertThat(storedBy(r) + storedBy(completion)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"type\": \"TOASTER\", \"serialNumber\": \"x\", \"model\": \"y\"}",
            "{\"type\": \"LAPTOP\", \"model\": \"y\"}",
            "{\"type\": \"LAPTOP\", \"serialNumber\": \"\", \"model\": \"y\"}",
            "{\"type\": \"LAPTOP\", \"serialNumber\": \"x\", \"model\": \"y\", \"purchaseCost\": {\"amount\": \"-1\", \"currency\": \"EUR\"}}",
            "{\"type\": \"LAPTOP\", \"serialNumber\": \"x\", \"model\": \"y\", \"purchaseDate\": \"yesterday\"}",
            "{\"type\": \"LAPTOP\", \"serialNumber\": \"x\", \"model\": \"y\", \"status\": \"ASSIGNED\"}",
    })
    void badRegistrationsAreRefused(String body) {
        Api.Response r = api.post("it", "/api/v1/assets", body);
        assertThat(r.status()).as(r.toString()).isIn(400, 422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(storedBy(r)).isZero();
    }

    @Test
    void unknownAssetsAndBadParametersAreAnswered4xx() {
        String unknown = UUID.randomUUID().toString();
        assertThat(api.get("it", "/api/v1/assets/" + unknown).status()).isEqualTo(404);
        Api.Response returned = api.post("it", "/api/v1/assets/" + unknown + "/return", "{}");
        assertThat(returned.status()).isEqualTo(404);
        assertThat(storedBy(returned)).isZero();
        assertThat(api.get("it", "/api/v1/assets?status=LOST").status()).isEqualTo(400);
        assertThat(api.get("it", "/api/v1/assets?employeeId=abc").status()).isEqualTo(400);
        assertThat(api.get("reporting", "/api/v1/reports/inventory?asOf=soon").status()).isEqualTo(400);
    }

    @Test
    void eachRoleIsAllowedOrRefused() {
        String laptop = it.register("LAPTOP", "roles");
        for (String role : List.of("accounting", "hr", "it", "reporting", "auditor", "admin")) {
            Api.Response post = api.send(role, role + "-pw", "POST", "/api/v1/assets/" + laptop + "/repair",
                    "{\"description\": \"check\"}", "application/json");
            Api.Response get = api.send(role, role + "-pw", "GET", "/api/v1/reports/inventory", null, null);
            if (Set.of("it", "admin").contains(role)) {
                assertThat(post.status()).as(role).isIn(200, 409);
            } else {
                assertThat(post.status()).as(role).isEqualTo(403);
                assertThat(storedBy(post)).isZero();
            }
            assertThat(get.status()).as(role).isEqualTo(Set.of("it", "reporting", "auditor", "admin").contains(role) ? 200 : 403);
        }
    }
}
