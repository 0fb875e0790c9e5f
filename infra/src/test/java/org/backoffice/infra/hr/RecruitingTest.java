package org.backoffice.infra.hr;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole recruiting flow over REST: applications, interviews, feedback, offers, two
 * acceptances for one position at the same moment (one hire, the other told why), rejection,
 * withdrawal, and the erasure of a rejected applicant's personal data when the retention ends.
 */
class RecruitingTest extends ApiTest {

    private Api.Response apply(String position, String first) {
        return api.post("hr", "/api/v1/positions/" + position + "/applicants", "{\"firstName\": \"" + first
                + "\", \"lastName\": \"Candidate\", \"email\": \"" + unique(first.toLowerCase()) + "@example.com\", "
                + "\"source\": \"referral\"}");
    }

    private JsonNode applicants(String position, String stage) {
        return api.get("hr", "/api/v1/positions/" + position + "/applicants" + (stage == null ? "" : "?stage=" + stage)).json();
    }

    private void interviewAndOffer(String applicant, String interviewer) {
        Api.Response interview = api.post("hr", "/api/v1/applicants/" + applicant + "/interviews",
                "{\"at\": \"2026-12-01T10:00:00Z\", \"interviewerIds\": [\"" + interviewer + "\"]}");
        assertThat(interview.status()).as(interview.toString()).isEqualTo(201);
        assertThat(api.post("hr", "/api/v1/applicants/" + applicant + "/interviews/" + interview.text("id") + "/feedback",
                "{\"interviewerId\": \"" + interviewer + "\", \"recommendation\": \"HIRE\", \"notes\": \"strong\"}").status())
                .isEqualTo(200);
        Api.Response offer = api.post("hr", "/api/v1/applicants/" + applicant + "/offer",
                "{\"monthlySalary\": {\"amount\": \"4800.00\", \"currency\": \"EUR\"}, \"startDate\": \""
                        + LocalDate.now().plusMonths(1) + "\"}");
        assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
    }

    @Test
    void twoAcceptancesAtOnceHireOnceAndTheOtherApplicantIsToldWhy() throws Exception {
        Hr hr = new Hr(api);
        String dept = unique("Recruiting");
        String interviewer = hr.hire("Ivy", "Interviewer", dept, LocalDate.now().minusYears(1), "5000.00");
        String position = hr.openPosition("Data engineer", dept);
        assertThat(apply(UUID.randomUUID().toString(), "Nobody").status()).as("unknown position").isEqualTo(404);
        String first = apply(position, "Ada").text("id");
        String second = apply(position, "Barbara").text("id");
        String third = apply(position, "Carl").text("id");
        Api.Response early = api.post("hr", "/api/v1/applicants/" + third + "/offer",
                "{\"monthlySalary\": {\"amount\": \"4800.00\", \"currency\": \"EUR\"}, \"startDate\": \"2027-01-01\"}");
        assertThat(early.status()).as("an offer follows an interview").isEqualTo(409);
        assertThat(api.post("reporting", "/api/v1/applicants/" + third + "/withdrawal", "").status()).isEqualTo(403);
        assertThat(api.post("hr", "/api/v1/applicants/" + third + "/withdrawal", "").status()).isEqualTo(200);
        assertThat(api.post("hr", "/api/v1/applicants/" + third + "/withdrawal", "").status()).as("again").isEqualTo(200);
        interviewAndOffer(first, interviewer);
        interviewAndOffer(second, interviewer);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String applicant : List.of(first, second)) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post("hr", "/api/v1/applicants/" + applicant + "/acceptance", "");
            }));
        }
        start.countDown();
        Api.Response a = answers.get(0).get();
        Api.Response b = answers.get(1).get();
        pool.shutdown();
        assertThat(List.of(a.status(), b.status())).as(a + " / " + b).containsExactlyInAnyOrder(200, 409);
        Api.Response hired = a.status() == 200 ? a : b;
        Api.Response told = a.status() == 200 ? b : a;
        String winner = a.status() == 200 ? first : second;
        String loser = a.status() == 200 ? second : first;
        String employee = hired.text("employeeId");
        assertThat(told.body()).contains("is no longer open").contains(employee);
        assertThat(api.post("hr", "/api/v1/applicants/" + winner + "/acceptance", "").text("employeeId"))
                .as("accepting again answers the same hire").isEqualTo(employee);

        JsonNode positionNow = eventually(() -> api.get("hr", "/api/v1/positions?department=" + dept).json(),
                p -> p.path("items").path(0).path("status").asText().equals("FILLED"));
        assertThat(positionNow.path("items").path(0).path("employeeId").asText()).isEqualTo(employee);
        JsonNode employeeView = eventually(() -> api.get("hr", "/api/v1/employees/" + employee).json(),
                e -> e.has("firstName"));
        assertThat(employeeView.path("firstName").asText()).isIn("Ada", "Barbara");
        assertThat(employeeView.path("jobTitle").asText()).isEqualTo("Data engineer");
        assertThat(employeeView.path("department").asText()).isEqualTo(dept);
        assertThat(employeeView.path("monthlySalary").path("amount").asText()).isEqualTo("4800.00");
        assertThat(employeeView.path("startDate").asText()).isEqualTo(LocalDate.now().plusMonths(1).toString());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%.PositionFilledEvent'", Long.class, position)).as("filled once").isEqualTo(1L);

        JsonNode hiredList = eventually(() -> applicants(position, "HIRED"), l -> l.path("total").asInt() == 1);
        assertThat(hiredList.path("items").path(0).path("id").asText()).isEqualTo(winner);
        assertThat(hiredList.path("items").path(0).path("interviews").path(0).path("feedback").path(0)
                .path("recommendation").asText()).isEqualTo("HIRE");
        assertThat(applicants(position, "OFFER").path("items").path(0).path("id").asText()).isEqualTo(loser);
        String reported = api.get("reporting", "/api/v1/positions/" + position + "/applicants").json().toString();
        assertThat(reported).as("no personal data for reporting").doesNotContain("Candidate")
                .as("no offered salary for reporting").doesNotContain("4800.00")
                .as("no interviewer's notes for reporting").doesNotContain("strong").contains("HIRE");

        assertThat(apply(position, "Late").status()).as("the position is no longer open").isEqualTo(409);
        String other = hr.openPosition("Other", dept);
        assertThat(api.post("hr", "/api/v1/positions/" + other + "/applicants", "{\"id\": \"" + loser
                + "\", \"firstName\": \"X\", \"lastName\": \"Y\", \"email\": \"xy@example.com\"}").status())
                .as("an applicant id used for another position").isEqualTo(409);
        String fresh = apply(other, "Fresh").text("id");
        assertThat(api.post("hr", "/api/v1/applicants/" + fresh + "/acceptance", "").status())
                .as("no offer to accept").isEqualTo(409);
        assertThat(api.post("hr", "/api/v1/applicants/" + loser + "/rejection", "{\"reason\": \"position filled\"}")
                .status()).isEqualTo(200);
        assertThat(api.post("hr", "/api/v1/applicants/" + loser + "/rejection", "{\"reason\": \"again\"}").status())
                .isEqualTo(409);
        // The retention period (180 days) is over: its durable deadline fires, the key is shredded.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.update("update scheduled_tasks set execution_time = now() "
                + "where execution_time between now() + interval '179 days' and now() + interval '181 days' "
                + "and position(convert_to(?, 'UTF8') in task_data) > 0", loser) >= 1);
        JsonNode erased = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> applicants(position, "REJECTED").path("items").path(0),
                        x -> x.path("personalDataErased").asBoolean());
        assertThat(erased.path("firstName").asText()).isEqualTo("[erased]");
        assertThat(erased.path("email").asText()).isEqualTo("[erased]");
    }
}
