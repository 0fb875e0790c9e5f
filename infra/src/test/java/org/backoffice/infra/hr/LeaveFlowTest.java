package org.backoffice.infra.hr;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leave through REST against real PostgreSQL, in 2012 (a year no other test pays a payroll in):
 * one employee's half year of vacation, sickness and unpaid leave, its payroll, and the leave
 * left when she goes.
 */
class LeaveFlowTest extends ApiTest {

    private String leave(String employee, String type, String first, String last) {
        return "{\"type\": \"" + type + "\", \"firstDay\": \"" + first + "\", \"lastDay\": \"" + last + "\"}";
    }

    private Api.Response request(String employee, String type, String first, String last) {
        return api.post("hr", "/api/v1/employees/" + employee + "/leave", leave(employee, type, first, last));
    }

    private void refusedAndNothingStored(Api.Response r, int status, String detail) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains(detail);
        assertThat(storedBy(r)).isZero();
    }

    private JsonNode payment(String period, String employee) {
        JsonNode run = eventually(() -> api.get("accounting", "/api/v1/payroll-runs/" + period),
                r -> r.status() == 200 && r.json().path("status").asText().equals("COMPLETED")).json();
        for (JsonNode p : run.path("payments")) {
            if (p.path("employeeId").asText().equals(employee)) {
                return p;
            }
        }
        throw new AssertionError("no payment for " + employee + " in " + run);
    }

    @Test
    void halfAYearOfLeaveReachesTheBalanceTheCalendarAndThePayroll() {
        Hr hr = new Hr(api);
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "10000000.00");
        String salaries = ledger.open(unique("4100"), "EXPENSE", null);
        String dept = unique("Leave");
        String ida = hr.hire("Ida", "Noddack", dept, LocalDate.of(2012, 7, 1), "3100.00");

        // Joined 1 July: 15 of 30 days in 2012.
        JsonNode fresh = eventually(() -> api.get("hr", "/api/v1/employees/" + ida + "/leave-balance?date=2012-07-01").json(),
                b -> b.path("entitlement").decimalValue().signum() > 0);
        assertThat(fresh.path("entitlement").decimalValue()).isEqualByComparingTo("15");
        assertThat(fresh.path("remaining").decimalValue()).isEqualByComparingTo("15");

        Api.Response vacation = request(ida, "ANNUAL", "2012-08-06", "2012-08-17");
        assertThat(vacation.status()).as(vacation.toString()).isEqualTo(201);
        String vacationId = vacation.text("id");
        assertThat(vacation.location()).isEqualTo("/api/v1/employees/" + ida + "/leave/" + vacationId);
        assertThat(api.post("hr", "/api/v1/employees/" + ida + "/leave/" + vacationId + "/approval", "").status()).isEqualTo(200);
        refusedAndNothingStored(api.post("hr", "/api/v1/employees/" + ida + "/leave/" + vacationId + "/approval", ""), 409,
                "is APPROVED");
        assertThat(request(ida, "SICK", "2012-09-10", "2012-09-14").status()).isEqualTo(201);
        String unpaid = request(ida, "UNPAID", "2012-10-15", "2012-10-19").text("id");
        assertThat(api.post("hr", "/api/v1/employees/" + ida + "/leave/" + unpaid + "/approval", "").status()).isEqualTo(200);

        refusedAndNothingStored(request(ida, "ANNUAL", "2012-08-17", "2012-08-20"), 409, "overlaps leave " + vacationId);
        refusedAndNothingStored(request(ida, "ANNUAL", "2012-08-24", "2012-08-20"), 422, "before it starts");
        refusedAndNothingStored(request(ida, "ANNUAL", "2012-06-25", "2012-06-29"), 422, "before the employment");
        refusedAndNothingStored(request(ida, "ANNUAL", "2012-11-05", "2012-11-16"), 422, "exceed the balance of 2012");
        refusedAndNothingStored(request(ida, "ANNUAL", "2012-10-06", "2012-10-07"), 422, "no working day");
        refusedAndNothingStored(api.post("hr", "/api/v1/employees/" + ida + "/leave", "{\"type\": \"HOLIDAY\", "
                + "\"firstDay\": \"2012-11-05\", \"lastDay\": \"2012-11-06\"}"), 400, "");

        JsonNode august = eventually(() -> api.get("hr", "/api/v1/employees/" + ida + "/leave-balance?date=2012-08-31").json(),
                b -> b.path("taken").decimalValue().intValue() == 10);
        assertThat(august.path("remaining").decimalValue()).isEqualByComparingTo("5");
        JsonNode listed = eventually(() -> api.get("hr", "/api/v1/leave?employeeId=" + ida).json(), l -> l.path("total").asInt() == 3);
        assertThat(listed.path("items").path(0).path("type").asText()).isEqualTo("UNPAID");
        assertThat(listed.path("items").path(1).path("status").asText()).as("sick leave is recorded approved").isEqualTo("APPROVED");
        assertThat(listed.path("items").path(2).path("workingDays").asInt()).isEqualTo(10);

        JsonNode calendar = api.get("hr", "/api/v1/leave-calendar?department=" + dept + "&from=2012-08-01&to=2012-10-31").json();
        assertThat(calendar.path("employees").size()).isEqualTo(1);
        assertThat(calendar.path("employees").path(0).path("employeeName").asText()).isEqualTo("Ida Noddack");
        assertThat(calendar.path("employees").path(0).path("leaves").size()).isEqualTo(3);
        JsonNode sick = api.get("hr", "/api/v1/sick-days?department=" + dept + "&from=2012-09-01&to=2012-09-30").json();
        assertThat(sick.path("employees").path(0).path("workingDays").asInt()).isEqualTo(5);
        assertThat(api.get("hr", "/api/v1/sick-days?from=2012-09-30&to=2012-09-01").status()).isEqualTo(400);
        assertThat(api.get("reporting", "/api/v1/leave?employeeId=" + ida).status()).isEqualTo(403);

        // From 2013 on, 24 days a year; 2012 keeps its 15.
        Api.Response entitlement = api.post("hr", "/api/v1/employees/" + ida + "/leave-entitlement",
                "{\"fromYear\": 2013, \"annualDays\": \"24\"}");
        assertThat(entitlement.status()).as(entitlement.toString()).isEqualTo(200);
        eventually(() -> api.get("hr", "/api/v1/employees/" + ida + "/leave-balance?date=2013-01-10").json(),
                b -> b.path("annualDays").decimalValue().intValue() == 24);
        refusedAndNothingStored(api.post("hr", "/api/v1/employees/" + ida + "/leave-entitlement",
                "{\"fromYear\": 2011, \"annualDays\": \"24\"}"), 422, "the employment started in 2012");

        // October: 5 of 31 calendar days unpaid, 3100 * 26 / 31.
        String body = "{\"period\": \"%s\", \"bankAccountId\": \"" + bank + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}";
        assertThat(api.post("accounting", "/api/v1/payroll-runs", body.formatted("2012-10")).status()).isEqualTo(202);
        JsonNode october = payment("2012-10", ida);
        assertThat(october.path("amount").path("amount").asText()).isEqualTo("2600.00");
        assertThat(october.path("daysEmployed").asInt()).isEqualTo(26);

        // She leaves on 30 November: 5 whole months, 12.5 days rounded up to 13, 10 taken, 3 paid out.
        hr.terminate(ida, LocalDate.of(2012, 11, 30));
        JsonNode settled = eventually(() -> api.get("hr", "/api/v1/employees/" + ida + "/leave-balance?date=2012-11-30").json(),
                b -> !b.path("settledOn").isNull() && !b.path("settledOn").isMissingNode());
        assertThat(settled.path("untakenDays").decimalValue()).isEqualByComparingTo("3");
        assertThat(settled.path("paidOut").asBoolean()).isTrue();
        assertThat(settled.path("entitlement").decimalValue()).isEqualByComparingTo("13");
        // The settlement names its cause's cause: the day the termination took effect (the command is not stored).
        java.util.Map<String, Object> settlement = jdbc.queryForMap("""
                select convert_from(meta_data, 'UTF8')::jsonb ->> 'upstreamId' as upstream,
                       convert_from(meta_data, 'UTF8')::jsonb ->> 'command' as command
                from domain_event_entry where payload_type like '%LeaveAccountSettledEvent' and convert_from(payload, 'UTF8') like ?""",
                "%" + ida + "%");
        assertThat(settlement.get("command")).isEqualTo("LeaveCommands.SettleLeaveAccountCommand");
        assertThat(settlement.get("upstream")).isEqualTo(jdbc.queryForObject("select event_identifier from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%EmployeeLeftEvent'", String.class, ida));
        assertThat(api.post("accounting", "/api/v1/payroll-runs", body.formatted("2012-11")).status()).isEqualTo(202);
        JsonNode november = payment("2012-11", ida);
        // 3 days at 3100 * 3 / 65 = 429.23 on top of the month
        assertThat(november.path("leavePayout").path("amount").asText()).isEqualTo("429.23");
        assertThat(november.path("amount").path("amount").asText()).isEqualTo("3529.23");
    }
}
