package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Camt;
import org.backoffice.infra.support.Camt.Tx;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.Hr;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.It;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * The trail through REST on PostgreSQL, along the chains an auditor follows: a salary change to
 * the payroll run that used it and its posting; a termination to the day it took effect, the
 * device and licence seat that came back and the final pay; a bank statement entry to the
 * payment it booked and the invoice that payment settled; and an event stored without a cause
 * (before causes were recorded), which starts its own trail. Payrolls in 2009 and 2010, years no
 * other test pays.
 */
class TrailFlowTest extends ApiTest {

    /** The position of an aggregate's (first) event of this type. */
    private long position(String aggregateId, String type) {
        return eventually(() -> api.get("auditor", "/api/v1/audit/events?aggregateId=" + aggregateId + "&eventType=" + type)
                .json().path("events"), e -> e.size() > 0).get(0).path("position").asLong();
    }

    private JsonNode trail(long position) {
        return eventually(() -> api.get("auditor", "/api/v1/audit/trail/" + position),
                r -> r.status() == 200 && r.json().path("effects").path("effects").size() >= 0).json();
    }

    /** Every effect of the event, page by page. */
    private List<JsonNode> allEffects(long position, int pageSize) {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api.get("auditor", "/api/v1/audit/trail/" + position + "/effects?limit=" + pageSize + after).json();
            page.path("effects").forEach(all::add);
            if (page.path("nextPosition").isNull() || page.path("nextPosition").isMissingNode()) {
                return all;
            }
            after = "&afterPosition=" + page.path("nextPosition").asLong();
        }
    }

    private static JsonNode find(Iterable<JsonNode> nodes, String field, String type) {
        for (JsonNode n : nodes) {
            if (n.path(field).path("type").asText().equals(type)) {
                return n;
            }
        }
        throw new AssertionError("no " + type + " in " + nodes);
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
    void aSalaryChangeLeadsToThePayrollRunThatUsedItAndToItsPosting() {
        Hr hr = new Hr(api);
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "1000000.00");
        String salaries = ledger.open(unique("4100"), "EXPENSE", null);
        String lise = hr.hire("Lise", "Meitner", unique("Physics"), LocalDate.of(2009, 1, 1), "3000.00");
        Api.Response raise = api.post("hr", "/api/v1/employees/" + lise + "/salary-change",
                "{\"monthlySalary\": {\"amount\": \"3300.00\", \"currency\": \"EUR\"}, \"effectiveDate\": \"2009-03-16\"}");
        assertThat(raise.status()).as(raise.toString()).isEqualTo(200);
        assertThat(api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2009-03\", \"bankAccountId\": \"" + bank
                + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}").status()).isEqualTo(202);
        String transaction = payment("2009-03", lise).path("transactionId").asText();

        long change = position(lise, "SalaryChangedEvent");
        JsonNode salaryTrail = trail(change);
        assertThat(salaryTrail.path("origin").asText()).as("HR's request started it").isEqualTo("REQUEST");
        assertThat(salaryTrail.path("event").path("metadata").path("user").asText()).isEqualTo("hr");
        assertThat(salaryTrail.path("causes").size()).isZero();
        // March paid half a month at each salary: both steps are the payment's basis.
        JsonNode usedBy = eventually(() -> trail(change).path("referredBy"), r -> r.size() == 1).get(0);
        assertThat(usedBy.path("role").asText()).isEqualTo("salary");
        assertThat(usedBy.path("event").path("type").asText()).isEqualTo("PayrollRunStartedEvent");
        assertThat(usedBy.path("scope").asText()).isEqualTo(transaction);
        assertThat(trail(position(lise, "EmployeeHiredEvent")).path("referredBy").get(0).path("scope").asText())
                .as("the hire's salary too").isEqualTo(transaction);

        JsonNode posting = trail(usedBy.path("scopePosition").asLong());
        assertThat(posting.path("event").path("type").asText()).isEqualTo("TransactionPostedEvent");
        assertThat(posting.path("event").path("aggregateId").asText()).isEqualTo(transaction);
        assertThat(posting.path("causes").get(0).path("type").asText()).as("posted because the run started")
                .isEqualTo("PayrollRunStartedEvent");
        assertThat(posting.path("origin").asText()).isEqualTo("REQUEST");
        assertThat(posting.path("causes").get(0).path("metadata").path("user").asText()).isEqualTo("accounting");

        long run = usedBy.path("event").path("position").asLong();
        List<JsonNode> effects = allEffects(run, 2);
        assertThat(effects).as("the run's effects include the posting, and follow from the run")
                .anySatisfy(e -> {
                    assertThat(e.path("event").path("aggregateId").asText()).isEqualTo(transaction);
                    assertThat(e.path("event").path("type").asText()).isEqualTo("TransactionPostedEvent");
                    assertThat(e.path("causePosition").asLong()).isEqualTo(run);
                });
        assertThat(effects).extracting(e -> e.path("event").path("type").asText()).contains("PayrollPaymentSettledEvent");
        assertThat(effects).extracting(e -> e.path("event").path("position").asLong()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTerminationLeadsToTheDayItTookEffectToWhatCameBackAndToTheFinalPay() {
        Hr hr = new Hr(api);
        It it = new It(api);
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "1000000.00");
        String salaries = ledger.open(unique("4100"), "EXPENSE", null);
        String otto = hr.hire("Otto", "Hahn", unique("Chemistry"), LocalDate.of(2010, 1, 1), "3900.00");
        String laptop = it.register("LAPTOP", "ThinkPad T14");
        assertThat(it.assign(laptop, otto).status()).isEqualTo(200);
        Api.Response licence = api.post("it", "/api/v1/licences", "{\"product\": \"" + unique("CAD")
                + "\", \"seats\": 2, \"costPerPeriod\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}, \"billingPeriod\": \"MONTHLY\", \"renewalDate\": \"2031-01-01\"}");
        assertThat(licence.status()).as(licence.toString()).isEqualTo(201);
        assertThat(api.post("it", "/api/v1/licences/" + licence.text("id") + "/seat-assignments",
                "{\"employeeId\": \"" + otto + "\"}").status()).isEqualTo(200);

        hr.terminate(otto, LocalDate.of(2010, 6, 30));
        eventually(() -> it.status(laptop), "IN_STOCK"::equals);
        long terminated = position(otto, "EmployeeTerminatedEvent");
        long left = position(otto, "EmployeeLeftEvent");
        assertThat(api.post("accounting", "/api/v1/payroll-runs", "{\"period\": \"2010-06\", \"bankAccountId\": \"" + bank
                + "\", \"salaryExpenseAccountId\": \"" + salaries + "\"}").status()).isEqualTo(202);
        String finalPay = payment("2010-06", otto).path("transactionId").asText();

        JsonNode termination = eventually(() -> trail(terminated),
                t -> t.path("referredBy").size() > 0 && allEffects(terminated, 50).stream()
                        .anyMatch(e -> e.path("event").path("type").asText().equals("LicenceSeatReleasedEvent")));
        List<JsonNode> effects = allEffects(terminated, 50);
        JsonNode day = find(effects, "event", "EmployeeLeftEvent");
        assertThat(day.path("event").path("position").asLong()).isEqualTo(left);
        assertThat(day.path("causePosition").asLong()).as("the deadline the termination set").isEqualTo(terminated);
        for (String returned : List.of("AssetReturnedEvent", "LicenceSeatReleasedEvent", "LeaveAccountSettledEvent")) {
            assertThat(find(effects, "event", returned).path("causePosition").asLong()).as(returned + " because she left")
                    .isEqualTo(left);
        }
        JsonNode pay = find(termination.path("referredBy"), "event", "PayrollRunStartedEvent");
        assertThat(pay.path("role").asText()).isEqualTo("last day");
        assertThat(pay.path("scope").asText()).as("the final pay's posting").isEqualTo(finalPay);

        JsonNode returnTrail = trail(find(effects, "event", "AssetReturnedEvent").path("event").path("position").asLong());
        assertThat(returnTrail.path("causes")).extracting(c -> c.path("type").asText())
                .as("from the request, through the day it took effect").containsExactly("EmployeeTerminatedEvent", "EmployeeLeftEvent");
        assertThat(returnTrail.path("origin").asText()).isEqualTo("REQUEST");
        assertThat(returnTrail.path("event").path("metadata").path("user").asText()).as("the one who terminated").isEqualTo("hr");
    }

    @Test
    void aBankStatementEntryLeadsToThePaymentItBookedAndTheInvoiceItSettled() {
        Ledger ledger = new Ledger(api);
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
                Camt.v08(bankIban).balances("0.00", "238.00").entry("T1-" + UUID.randomUUID().toString().substring(0, 8),
                        "2026-11-20", "CRDT", "238.00", false, Tx.of("Curie SARL", Ibans.fresh(), "Invoice " + number)).xml(),
                "application/xml");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode line = eventually(() -> api.get("reporting", "/api/v1/bank-statements/" + imported.text("id")).json(),
                s -> s.path("waiting").asInt() == 0 && s.path("lines").size() > 0).path("lines").get(0);
        assertThat(line.path("how").asText()).isEqualTo("CUSTOMER_REFERENCE");
        String payment = line.path("transactionIds").get(0).asText();

        JsonNode booked = eventually(() -> api.get("auditor", "/api/v1/audit/trail?aggregateId=" + payment),
                r -> r.status() == 200 && r.json().path("referredBy").size() >= 2).json();
        assertThat(booked.path("event").path("type").asText()).isEqualTo("TransactionPostedEvent");
        assertThat(booked.path("causes")).extracting(c -> c.path("type").asText())
                .as("booked because the statement was imported (the matching runs on a thread of its own)")
                .containsExactly("BankStatementImportedEvent");
        assertThat(booked.path("causes").get(0).path("metadata").path("user").asText()).isEqualTo("accounting");
        assertThat(booked.path("origin").asText()).isEqualTo("REQUEST");
        assertThat(find(booked.path("referredBy"), "event", "BankEntryResolvedEvent").path("role").asText()).isEqualTo("booking");
        JsonNode settled = find(booked.path("referredBy"), "event", "OpenItemSettledEvent");
        assertThat(settled.path("role").asText()).isEqualTo("payment");
        long invoicePosition = settled.path("links").get(0).path("position").asLong();
        assertThat(settled.path("links").get(0).path("role").asText()).isEqualTo("invoice");
        JsonNode invoiceTrail = trail(invoicePosition);
        assertThat(invoiceTrail.path("event").path("aggregateId").asText()).isEqualTo(invoice.text("id"));
        assertThat(invoiceTrail.path("referredBy")).extracting(r -> r.path("role").asText() + " " + r.path("event").path("type").asText())
                .containsExactly("invoice OpenItemSettledEvent");
    }

    @Test
    void anEventStoredWithoutItsCauseStartsItsTrailAndOnlyAuditorsReadTrails() throws Exception {
        String account = UUID.randomUUID().toString();
        try (var c = jdbc.getDataSource().getConnection()) {
            EventTable.insertAccountEvent(c, account, 0, "AccountOpenedEvent", "1", "{\"accountId\":\"" + account
                    + "\",\"number\":\"old-" + account.substring(0, 8) + "\",\"name\":\"Old\",\"type\":\"ASSET\","
                    + "\"currency\":\"EUR\",\"overdraftLimit\":0,\"party\":null}", Instant.now());
        }
        long old = position(account, "AccountOpenedEvent");
        JsonNode trail = trail(old);
        assertThat(trail.path("origin").asText()).isEqualTo("NOT_RECORDED");
        assertThat(trail.path("causes").size()).isZero();
        assertThat(trail.path("effects").path("effects").size()).isZero();
        assertThat(trail.path("effects").path("nextPosition").asText(null)).as("no more effects").isNull();

        assertThat(api.get("admin", "/api/v1/audit/trail/" + old).status()).isEqualTo(200);
        for (String role : List.of("accounting", "hr", "it", "reporting")) {
            assertThat(api.get(role, "/api/v1/audit/trail/" + old).status()).as(role).isEqualTo(403);
        }
        Api.Response none = api.get("auditor", "/api/v1/audit/trail/999999999");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(api.get("auditor", "/api/v1/audit/trail/" + old + "?limit=0").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/trail/" + old + "/effects?afterPosition=-1").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/trail?aggregateId=" + account + "&sequenceNumber=-1").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/trail?aggregateId=" + account + "&sequenceNumber=7").status()).isEqualTo(404);
    }
}
