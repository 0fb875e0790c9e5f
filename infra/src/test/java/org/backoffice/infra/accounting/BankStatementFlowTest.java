package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Camt;
import org.backoffice.infra.support.Camt.Tx;
import org.backoffice.infra.support.Ibans;
import org.backoffice.infra.support.Iso20022Schemas;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/**
 * Bank statements in, through the API on PostgreSQL: each entry matched by its rule or left
 * unmatched with the reason, booked once, assigned by hand, never imported twice, and the
 * reconciliation explaining every difference between the books and the bank.
 */
class BankStatementFlowTest extends ApiTest {

    private Ledger ledger;
    private String bank;
    private String bankIban;
    private String transit;
    private String revenue;
    private String fees;

    @BeforeEach
    void accounts() {
        ledger = new Ledger(api);
        bank = ledger.openBank(unique("1200"), "0");
        bankIban = Ibans.fresh();
        assertThat(api.post("accounting", "/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": \"" + bankIban + "\"}")
                .status()).isEqualTo(200);
        Api.Response t = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + unique("1360")
                + "\", \"name\": \"Geldtransit\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"group\": \"B.II.4\"}");
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        transit = t.text("id");
        revenue = ledger.open(unique("8400"), "REVENUE", null);
        fees = ledger.open(unique("4970"), "EXPENSE", null);
    }

    private record Partner(String id, String account, String iban) {
    }

    private Partner partner(String kind, String name) {
        String iban = Ibans.fresh();
        Api.Response r = api.post("accounting", "/api/v1/partners", "{\"kind\": \"" + kind + "\", \"name\": \"" + name
                + "\", \"paymentTermDays\": 14, \"bankDetails\": {\"iban\": \"" + iban + "\"}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Partner(r.text("id"), r.text("accountId"), iban);
    }

    private String invoice(Partner customer, String number, String amount) {
        Api.Response r = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + number
                + "\", \"bookingDate\": \"2026-11-02\", \"text\": \"Invoice " + number + "\", \"legs\": ["
                + leg("D", customer.account(), amount) + ", " + leg("C", revenue, amount) + "]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private Api.Response upload(Camt camt) {
        String xml = camt.xml();
        assertThat(Iso20022Schemas.errors(camt.message(), xml)).as("the test's statement is a valid " + camt.message()).isEmpty();
        return upload(xml);
    }

    private Api.Response upload(String xml) {
        return api.send("accounting", "accounting-pw", "POST", "/api/v1/bank-statements", xml, "application/xml");
    }

    private JsonNode matched(String statement) {
        return eventually(() -> api.get("reporting", "/api/v1/bank-statements/" + statement).json(),
                s -> s.path("waiting").asInt() == 0 && s.path("lines").size() > 0);
    }

    private static JsonNode line(JsonNode statement, int position) {
        return statement.path("lines").get(position);
    }

    private JsonNode item(Partner p, String itemId) {
        for (JsonNode i : api.get("reporting", "/api/v1/partners/" + p.id() + "/open-items?status=ALL&asOf=2026-12-31")
                .json().path("items")) {
            if (i.path("itemId").asText().equals(itemId)) {
                return i;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    @Test
    void eachEntryIsMatchedByItsRuleOrWaitsAndTheReconciliationExplainsTheRestUntilItAgrees() {
        Partner acme = partner("CUSTOMER", "ACME " + UUID.randomUUID());
        Partner supplier = partner("SUPPLIER", "Supplies " + UUID.randomUUID());
        String re1 = unique("RE");
        String re2 = unique("RE");
        String re3 = unique("RE");
        String full = invoice(acme, re1, "119.00");
        String part = invoice(acme, re2, "100.00");
        String typo = invoice(acme, re3, "80.00");
        String byAmount = invoice(acme, unique("RE"), "60.00");
        // A supplier invoice paid by an approved run: the bank's debit confirms the transfer.
        Api.Response er = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("ER")
                + "\", \"bookingDate\": \"2026-11-01\", \"text\": \"Supplies\", \"legs\": [" + leg("D", fees, "30.00") + ", "
                + leg("C", supplier.account(), "30.00") + "]}");
        assertThat(er.status()).isEqualTo(201);
        eventually(() -> api.get("reporting", "/api/v1/partners/" + supplier.id() + "/open-items?asOf=2026-12-31").json()
                .path("items").size(), n -> n == 1);
        Api.Response run = api.post("accounting", "/api/v1/payment-runs", "{\"bankAccountId\": \"" + bank
                + "\", \"transitAccountId\": \"" + transit + "\", \"dueUntil\": \"2026-12-31\", \"partnerIds\": [\""
                + supplier.id() + "\"]}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        assertThat(api.post("admin", "/api/v1/payment-runs/" + run.text("id") + "/approval", "").status()).isEqualTo(200);
        JsonNode paid = eventually(() -> api.get("reporting", "/api/v1/payment-runs/" + run.text("id")).json(),
                r -> r.path("status").asText().equals("READY"));
        String endToEnd = paid.path("payments").get(0).path("endToEndId").asText();
        eventually(() -> ledger.balance(transit), "-30.00"::equals);

        String stamp = UUID.randomUUID().toString().substring(0, 8);
        Camt november = Camt.v08(bankIban).balances("0.00", "262.00")
                .entry("B1-" + stamp, "2026-11-10", "CRDT", "119.00", false, Tx.of("ACME GmbH", Ibans.fresh(), "Invoice " + re1 + " thank you"))
                .entry("B2-" + stamp, "2026-11-11", "CRDT", "50.00", false, Tx.of("ACME GmbH", acme.iban(), "part of " + re2.toLowerCase()))
                .entry("B3-" + stamp, "2026-11-12", "CRDT", "80.00", false, Tx.of("ACME GmbH", Ibans.fresh(), "Invoice " + re3 + "9"))
                .entry("B4-" + stamp, "2026-11-13", "CRDT", "60.00", false, Tx.of("ACME GmbH", acme.iban(), "November"))
                .entry("B5-" + stamp, "2026-11-14", "DBIT", "30.00", false, new Tx(endToEnd, "30.00", "Supplies", supplier.iban(), "Invoice", null, null))
                .entry("B6-" + stamp, "2026-11-30", "DBIT", "17.00", false);
        Api.Response imported = upload(november);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("entries").asInt()).isEqualTo(6);
        String statement = imported.text("id");

        JsonNode s = matched(statement);
        assertThat(line(s, 0).path("how").asText()).as("by the document number").isEqualTo("CUSTOMER_REFERENCE");
        assertThat(line(s, 1).path("how").asText()).as("by the document number, written in lower case").isEqualTo("CUSTOMER_REFERENCE");
        assertThat(line(s, 2).path("status").asText()).as("a typo in the reference, an unknown IBAN").isEqualTo("UNMATCHED");
        assertThat(line(s, 3).path("how").asText()).as("by IBAN and amount").isEqualTo("CUSTOMER_IBAN_AMOUNT");
        assertThat(line(s, 4).path("how").asText()).as("our transfer, by end-to-end id").isEqualTo("OUR_TRANSFER");
        assertThat(line(s, 5).path("status").asText()).as("a fee without details").isEqualTo("UNMATCHED");
        assertThat(line(s, 5).path("reason").asText()).contains("assign it by hand");

        eventually(() -> item(acme, full).path("status").asText(), "SETTLED"::equals);
        assertThat(item(acme, part).path("open").path("amount").asText()).as("paid partly").isEqualTo("50.00");
        assertThat(item(acme, typo).path("status").asText()).isEqualTo("OPEN");
        assertThat(item(acme, byAmount).path("status").asText()).isEqualTo("SETTLED");
        eventually(() -> ledger.balance(transit), "0.00"::equals);

        String recon = "/api/v1/reports/bank-reconciliation?accountId=" + bank + "&date=2026-11-30";
        JsonNode r = eventually(() -> api.get("reporting", recon).json(), j -> j.path("ledgerBalance").path("amount").asText()
                .equals("199.00"));
        assertThat(r.path("statementBalance").path("amount").asText()).isEqualTo("262.00");
        assertThat(r.path("difference").path("amount").asText()).isEqualTo("63.00");
        assertThat(r.path("causes")).hasSize(2);
        assertThat(r.path("unexplained").path("amount").asText()).isEqualTo("0.00");
        assertThat(r.path("agrees").asBoolean()).isFalse();

        JsonNode unmatched = api.get("accounting", "/api/v1/bank-statement-entries/unmatched?size=500").json();
        assertThat(unmatched.path("items").findValuesAsText("statementId")).contains(statement);

        String assign = "/api/v1/bank-statements/" + statement + "/entries/";
        Api.Response byHand = api.post("accounting", assign + "2/assignment", "{\"partnerId\": \"" + acme.id()
                + "\", \"settles\": [{\"itemId\": \"" + typo + "\", \"amount\": {\"amount\": \"80.00\", \"currency\": \"EUR\"}}]}");
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(200);
        assertThat(api.post("accounting", assign + "5/assignment", "{\"accountId\": \"" + fees + "\", \"text\": \"Account fees\"}")
                .status()).isEqualTo(200);
        Api.Response twice = api.post("accounting", assign + "5/assignment", "{\"accountId\": \"" + fees + "\"}");
        assertThat(twice.status()).as("booked once").isEqualTo(409);
        assertThat(storedBy(twice)).isZero();
        assertThat(api.post("accounting", assign + "0/assignment", "{\"accountId\": \"" + fees + "\"}").status())
                .as("a matched entry is booked already").isEqualTo(409);

        JsonNode agreed = eventually(() -> api.get("reporting", recon).json(), j -> j.path("agrees").asBoolean());
        assertThat(agreed.path("ledgerBalance").path("amount").asText()).isEqualTo("262.00");
        assertThat(agreed.path("causes")).isEmpty();
        assertThat(item(acme, typo).path("status").asText()).isEqualTo("SETTLED");
        assertThat(line(api.get("reporting", "/api/v1/bank-statements/" + statement).json(), 2).path("resolvedBy").asText())
                .isEqualTo("accounting");

        // The same file again stores nothing; an overlapping one only what is new.
        Api.Response again = upload(november);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("known").asInt()).isEqualTo(6);
        assertThat(storedBy(again)).isZero();
        Api.Response overlapping = upload(Camt.v08(bankIban).balances("245.00", "262.00").period("2026-11-30", "2026-12-01")
                .entry("B6-" + stamp, "2026-11-30", "DBIT", "17.00", false)
                .entry("B7-" + stamp, "2026-12-01", "CRDT", "0.00", false));
        assertThat(overlapping.status()).as(overlapping.toString()).isIn(201, 400);

        // The transfer comes back: the supplier's item is open again and the bank has the money back.
        Api.Response returned = upload(Camt.v08(bankIban).balances("262.00", "292.00").period("2026-12-02", "2026-12-02")
                .entry("B8-" + stamp, "2026-12-02", "CRDT", "30.00", true,
                        new Tx(endToEnd, "30.00", "Supplies", supplier.iban(), "Invoice", null, "AC04")));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        JsonNode back = matched(returned.text("id"));
        assertThat(line(back, 0).path("how").asText()).isEqualTo("RETURN");
        eventually(() -> api.get("reporting", "/api/v1/partners/" + supplier.id() + "/open-items?asOf=2026-12-31").json()
                .path("totalOpen").path("amount").asText(), "30.00"::equals);
        assertThat(eventually(() -> api.get("reporting", "/api/v1/reports/bank-reconciliation?accountId=" + bank
                + "&date=2026-12-02").json(), j -> j.path("agrees").asBoolean()).path("ledgerBalance").path("amount").asText())
                .isEqualTo("292.00");
    }

    @Test
    void anOlderBanksCamt05300102IsReadAndAnOverlappingStatementStoresOnlyWhatIsNew() {
        Partner acme = partner("CUSTOMER", "Old Format " + UUID.randomUUID());
        String number = unique("RE");
        String item = invoice(acme, number, "10.00");
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        Api.Response first = upload(Camt.v02(bankIban).balances("0.00", "10.00")
                .entry("C1-" + stamp, "2026-11-05", "CRDT", "10.00", false, Tx.of("Old Format AG", acme.iban(), number)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(line(matched(first.text("id")), 0).path("how").asText()).isEqualTo("CUSTOMER_REFERENCE");
        eventually(() -> item(acme, item).path("status").asText(), "SETTLED"::equals);
        Api.Response overlapping = upload(Camt.v02(bankIban).balances("0.00", "15.00")
                .entry("C1-" + stamp, "2026-11-05", "CRDT", "10.00", false, Tx.of("Old Format AG", acme.iban(), number))
                .entry("C2-" + stamp, "2026-11-06", "CRDT", "5.00", false, Tx.of("Someone", null, "gift")));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(201);
        assertThat(overlapping.json().path("entries").asInt()).isEqualTo(1);
        assertThat(overlapping.json().path("known").asInt()).isEqualTo(1);
        assertThat(line(matched(overlapping.text("id")), 0).path("status").asText()).isEqualTo("UNMATCHED");
    }

    @Test
    void hostileOrWrongFilesAreRefusedAndStoreNothing() throws Exception {
        Path secret = Files.createTempFile("backoffice-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-" + UUID.randomUUID());
        String valid = Camt.v08(bankIban).entry("X1", "2026-11-05", "CRDT", "1.00", false).xml();
        String xxe = valid.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE Document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n").replace("<Id>STMT", "<Id>&secret;STMT");
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">&lol9;</Document>";
        String[][] cases = {
                {"<Document><BkToCstmrStmt>", "400", "not well-formed"},
                {xxe, "400", "DOCTYPE"},
                {laughs, "400", "DOCTYPE"},
                {valid.replace("camt.053.001.08", "camt.054.001.08"), "400", "no camt.053"},
                {valid.replace("<Amt Ccy=\"EUR\">1.00</Amt>", "<Amt Ccy=\"EUR\">one</Amt>"), "400", "Ntry/Amt"},
                {Camt.v08(Ibans.fresh()).entry("X2", "2026-11-05", "CRDT", "1.00", false).xml(), "422", "no company bank account"},
                {Camt.v08(bankIban).currency("USD").entry("X3", "2026-11-05", "CRDT", "1.00", false).xml(), "422", "USD"}};
        long before = Runtime.getRuntime().totalMemory();
        for (String[] c : cases) {
            long start = System.nanoTime();
            Api.Response r = upload(c[0]);
            assertThat(r.status()).as(c[0].substring(0, Math.min(200, c[0].length())) + " -> " + r).isEqualTo(Integer.parseInt(c[1]));
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).contains(c[2]).doesNotContain("TOP-SECRET");
            assertThat(storedBy(r)).isZero();
            assertThat(System.nanoTime() - start).as("refused at once, nothing expanded").isLessThan(5_000_000_000L);
        }
        assertThat(api.get("reporting", "/api/v1/bank-statements?accountId=" + bank).json().path("total").asInt()).isZero();
        assertThat(Runtime.getRuntime().totalMemory() - before).as("no memory blown").isLessThan(256L * 1024 * 1024);

        // Over the limit (16 MiB): refused by its length, before the body is read.
        Api.Response tooLarge = upload(valid.replace("<Id>STMT", "<Id>" + "x".repeat(17 * 1024 * 1024) + "STMT"));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("at most 16777216 bytes");
        assertThat(storedBy(tooLarge)).isZero();
        Api.Response json = api.post("accounting", "/api/v1/bank-statements", "{}");
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void anEntryAlreadyInTheBooksIsLinkedOnceNotBookedAgain() {
        // A payment booked by hand (or by a standing order) before the statement brings it.
        Api.Response paid = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("BA")
                + "\", \"bookingDate\": \"2026-11-15\", \"text\": \"Miete November\", \"legs\": [" + leg("D", fees, "700.00")
                + ", " + leg("C", bank, "700.00") + "]}");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(422); // the bank has nothing yet: its floor is 0
        Api.Response capital = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("EB")
                + "\", \"bookingDate\": \"2026-10-31\", \"text\": \"Einlage\", \"legs\": [" + leg("D", bank, "1000.00")
                + ", " + leg("C", revenue, "1000.00") + "]}");
        assertThat(capital.status()).isEqualTo(201);
        Api.Response rent = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("BA")
                + "\", \"bookingDate\": \"2026-11-15\", \"text\": \"Miete November\", \"legs\": [" + leg("D", fees, "700.00")
                + ", " + leg("C", bank, "700.00") + "]}");
        assertThat(rent.status()).isEqualTo(201);
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        Api.Response imported = upload(Camt.v08(bankIban).balances("1000.00", "300.00")
                .entry("L1-" + stamp, "2026-11-15", "DBIT", "700.00", false, Tx.of("Vermieter", null, "Miete")));
        assertThat(imported.status()).isEqualTo(201);
        String statement = imported.text("id");
        assertThat(line(matched(statement), 0).path("status").asText()).isEqualTo("UNMATCHED");
        String assign = "/api/v1/bank-statements/" + statement + "/entries/0/assignment";
        Api.Response wrongEntry = api.post("accounting", assign, "{\"transactionId\": \"" + capital.text("id") + "\"}");
        assertThat(wrongEntry.status()).as("money in is no payment out: " + wrongEntry).isEqualTo(422);
        assertThat(wrongEntry.json().path("errors").get(0).path("field").asText()).isEqualTo("transactionId");
        Api.Response both = api.post("accounting", assign, "{\"transactionId\": \"" + rent.text("id") + "\", \"accountId\": \""
                + fees + "\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(api.post("accounting", assign, "{\"transactionId\": \"" + rent.text("id") + "\"}").status()).isEqualTo(200);
        JsonNode linked = eventually(() -> api.get("reporting", "/api/v1/bank-statements/" + statement).json(),
                j -> line(j, 0).path("status").asText().equals("ASSIGNED"));
        assertThat(line(linked, 0).path("how").asText()).isEqualTo("LINKED");
        JsonNode r = eventually(() -> api.get("reporting", "/api/v1/reports/bank-reconciliation?accountId=" + bank
                + "&date=2026-11-30").json(), j -> j.path("agrees").asBoolean());
        assertThat(r.path("causes")).as("nothing booked twice, nothing left over").isEmpty();
        assertThat(ledger.balance(bank)).isEqualTo("300.00");

        // The same entry of the books cannot account for a second statement entry.
        Api.Response again = upload(Camt.v08(bankIban).balances("300.00", "-400.00").period("2026-12-01", "2026-12-01")
                .entry("L2-" + stamp, "2026-12-01", "DBIT", "700.00", false));
        String second = again.text("id");
        matched(second);
        Api.Response twice = api.post("accounting", "/api/v1/bank-statements/" + second + "/entries/0/assignment",
                "{\"transactionId\": \"" + rent.text("id") + "\"}");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(storedBy(twice)).isZero();
    }
}
