package org.backoffice.infra.hr;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disciplinary and conflict procedures through REST against real PostgreSQL: the record
 * with its warnings, their withdrawal and a termination for conduct that needs one; a conflict
 * case with its mediator, sessions, follow-ups and escalation, the list of open cases, and a
 * party's notes unreadable once that party's HR file is erased.
 */
class ProceduresFlowTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private void refusedAndNothingStored(Api.Response r, int status, String detail) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains(detail);
        assertThat(storedBy(r)).isZero();
    }

    private void refusedAt(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("errors").get(0).path("field").asText()).as(r.toString()).isEqualTo(field);
        assertThat(storedBy(r)).isZero();
    }

    private Api.Response discipline(String employee, String level, String reason, LocalDate date) {
        return api.post("hr", "/api/v1/employees/" + employee + "/disciplinary-actions",
                "{\"level\": \"" + level + "\", \"reason\": \"" + reason + "\", \"date\": \"" + date + "\"}");
    }

    private Api.Response terminate(String employee, LocalDate lastDay, String grounds) {
        return api.post("hr", "/api/v1/employees/" + employee + "/termination", "{\"effectiveDate\": \"" + lastDay
                + "\", \"reason\": \"conduct\"" + (grounds == null ? "" : ", \"grounds\": \"" + grounds + "\"") + "}");
    }

    @Test
    void aDisciplinaryRecordWithItsWarningsAndATerminationForConductThatNeedsOne() {
        String dept = unique("Discipline");
        String eve = new Hr(api).hire("Eve", "Stone", dept, TODAY.minusYears(2), "3500.00");

        refusedAt(discipline(eve, "VERBAL_WARNING", "late", TODAY.plusDays(1)), 422, "date");
        refusedAt(discipline(eve, "VERBAL_WARNING", "late", TODAY.minusYears(3)), 422, "date");
        refusedAndNothingStored(discipline(eve, "SCOLDING", "late", TODAY), 400, "");

        Api.Response talk = discipline(eve, "VERBAL_WARNING", "late three times", TODAY.minusDays(300));
        assertThat(talk.status()).as(talk.toString()).isEqualTo(201);
        refusedAndNothingStored(terminate(eve, TODAY.plusDays(30), "CONDUCT"), 422, "needs an active written or final warning");
        refusedAt(terminate(eve, TODAY.plusDays(30), "CONDUCT"), 422, "grounds");

        String written = discipline(eve, "WRITTEN_WARNING", "left the till open", TODAY.minusDays(10)).text("id");
        String withdrawal = "/api/v1/employees/" + eve + "/disciplinary-actions/" + written + "/withdrawal";
        assertThat(api.post("hr", withdrawal, "{\"reason\": \"it was her colleague\"}").status()).isEqualTo(200);
        refusedAndNothingStored(api.post("hr", withdrawal, "{\"reason\": \"again\"}"), 409, "already withdrawn");
        refusedAndNothingStored(api.post("hr", "/api/v1/employees/" + eve + "/disciplinary-actions/" + UUID.randomUUID()
                + "/withdrawal", "{\"reason\": \"x\"}"), 404, "has no disciplinary action");
        refusedAndNothingStored(api.post("hr", withdrawal, "{\"reason\": \"\"}"), 400, "");
        refusedAndNothingStored(terminate(eve, TODAY.plusDays(30), "CONDUCT"), 422, "has none");

        String finalWarning = discipline(eve, "FINAL_WARNING", "the till again", TODAY).text("id");
        JsonNode record = eventually(() -> api.get("hr", "/api/v1/employees/" + eve + "/disciplinary-record").json(),
                r -> r.path("actions").size() == 3);
        assertThat(record.path("warningInWritingActive").asBoolean()).isTrue();
        assertThat(record.path("actions").path(0).path("id").asText()).isEqualTo(finalWarning);
        assertThat(record.path("actions").path(0).path("reason").asText()).isEqualTo("the till again");
        assertThat(record.path("actions").path(0).path("expiresOn").asText()).as("24 months by default")
                .isEqualTo(TODAY.plusMonths(24).toString());
        assertThat(record.path("actions").path(1).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(record.path("actions").path(1).path("withdrawalReason").asText()).isEqualTo("it was her colleague");
        assertThat(record.path("active").size()).isEqualTo(2);
        JsonNode yesterday = api.get("hr", "/api/v1/employees/" + eve + "/disciplinary-record?asOf=" + TODAY.minusDays(1)).json();
        assertThat(yesterday.path("actions").size()).as("nothing was recorded before today").isZero();
        assertThat(api.get("hr", "/api/v1/employees/" + eve + "/disciplinary-record?asOf=someday").status()).isEqualTo(400);
        assertThat(api.get("hr", "/api/v1/employees/" + UUID.randomUUID() + "/disciplinary-record").status()).isEqualTo(404);
        for (String role : new String[]{"reporting", "accounting", "it"}) {
            assertThat(api.get(role, "/api/v1/employees/" + eve + "/disciplinary-record").status()).as(role).isEqualTo(403);
        }
        assertThat(api.get("auditor", "/api/v1/employees/" + eve + "/disciplinary-record").status()).isEqualTo(200);

        assertThat(terminate(eve, TODAY.plusDays(30), "CONDUCT").status()).isEqualTo(200);
        JsonNode terminated = eventually(() -> api.get("hr", "/api/v1/employees/" + eve + "/disciplinary-record").json(),
                r -> r.path("terminationGrounds").asText().equals("CONDUCT"));
        assertThat(terminated.path("terminationDate").asText()).isEqualTo(TODAY.plusDays(30).toString());
    }

    private Api.Response session(String conflict, LocalDate date, String... partyAndNote) {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < partyAndNote.length; i += 2) {
            notes.append(i == 0 ? "" : ", ").append("{\"employeeId\": \"").append(partyAndNote[i]).append("\", \"note\": \"")
                    .append(partyAndNote[i + 1]).append("\"}");
        }
        return api.post("hr", "/api/v1/conflicts/" + conflict + "/sessions", "{\"date\": \"" + date + "\", \"notes\": [" + notes + "]}");
    }

    @Test
    void aConflictCaseFollowedFromItsMediatorToItsEscalationAndAPartysNotesErasedWithTheirFile() {
        Hr hr = new Hr(api);
        String dept = unique("Mediation");
        String finn = hr.hire("Finn", "Berg", dept, TODAY.minusYears(1), "3000.00");
        String gus = hr.hire("Gus", "Lind", dept, LocalDate.of(2015, 1, 1), "3000.00");
        String mia = hr.hire("Mia", "Moss", dept, TODAY.minusYears(1), "3000.00");

        Api.Response opened = api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + finn + "\", \"" + gus
                + "\"], \"description\": \"the window seat\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.text("id");
        String conflict = "/api/v1/conflicts/" + id;

        refusedAndNothingStored(session(id, TODAY, finn, "x"), 422, "needs a mediator");
        refusedAt(api.post("hr", conflict + "/mediator", "{\"mediatorId\": \"" + finn + "\"}"), 422, "mediatorId");
        refusedAt(api.post("hr", conflict + "/mediator", "{\"mediatorId\": \"" + UUID.randomUUID() + "\"}"), 422, "mediatorId");
        assertThat(api.post("hr", conflict + "/mediator", "{\"mediatorId\": \"" + mia + "\"}").status()).isEqualTo(200);

        refusedAt(api.post("hr", conflict + "/follow-ups", "{\"date\": \"" + TODAY.minusDays(1) + "\"}"), 422, "date");
        // today's follow-up: its reminder fires at once; the next one waits for its day
        assertThat(api.post("hr", conflict + "/follow-ups", "{\"date\": \"" + TODAY + "\", \"purpose\": \"does it hold?\"}")
                .status()).isEqualTo(201);
        assertThat(api.post("hr", conflict + "/follow-ups", "{\"date\": \"" + TODAY.plusDays(14) + "\"}").status()).isEqualTo(201);

        JsonNode due = eventually(() -> api.get("hr", "/api/v1/conflicts?status=OPEN&followUpDue=true&employeeId=" + gus).json(),
                l -> l.path("total").asInt() == 1);
        JsonNode listed = due.path("items").path(0);
        assertThat(listed.path("id").asText()).isEqualTo(id);
        assertThat(listed.path("followUpsDue").asInt()).isEqualTo(1);
        assertThat(listed.path("nextFollowUp").asText()).isEqualTo(TODAY.plusDays(14).toString());
        assertThat(listed.path("mediator").path("name").asText()).isEqualTo("Mia Moss");
        assertThat(listed.path("parties").path(1).path("name").asText()).isEqualTo("Gus Lind");

        // a session on or after the follow-up's day meets it
        refusedAt(session(id, TODAY.plusDays(1), finn, "x"), 422, "date");
        refusedAt(session(id, TODAY, mia, "my view"), 422, "notes[0].employeeId");
        refusedAndNothingStored(session(id, TODAY, finn, "a", gus, "b", finn, "c"), 400, "");
        Api.Response held = session(id, TODAY, finn, "wants the light", gus, "wants fresh air");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.location()).isEqualTo(conflict + "/sessions/" + held.text("id"));
        eventually(() -> api.get("hr", "/api/v1/conflicts?status=OPEN&followUpDue=true&employeeId=" + gus).json(),
                l -> l.path("total").asInt() == 0);

        JsonNode shown = api.get("hr", conflict).json();
        assertThat(shown.path("summary").path("status").asText()).isEqualTo("OPEN");
        assertThat(shown.path("sessions").path(0).path("notes").findValuesAsText("note"))
                .containsExactlyInAnyOrder("wants the light", "wants fresh air");
        assertThat(shown.path("followUps").findValuesAsText("status")).containsExactly("MET", "PENDING");
        assertThat(api.get("hr", conflict + "?asOf=" + TODAY.minusDays(1)).status()).as("not yet opened then").isEqualTo(404);
        assertThat(api.get("reporting", "/api/v1/conflicts").status()).isEqualTo(403);
        assertThat(api.get("reporting", conflict).status()).isEqualTo(403);
        assertThat(api.get("hr", "/api/v1/conflicts?status=CLOSED").status()).isEqualTo(400);

        assertThat(api.post("hr", conflict + "/escalation", "{\"reason\": \"no agreement after two sessions\"}").status()).isEqualTo(200);
        refusedAndNothingStored(api.post("hr", conflict + "/escalation", "{\"reason\": \"again\"}"), 409, "is closed (ESCALATED)");
        refusedAndNothingStored(api.post("hr", conflict + "/resolution", "{\"outcome\": \"agreed\"}"), 409, "is closed (ESCALATED)");
        refusedAndNothingStored(session(id, TODAY, finn, "late"), 409, "is closed");
        JsonNode escalated = eventually(() -> api.get("hr", conflict).json(),
                c -> c.path("summary").path("status").asText().equals("ESCALATED"));
        assertThat(escalated.path("closingText").asText()).isEqualTo("no agreement after two sessions");
        assertThat(api.get("hr", "/api/v1/conflicts?status=OPEN&employeeId=" + gus).json().path("total").asInt()).isZero();

        // Gus left in 2020: his HR file's retention has run out, so erasing it makes his notes unreadable, not Finn's.
        hr.terminate(gus, LocalDate.of(2020, 6, 30));
        assertThat(api.post("admin", "/api/v1/employees/" + gus + "/erasure", "").status()).isEqualTo(200);
        JsonNode erased = eventually(() -> api.get("auditor", conflict).json(),
                c -> c.path("sessions").path(0).path("notes").findValuesAsText("note").contains("[erased]"));
        assertThat(erased.path("sessions").path(0).path("notes").findValuesAsText("note"))
                .containsExactlyInAnyOrder("wants the light", "[erased]");
    }

    @Test
    void theResolutionIsTheAgreementThatClosesTheCase() {
        Hr hr = new Hr(api);
        String dept = unique("Agreement");
        String a = hr.hire("Ida", "Rose", dept, TODAY.minusYears(1), "3000.00");
        String b = hr.hire("Jon", "Ash", dept, TODAY.minusYears(1), "3000.00");
        String id = api.post("hr", "/api/v1/conflicts", "{\"employeeIds\": [\"" + a + "\", \"" + b
                + "\"], \"description\": \"the radio\"}").text("id");
        assertThat(api.post("hr", "/api/v1/conflicts/" + id + "/resolution", "{\"outcome\": \"headphones\"}").status()).isEqualTo(200);
        JsonNode agreed = eventually(() -> api.get("hr", "/api/v1/conflicts?status=AGREED&employeeId=" + a).json(),
                l -> l.path("total").asInt() == 1);
        assertThat(agreed.path("items").path(0).path("id").asText()).isEqualTo(id);
        assertThat(api.get("hr", "/api/v1/conflicts/" + id).json().path("closingText").asText()).isEqualTo("headphones");
        refusedAndNothingStored(api.post("hr", "/api/v1/conflicts/" + id + "/follow-ups", "{\"date\": \"" + TODAY + "\"}"), 409,
                "is closed (AGREED)");
    }
}
