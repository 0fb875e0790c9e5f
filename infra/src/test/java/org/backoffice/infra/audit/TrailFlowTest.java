package org.backoffice.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.EventTable;
import org.backoffice.infra.support.TrailScenes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aSalaryChangeLeadsToThePayrollRunThatUsedItAndToItsPosting() {
        TrailScenes.Raise raise = new TrailScenes(api).salaryChangePaidInMarch(2009);
        String lise = raise.employee();
        String transaction = raise.payment();

        long change = position(lise, "SalaryChangedEvent");
        JsonNode salaryTrail = trail(change);
        assertThat(salaryTrail.path("origin").asText()).as("HR's request started it").isEqualTo("REQUEST");
        assertThat(salaryTrail.path("event").path("metadata").path("user").asText()).isEqualTo("hr");
        assertThat(salaryTrail.path("causes").size()).isZero();
        // March paid half a month at each salary: both steps are the payment's basis.
        JsonNode usedBy = eventually(() -> trail(change).path("referredBy"), r -> r.size() == 1).get(0);
        assertThat(usedBy.path("role").asText()).isEqualTo("salary");
        assertThat(usedBy.path("event").path("type").asText()).as("the chunk of the run that calculated her pay")
                .isEqualTo("PayrollPaymentsCalculatedEvent");
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

        long run = posting.path("causes").get(0).path("position").asLong();
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
        TrailScenes.Leaver leaver = new TrailScenes(api).terminationWithReturnsAndFinalPay(2010);
        String otto = leaver.employee();
        String finalPay = leaver.finalPay();
        long terminated = position(otto, "EmployeeTerminatedEvent");
        long left = position(otto, "EmployeeLeftEvent");

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
        JsonNode pay = find(termination.path("referredBy"), "event", "PayrollPaymentsCalculatedEvent");
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
        TrailScenes.Receipt receipt = new TrailScenes(api).statementEntryPayingAnInvoice();
        String payment = receipt.payment();

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
        assertThat(invoiceTrail.path("event").path("aggregateId").asText()).isEqualTo(receipt.invoice());
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
        assertThat(api.get("auditor", "/api/v1/audit/trail/0").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit/trail?aggregateId=%20").status()).isEqualTo(400);
    }
}
