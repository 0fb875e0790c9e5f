package org.backoffice.infra.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.It;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Warranties and maintenance through REST: durable reminders, the list of what is due, the next due date after the work is done. */
class MaintenanceFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private JsonNode due() {
        return api.get("reporting", "/api/v1/maintenance-due?withinDays=30").json();
    }

    private static boolean listed(JsonNode list, String field, String id) {
        return list.findValuesAsText(field).contains(id);
    }

    @Test
    void aWarrantyEndingSoonIsRemindedAndListed() {
        It it = new It(api);
        String printer = it.register("PRINTER", "LaserJet M507");
        String server = it.register("NETWORK_DEVICE", "Firewall");
        assertThat(api.post("it", "/api/v1/assets/" + printer + "/warranty", "{\"endsOn\": \"" + TODAY.plusDays(20) + "\"}").status()).isEqualTo(200);
        assertThat(api.post("it", "/api/v1/assets/" + server + "/warranty", "{\"endsOn\": \"" + TODAY.plusDays(200) + "\"}").status()).isEqualTo(200);
        JsonNode list = eventually(this::due, d -> {
            for (JsonNode w : d.path("warranties")) {
                if (w.path("assetId").asText().equals(printer)) {
                    return w.path("reminded").asBoolean();
                }
            }
            return false;
        });
        assertThat(listed(list.path("warranties"), "assetId", server)).as("200 days away").isFalse();
        assertThat(api.get("it", "/api/v1/assets/" + server).json().path("warrantyEndsOn").asText()).isEqualTo(TODAY.plusDays(200).toString());

        assertThat(api.post("it", "/api/v1/assets/" + printer + "/retirement", "{\"reason\": \"old\"}").status()).isEqualTo(200);
        Api.Response retired = api.post("it", "/api/v1/assets/" + printer + "/warranty", "{\"endsOn\": \"" + TODAY.plusDays(90) + "\"}");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(409);
        eventually(this::due, d -> !listed(d.path("warranties"), "assetId", printer));
    }

    @Test
    void maintenanceFallsDueIsRemindedAndMovesOnWhenDone() {
        String ups = new It(api).register("OTHER", "APC Smart-UPS");
        Api.Response plan = api.post("it", "/api/v1/maintenance-plans", "{\"assetId\": \"" + ups + "\", \"task\": \"Battery test\", "
                + "\"intervalMonths\": 6, \"firstDue\": \"" + TODAY.plusDays(5) + "\"}");
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String id = plan.text("id");
        JsonNode listed = eventually(this::due, d -> {
            for (JsonNode p : d.path("maintenance")) {
                if (p.path("id").asText().equals(id)) {
                    return p.path("reminded").asBoolean();
                }
            }
            return false;
        });
        assertThat(listed.path("today").asText()).isEqualTo(TODAY.toString());
        Instant beforeDone = Instant.now();

        Api.Response future = api.post("it", "/api/v1/maintenance-plans/" + id + "/completions", "{\"doneOn\": \"" + TODAY.plusDays(1) + "\"}");
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(storedBy(future)).isZero();
        assertThat(api.post("it", "/api/v1/maintenance-plans/" + id + "/completions", "{\"doneOn\": \"" + TODAY + "\", \"note\": \"42 min runtime\"}")
                .status()).isEqualTo(200);
        JsonNode plans = eventually(() -> api.get("it", "/api/v1/maintenance-plans?assetId=" + ups).json(),
                p -> p.path("plans").get(0).path("nextDue").asText().equals(TODAY.plusMonths(6).toString()));
        assertThat(plans.path("plans").get(0).path("lastDone").asText()).isEqualTo(TODAY.toString());
        assertThat(plans.path("plans").get(0).path("reminded").asBoolean()).isFalse();
        assertThat(listed(due().path("maintenance"), "id", id)).isFalse();
        assertThat(api.get("it", "/api/v1/maintenance-plans?assetId=" + ups + "&asOf=" + beforeDone).json().path("plans").get(0)
                .path("nextDue").asText()).as("as of before it was done").isEqualTo(TODAY.plusDays(5).toString());

        assertThat(api.post("it", "/api/v1/assets/" + ups + "/retirement", "{\"reason\": \"replaced\"}").status()).isEqualTo(200);
        Api.Response retired = api.post("it", "/api/v1/maintenance-plans", "{\"assetId\": \"" + ups + "\", \"task\": \"x\", "
                + "\"intervalMonths\": 6, \"firstDue\": \"" + TODAY + "\"}");
        assertThat(retired.status()).isEqualTo(422);
    }
}
