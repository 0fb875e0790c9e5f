package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * Open items through the API on PostgreSQL: every invoice on a partner's account is an item due
 * by the partner's terms (or its own date), payments settle items fully or partly or stay
 * unallocated, a reversal closes what it reverses, and the aging and the statement read it all
 * as of any date.
 */
class OpenItemsFlowTest extends ApiTest {

    private Ledger ledger;
    private String bank;
    private String revenue;
    private String expense;

    @BeforeEach
    void accounts() {
        ledger = new Ledger(api);
        bank = ledger.openBank(unique("1200"), "100000");
        revenue = ledger.open(unique("8400"), "REVENUE", null);
        expense = ledger.open(unique("4900"), "EXPENSE", null);
    }

    private record Partner(String id, String account) {
    }

    private Partner partner(String kind, String name, int terms) {
        Api.Response r = api.post("accounting", "/api/v1/partners", "{\"kind\": \"" + kind + "\", \"name\": \"" + name
                + "\", \"paymentTermDays\": " + terms + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Partner(r.text("id"), r.text("accountId"));
    }

    /** Posts an entry dated date with extra JSON fields (dueDate, settles); the answer as it came. */
    private Api.Response entry(String date, String number, String extra, String... legs) {
        return api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + number
                + "\", \"bookingDate\": \"" + date + "\", \"text\": \"" + number + "\", \"legs\": ["
                + String.join(", ", legs) + "]" + (extra.isEmpty() ? "" : ", " + extra) + "}");
    }

    private String invoice(Partner customer, String date, String number, String amount) {
        Api.Response r = entry(date, number, "", leg("D", customer.account(), amount), leg("C", revenue, amount));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private static String settles(String... itemAndAmount) {
        StringBuilder s = new StringBuilder("\"settles\": [");
        for (int i = 0; i < itemAndAmount.length; i += 2) {
            s.append(i == 0 ? "" : ", ").append("{\"itemId\": \"").append(itemAndAmount[i])
                    .append("\", \"amount\": {\"amount\": \"").append(itemAndAmount[i + 1]).append("\", \"currency\": \"EUR\"}}");
        }
        return s.append("]").toString();
    }

    private JsonNode items(Partner p, String query) {
        return eventually(() -> api.get("reporting", "/api/v1/partners/" + p.id() + "/open-items" + query),
                r -> r.status() == 200).json();
    }

    private JsonNode item(JsonNode items, String id) {
        for (JsonNode i : items.path("items")) {
            if (i.path("itemId").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }

    @Test
    void anInvoiceIsDueByThePartnersTermsAndAPaymentSettlesItemsFullyOrPartly() {
        Partner acme = partner("CUSTOMER", "ACME " + UUID.randomUUID(), 30);
        String first = invoice(acme, "2026-10-01", unique("RE1"), "119.00");
        Api.Response own = entry("2026-10-02", unique("RE2"), "\"dueDate\": \"2026-10-09\"",
                leg("D", acme.account(), "200.00"), leg("C", revenue, "200.00"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        String second = own.text("id");
        Api.Response pay = entry("2026-10-20", unique("BA1"), settles(first, "119.00", second, "50.00"),
                leg("D", bank, "169.00"), leg("C", acme.account(), "169.00"));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(201);

        JsonNode all = eventually(() -> items(acme, "?status=ALL&asOf=2026-10-20"),
                j -> j.path("payments").size() == 1);
        assertThat(item(all, first).path("dueDate").asText()).as("document date + 30 days").isEqualTo("2026-10-31");
        assertThat(item(all, first).path("status").asText()).isEqualTo("SETTLED");
        assertThat(item(all, second).path("dueDate").asText()).as("its own due date").isEqualTo("2026-10-09");
        assertThat(item(all, second).path("open").path("amount").asText()).isEqualTo("150.00");
        assertThat(item(all, second).path("daysOverdue").asLong()).isEqualTo(11);
        assertThat(all.path("payments").get(0).path("status").asText()).isEqualTo("ALLOCATED");
        assertThat(all.path("totalOpen").path("amount").asText()).isEqualTo("150.00");

        JsonNode before = items(acme, "?asOf=2026-10-19");
        assertThat(before.path("totalOpen").path("amount").asText()).as("before the payment").isEqualTo("319.00");
        assertThat(before.path("items")).hasSize(2);
        JsonNode open = items(acme, "");
        assertThat(open.path("items")).as("only the open one").hasSize(1);
    }

    @Test
    void aPaymentWithoutMatchStaysUnallocatedUntilAllocatedOnceAndNeverBeyondWhatIsOwed() {
        Partner acme = partner("CUSTOMER", "Unallocated " + UUID.randomUUID(), 14);
        Partner other = partner("CUSTOMER", "Other " + UUID.randomUUID(), 14);
        String invoice = invoice(acme, "2026-09-01", unique("RE"), "100.00");
        String foreign = invoice(other, "2026-09-01", unique("RE"), "100.00");
        Api.Response pay = entry("2026-09-10", unique("BA"), "", leg("D", bank, "150.00"), leg("C", acme.account(), "150.00"));
        assertThat(pay.status()).isEqualTo(201);
        String payment = pay.text("id");
        JsonNode unallocated = eventually(() -> items(acme, "?asOf=2026-09-30"), j -> j.path("payments").size() == 1);
        assertThat(unallocated.path("totalUnallocated").path("amount").asText()).isEqualTo("150.00");
        assertThat(unallocated.path("balance").path("amount").asText()).isEqualTo("-50.00");

        String allocations = "/api/v1/partners/" + acme.id() + "/allocations";
        String tooMuch = allocation(UUID.randomUUID(), payment, invoice, "100.01");
        Api.Response refused = api.post("accounting", allocations, tooMuch);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        Api.Response foreignItem = api.post("accounting", allocations, allocation(UUID.randomUUID(), payment, foreign, "10.00"));
        assertThat(foreignItem.status()).as(foreignItem.toString()).isEqualTo(422);
        assertThat(foreignItem.json().path("errors").get(0).path("field").asText()).isEqualTo("itemId");
        assertThat(storedBy(refused) + storedBy(foreignItem)).isZero();

        UUID allocationId = UUID.randomUUID();
        String body = allocation(allocationId, payment, invoice, "100.00");
        assertThat(api.post("accounting", allocations, body).status()).isEqualTo(200);
        Api.Response again = api.post("accounting", allocations, body);
        assertThat(again.status()).as("the same allocation again").isEqualTo(200);
        assertThat(storedBy(again)).isZero();
        assertThat(api.post("accounting", allocations, allocation(allocationId, payment, invoice, "1.00")).status())
                .as("another allocation under that id").isEqualTo(409);
        JsonNode after = eventually(() -> items(acme, "?asOf=2026-09-30"),
                j -> j.path("totalOpen").path("amount").asText().equals("0.00"));
        assertThat(after.path("totalUnallocated").path("amount").asText()).isEqualTo("50.00");
        assertThat(after.path("items")).as("the settled item is no longer open").isEmpty();
    }

    private static String allocation(UUID id, String payment, String item, String amount) {
        return "{\"id\": \"" + id + "\", \"paymentId\": \"" + payment + "\", \"itemId\": \"" + item
                + "\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}";
    }

    @Test
    void aSettlementMustFitItsItemItsPaymentAndItsPartnerOrTheWholeEntryIsRefused() {
        Partner acme = partner("CUSTOMER", "Strict " + UUID.randomUUID(), 14);
        Partner other = partner("CUSTOMER", "Stranger " + UUID.randomUUID(), 14);
        String invoice = invoice(acme, "2026-08-01", unique("RE"), "100.00");
        String foreign = invoice(other, "2026-08-01", unique("RE"), "100.00");
        String[][] cases = {
                {settles(invoice, "100.01"), "80.00", "settles[0].amount"},             // beyond what the item owes
                {settles(invoice, "60.00"), "50.00", "settles[0].amount"},              // beyond what the payment has
                {settles(invoice, "10.00", foreign, "10.00"), "50.00", "settles[1].itemId"}, // another partner's item
                {settles(UUID.randomUUID().toString(), "1.00"), "50.00", "settles[0].itemId"}};
        for (String[] c : cases) {
            Api.Response r = entry("2026-08-05", unique("BA"), c[0], leg("D", bank, c[1]), leg("C", acme.account(), c[1]));
            assertThat(r.status()).as(c[0] + " -> " + r).isEqualTo(422);
            assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo(c[2]);
            assertThat(storedBy(r)).isZero();
        }
        Api.Response dueOnPayment = entry("2026-08-05", unique("BA"), "\"dueDate\": \"2026-09-01\"",
                leg("D", bank, "10.00"), leg("C", acme.account(), "10.00"));
        assertThat(dueOnPayment.status()).as(dueOnPayment.toString()).isEqualTo(422);
        assertThat(dueOnPayment.json().path("errors").get(0).path("field").asText()).isEqualTo("dueDate");
        Api.Response settlesWithoutPartner = entry("2026-08-05", unique("BA"), settles(invoice, "1.00"),
                leg("D", bank, "10.00"), leg("C", revenue, "10.00"));
        assertThat(settlesWithoutPartner.status()).as(settlesWithoutPartner.toString()).isEqualTo(422);
        assertThat(settlesWithoutPartner.json().path("errors").get(0).path("field").asText()).isEqualTo("settles");
        Api.Response dueBeforeDocument = entry("2026-08-05", unique("RE"), "\"dueDate\": \"2026-08-04\"",
                leg("D", acme.account(), "10.00"), leg("C", revenue, "10.00"));
        assertThat(dueBeforeDocument.status()).as(dueBeforeDocument.toString()).isEqualTo(422);
        assertThat(storedBy(dueOnPayment) + storedBy(settlesWithoutPartner) + storedBy(dueBeforeDocument)).isZero();
        assertThat(items(acme, "?asOf=2026-08-31").path("totalOpen").path("amount").asText()).isEqualTo("100.00");
    }

    @Test
    void aReversedInvoiceClosesItsItemAndAReturnedPaymentReopensWhatItPaid() {
        Partner acme = partner("CUSTOMER", "Reversals " + UUID.randomUUID(), 14);
        String cancelled = invoice(acme, "2026-07-01", unique("RE"), "100.00");
        String kept = invoice(acme, "2026-07-01", unique("RE"), "80.00");
        Api.Response pay = entry("2026-07-05", unique("BA"), settles(cancelled, "100.00", kept, "80.00"),
                leg("D", bank, "180.00"), leg("C", acme.account(), "180.00"));
        assertThat(pay.status()).isEqualTo(201);
        assertThat(api.post("accounting", "/api/v1/transactions/" + cancelled + "/reversal",
                "{\"reason\": \"wrong customer\", \"bookingDate\": \"2026-07-10\"}").status()).isEqualTo(202);
        JsonNode afterCancel = eventually(() -> items(acme, "?status=ALL&asOf=2026-07-10"),
                j -> item(j, cancelled).path("status").asText().equals("REVERSED"));
        assertThat(afterCancel.path("totalUnallocated").path("amount").asText())
                .as("what paid the cancelled invoice is unallocated again").isEqualTo("100.00");
        assertThat(item(items(acme, "?status=ALL&asOf=2026-07-09"), cancelled).path("status").asText())
                .as("before the reversal's date it was settled").isEqualTo("SETTLED");

        assertThat(api.post("accounting", "/api/v1/transactions/" + pay.text("id") + "/reversal",
                "{\"reason\": \"returned by the bank (AC04)\", \"bookingDate\": \"2026-07-12\"}").status()).isEqualTo(202);
        JsonNode afterReturn = eventually(() -> items(acme, "?asOf=2026-07-12"),
                j -> j.path("totalOpen").path("amount").asText().equals("80.00"));
        assertThat(item(afterReturn, kept).path("status").asText()).isEqualTo("OPEN");
        assertThat(afterReturn.path("totalUnallocated").path("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void theAgingSortsOpenAmountsByDaysPastDueAsOfAnyDate() {
        Partner supplier = partner("SUPPLIER", "Aging Supplies " + UUID.randomUUID(), 10);
        String[][] invoices = {{"2026-06-01", "1.00"}, {"2026-07-15", "2.00"}, {"2026-08-20", "4.00"},
                {"2026-09-20", "8.00"}, {"2026-10-25", "16.00"}};
        for (String[] i : invoices) {
            Api.Response r = entry(i[0], unique("ER"), "", leg("D", expense, i[1]), leg("C", supplier.account(), i[1]));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        Api.Response paid = entry("2026-10-30", unique("BA"), "", leg("D", supplier.account(), "0.50"), leg("C", bank, "0.50"));
        assertThat(paid.status()).isEqualTo(201);
        // As of 2026-10-31 the items are due 06-11 (142 days), 07-25 (98), 08-30 (62), 09-30 (31), 11-04 (not due).
        JsonNode line = eventually(() -> agingLine("SUPPLIER", "2026-10-31", supplier.id()),
                l -> l != null && l.path("amounts").path("unallocated").path("amount").asText().equals("0.50"));
        JsonNode a = line.path("amounts");
        assertThat(a.path("notDue").path("amount").asText()).isEqualTo("16.00");
        assertThat(a.path("days1To30").path("amount").asText()).isEqualTo("0.00");
        assertThat(a.path("days31To60").path("amount").asText()).isEqualTo("8.00");
        assertThat(a.path("days61To90").path("amount").asText()).isEqualTo("4.00");
        assertThat(a.path("over90").path("amount").asText()).isEqualTo("3.00");
        assertThat(a.path("totalOpen").path("amount").asText()).isEqualTo("31.00");
        assertThat(a.path("balance").path("amount").asText()).isEqualTo("30.50");
        JsonNode earlier = agingLine("SUPPLIER", "2026-08-01", supplier.id());
        assertThat(earlier.path("amounts").path("days1To30").path("amount").asText()).as("07-25 is 7 days past due")
                .isEqualTo("2.00");
        assertThat(earlier.path("amounts").path("days31To60").path("amount").asText()).as("06-11 is 51 days past due")
                .isEqualTo("1.00");
        assertThat(agingLine("CUSTOMER", "2026-10-31", supplier.id())).as("a supplier is no receivable").isNull();
        Api.Response csv = api.get("reporting", "/api/v1/reports/aging?kind=SUPPLIER&asOf=2026-10-31", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("account,name,not due,1-30,31-60,61-90,over 90,open,unallocated,balance")
                .contains(",16.00,0.00,8.00,4.00,3.00,31.00,0.50,30.50");
    }

    private JsonNode agingLine(String kind, String asOf, String partner) {
        for (JsonNode l : api.get("reporting", "/api/v1/reports/aging?kind=" + kind + "&asOf=" + asOf).json().path("partners")) {
            if (l.path("partnerId").asText().equals(partner)) {
                return l;
            }
        }
        return null;
    }

    @Test
    void aCustomerStatementShowsTheEntriesWithTheRunningBalanceAndTheOpenItems() {
        Partner acme = partner("CUSTOMER", "Statement " + UUID.randomUUID(), 14);
        invoice(acme, "2026-05-31", unique("RE"), "50.00");
        String invoice = invoice(acme, "2026-06-02", unique("RE"), "119.00");
        Api.Response pay = entry("2026-06-20", unique("BA"), settles(invoice, "100.00"),
                leg("D", bank, "100.00"), leg("C", acme.account(), "100.00"));
        assertThat(pay.status()).isEqualTo(201);
        String path = "/api/v1/partners/" + acme.id() + "/statement?from=2026-06-01&to=2026-06-30";
        JsonNode s = eventually(() -> api.get("reporting", path).json(), j -> j.path("lines").size() == 2);
        assertThat(s.path("openingBalance").path("amount").asText()).isEqualTo("50.00");
        assertThat(s.path("lines").get(0).path("debit").path("amount").asText()).isEqualTo("119.00");
        assertThat(s.path("lines").get(0).path("balance").path("amount").asText()).isEqualTo("169.00");
        assertThat(s.path("lines").get(1).path("credit").path("amount").asText()).isEqualTo("100.00");
        assertThat(s.path("closingBalance").path("amount").asText()).isEqualTo("69.00");
        assertThat(s.path("openItems")).hasSize(2);
        Api.Response csv = api.get("reporting", path, "text/csv");
        assertThat(csv.body()).contains("Opening balance,,,50.00").contains(",119.00,,169.00").contains("Closing balance,,,69.00");
        Api.Response pdf = api.get("reporting", path, "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(api.get("reporting", "/api/v1/partners/" + UUID.randomUUID() + "/statement").status()).isEqualTo(404);
        assertThat(api.get("reporting", "/api/v1/partners/" + acme.id() + "/statement?from=2026-07-01&to=2026-06-01").status())
                .isEqualTo(400);
    }
}
