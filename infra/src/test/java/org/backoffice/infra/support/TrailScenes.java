package org.backoffice.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Camt.Tx;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * The chains an auditor follows, made through the REST API: each payroll in a year of its own
 * (payroll runs are per month, company-wide), everything else under fresh names.
 */
public final class TrailScenes {

    private final Api api;
    private final Hr hr;
    private final Ledger ledger;

    public TrailScenes(Api api) {
        this.api = api;
        this.hr = new Hr(api);
        this.ledger = new Ledger(api);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T eventually(Callable<T> read, Predicate<T> until) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25)).until(read, until::test);
    }

    /** The transaction that paid the employee in that month's run, once the run completed. */
    public String paid(String period, String employee) {
        JsonNode run = eventually(() -> api.get("accounting", "/api/v1/payroll-runs/" + period),
                r -> r.status() == 200 && r.json().path("status").asText().equals("COMPLETED")).json();
        for (JsonNode p : run.path("payments")) {
            if (p.path("employeeId").asText().equals(employee)) {
                return p.path("transactionId").asText();
            }
        }
        throw new AssertionError("no payment for " + employee + " in " + run);
    }

    private void runPayroll(String period) {
        String bank = ledger.openBank(unique("1200"), "1000000.00");
        String salaries = ledger.open(unique("4100"), "EXPENSE", null);
        Api.Response run = api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"" + period + "\", \"bankAccountId\": \""
                + bank + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
    }

    /** employee: hired on 1 January; payment: the transaction of March's pay, half at each salary. */
    public record Raise(String employee, String payment) {
    }

    /** An employee hired on 1 January of the year, raised from 16 March, paid for March. */
    public Raise salaryChangePaidInMarch(int year) {
        String employee = hr.hire("Lise", "Meitner", unique("Physics"), LocalDate.of(year, 1, 1), "3000.00");
        Api.Response raise = api.post("hr", "/api/v1/employees/" + employee + "/salary-change",
                "{\"monthlySalary\": {\"amount\": \"3300.00\", \"currency\": \"EUR\"}, \"effectiveDate\": \"" + year + "-03-16\"}");
        assertThat(raise.status()).as(raise.toString()).isEqualTo(200);
        runPayroll(year + "-03");
        return new Raise(employee, paid(year + "-03", employee));
    }

    /** finalPay: the transaction of June's pay. */
    public record Leaver(String employee, String laptop, String licence, String finalPay) {
    }

    /**
     * An employee with a laptop and a licence seat, terminated to 30 June of the year (in the past:
     * it takes effect at once), whose June is paid once the laptop is back.
     */
    public Leaver terminationWithReturnsAndFinalPay(int year) {
        It it = new It(api);
        String employee = hr.hire("Otto", "Hahn", unique("Chemistry"), LocalDate.of(year, 1, 1), "3900.00");
        String laptop = it.register("LAPTOP", "ThinkPad T14");
        assertThat(it.assign(laptop, employee).status()).isEqualTo(200);
        Api.Response licence = api.post("it", "/api/v1/licences", "{\"product\": \"" + unique("CAD") + "\", \"seats\": 2, "
                + "\"costPerPeriod\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}, \"billingPeriod\": \"MONTHLY\", "
                + "\"renewalDate\": \"2031-01-01\"}");
        assertThat(licence.status()).as(licence.toString()).isEqualTo(201);
        assertThat(api.post("it", "/api/v1/licences/" + licence.text("id") + "/seat-assignments",
                "{\"employeeId\": \"" + employee + "\"}").status()).isEqualTo(200);
        hr.terminate(employee, LocalDate.of(year, 6, 30));
        eventually(() -> it.status(laptop), "IN_STOCK"::equals);
        runPayroll(year + "-06");
        return new Leaver(employee, laptop, licence.text("id"), paid(year + "-06", employee));
    }

    /** payment: the journal entry that booked the entry; invoice: the invoice's. */
    public record Receipt(String statement, String payment, String invoice) {
    }

    /** A customer invoice and a statement whose third entry pays it, matched by the invoice number. */
    public Receipt statementEntryPayingAnInvoice() {
        String bank = ledger.openBank(unique("1200"), "0");
        String bankIban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": \"" + bankIban + "\"}")
                .status()).isEqualTo(200);
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        Api.Response customer = api.post("accounting", "/api/v1/partners", "{\"kind\": \"CUSTOMER\", \"name\": \"Curie "
                + UUID.randomUUID() + "\", \"paymentTermDays\": 14, \"bankDetails\": {\"iban\": \"" + Ibans.fresh() + "\"}}");
        assertThat(customer.status()).isEqualTo(201);
        String number = unique("RE");
        Api.Response invoice = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + number
                + "\", \"bookingDate\": \"2026-11-02\", \"text\": \"Invoice " + number + "\", \"legs\": ["
                + leg("D", customer.text("accountId"), "238.00") + ", " + leg("C", revenue, "238.00") + "]}");
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        Api.Response imported = api.send("accounting", "accounting-pw", "POST", "/api/v1/bank-statements",
                // Two bank fees first: with two entries a step (the tests' configuration), the invoice's
                // payment is matched in the second step.
                Camt.v08(bankIban).balances("0.00", "228.00")
                        .entry("F1-" + UUID.randomUUID().toString().substring(0, 8), "2026-11-18", "DBIT", "5.00", false)
                        .entry("F2-" + UUID.randomUUID().toString().substring(0, 8), "2026-11-19", "DBIT", "5.00", false)
                        .entry("T1-" + UUID.randomUUID().toString().substring(0, 8), "2026-11-20", "CRDT", "238.00", false,
                                Tx.of("Curie SARL", Ibans.fresh(), "Invoice " + number)).xml(),
                "application/xml");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode line = eventually(() -> api.get("reporting", "/api/v1/bank-statements/" + imported.text("id")).json(),
                s -> s.path("waiting").asInt() == 0 && s.path("lines").size() > 0).path("lines").get(2);
        assertThat(line.path("how").asText()).isEqualTo("CUSTOMER_REFERENCE");
        return new Receipt(imported.text("id"), line.path("transactionIds").get(0).asText(), invoice.text("id"));
    }
}
