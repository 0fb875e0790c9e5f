package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payroll run is paid in steps (two payments a step in the tests' configuration), each step's
 * postings, settlements and progress in one transaction, so that a run of any size stays within
 * the transaction bound and pays one commit per step; every
 * employee is paid once, and every posting follows from the run's start in its trail, whichever
 * step made it. May 2005, a month no other test pays.
 */
class PayrollStepsTest extends ApiTest {

    @Test
    void aRunIsPaidTwoPaymentsAStepEachEmployeeOnce() {
        Hr hr = new Hr(api);
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "1000000.00");
        String salaries = ledger.open(unique("4100"), "EXPENSE", null);
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(hr.hire("Step", "Five" + i, unique("Steps"), LocalDate.of(2005, 5, 1), (3000 + i) + ".00"));
        }
        assertThat(api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2005-05\", \"bankAccountId\": \"" + bank
                + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}").status()).isEqualTo(202);
        JsonNode run = eventually(() -> api.get("accounting", "/api/v1/payroll-runs/2005-05").json(),
                r -> r.path("status").asText().equals("COMPLETED"));
        // Anyone another test hired before 2005 and never let go is paid too: the steps follow the run's size.
        int size = run.path("employees").asInt();
        assertThat(size).isGreaterThanOrEqualTo(5);
        List<Integer> steps = new ArrayList<>();
        for (int next = 2; next < size + 2; next += 2) {
            steps.add(Math.min(next, size));
        }
        assertThat(ledger.balance(salaries)).isEqualTo(run.path("total").path("amount").asText());

        String runId = run.path("id").asText();
        assertThat(jdbc.queryForList("""
                select (convert_from(payload, 'UTF8')::jsonb ->> 'nextPosition')::int from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%.PayrollPaymentsProgressedEvent' order by sequence_number""",
                Integer.class, runId)).as("two payments a step, each step recorded on the run").isEqualTo(steps);
        assertThat(jdbc.queryForObject("""
                select count(distinct aggregate_identifier) from domain_event_entry
                where payload_type like '%.TransactionPostedEvent' and convert_from(payload, 'UTF8') like '%Payroll 2005-05%'""",
                Long.class)).as("each employee paid once").isEqualTo(size);
        assertThat(jdbc.queryForObject("""
                select count(distinct convert_from(meta_data, 'UTF8')::jsonb ->> 'causationId') from domain_event_entry
                where payload_type like '%.TransactionPostedEvent' and convert_from(payload, 'UTF8') like '%Payroll 2005-05%'""",
                Long.class)).as("each step's postings by one command, in one transaction").isEqualTo(steps.size());
        List<String> paid = new ArrayList<>();
        run.path("payments").forEach(p -> paid.add(p.path("employeeId").asText()));
        assertThat(paid).containsAll(staff).doesNotHaveDuplicates();

        String last = run.path("payments").get(size - 1).path("transactionId").asText();
        JsonNode trail = eventually(() -> api.get("auditor", "/api/v1/audit/trail?aggregateId=" + last),
                r -> r.status() == 200).json();
        assertThat(trail.path("causes")).extracting(c -> c.path("type").asText())
                .as("the last step's posting follows from the run itself").containsExactly("PayrollRunStartedEvent");
        assertThat(trail.path("causes").get(0).path("metadata").path("user").asText()).isEqualTo("accounting");
    }
}
