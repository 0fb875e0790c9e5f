package org.backoffice.infra.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.infra.support.Ledger.leg;

/** Journal entries through the API on PostgreSQL: posting, document numbers, refusals. */
class JournalEntryFlowTest extends ApiTest {

    private Ledger ledger;

    @org.junit.jupiter.api.BeforeEach
    void ledger() {
        ledger = new Ledger(api);
    }

    private static String series() {
        return "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void anInvoiceOfThreeLegsIsPostedAndReadWithItsLegsAndNumber() {
        String receivables = ledger.open(unique("1400"), "ASSET", null);
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        String vat = ledger.open(unique("1776"), "LIABILITY", null);
        String series = series();

        Api.Response r = ledger.book(series, "Invoice ACME", leg("D", receivables, "1190.00"), leg("C", revenue, "1000.00"),
                leg("C", vat, "190.00"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String number = series + "-" + LocalDate.now().getYear() + "-00001";
        assertThat(r.text("documentNumber")).isEqualTo(number);
        assertThat(r.location()).isEqualTo("/api/v1/transactions/" + r.text("id"));
        JsonNode entry = eventually(() -> api.get("reporting", r.location()), g -> g.status() == 200).json();
        assertThat(entry.path("kind").asText()).isEqualTo("JOURNAL_ENTRY");
        assertThat(entry.path("documentNumber").asText()).isEqualTo(number);
        assertThat(entry.path("amount").path("amount").asText()).isEqualTo("1190.00");
        assertThat(entry.path("debitAccountId").asText()).isEqualTo(receivables);
        assertThat(entry.path("creditAccountId").isNull() || entry.path("creditAccountId").isMissingNode())
                .as("two credit legs: no single credit account").isTrue();
        assertThat(entry.path("legs")).hasSize(3);
        assertThat(entry.path("legs").get(2).path("accountId").asText()).isEqualTo(vat);
        eventually(() -> ledger.balance(vat), "190.00"::equals);
        assertThat(ledger.balance(receivables)).isEqualTo("1190.00");
        assertThat(ledger.balance(revenue)).isEqualTo("1000.00");

        // Its reversal is a document of its own, numbered from the same series.
        Api.Response reversal = api.post("accounting", r.location() + "/reversal", "{\"reason\": \"wrong customer\"}");
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(202);
        assertThat(reversal.text("documentNumber")).isEqualTo(series + "-" + LocalDate.now().getYear() + "-00002");
        eventually(() -> ledger.balance(vat), "0.00"::equals);
    }

    @Test
    void aRefusedEntryGivesItsDrawnNumberBackSoTheSeriesHasNoGap() {
        String bank = ledger.openBank(unique("1200"), "0.00");
        String expense = ledger.open(unique("4930"), "EXPENSE", null);
        String series = series();
        int year = LocalDate.now().getYear();

        Api.Response overdrawn = ledger.book(series, "Paper", leg("D", expense, "10.00"), leg("C", bank, "10.00"));
        assertThat(overdrawn.status()).as(overdrawn.toString()).isEqualTo(422);
        assertThat(overdrawn.json().path("errors").get(0).path("field").asText()).isEqualTo("legs[1]");
        assertThat(storedBy(overdrawn)).isZero();

        Api.Response first = ledger.book(series, "Paper", leg("D", bank, "10.00"), leg("C", expense, "10.00"));
        assertThat(first.text("documentNumber")).isEqualTo(series + "-" + year + "-00001");
    }

    @Test
    void concurrentEntriesOfOneSeriesGetEveryNumberOnce() throws Exception {
        String a = ledger.open(unique("1400"), "ASSET", null);
        String b = ledger.open(unique("8400"), "REVENUE", null);
        String series = series();
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(pool.submit(() -> ledger.book(series, "Concurrent", leg("D", a, "1.00"), leg("C", b, "1.00"))));
        }
        Set<String> numbers = new TreeSet<>();
        for (Future<Api.Response> answer : answers) {
            Api.Response r = answer.get();
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            numbers.add(r.text("documentNumber"));
        }
        pool.shutdown();
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            expected.add("%s-%d-%05d".formatted(series, LocalDate.now().getYear(), i));
        }
        assertThat(numbers).isEqualTo(expected);
    }

    @Test
    void aGivenNumberIsTheDocumentsOnce() {
        String a = ledger.open(unique("1400"), "ASSET", null);
        String b = ledger.open(unique("8400"), "REVENUE", null);
        String number = series() + "-17";
        String body = "{\"documentNumber\": \"" + number + "\", \"text\": \"Invoice\", \"legs\": ["
                + leg("D", a, "5.00") + ", " + leg("C", b, "5.00") + "]}";

        Api.Response first = api.post("accounting", "/api/v1/journal-entries", body);
        Api.Response again = api.post("accounting", "/api/v1/journal-entries", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.text("id")).as("the same document under a new id: the entry that holds it").isEqualTo(first.text("id"));
        assertThat(storedBy(again)).isZero();

        Api.Response other = api.post("accounting", "/api/v1/journal-entries", body.replace("5.00", "6.00"));
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.json().path("errors").get(0).path("field").asText()).isEqualTo("documentNumber");
        assertThat(storedBy(other)).isZero();
    }

    @Test
    void badEntriesAreRefusedNamingTheFieldAndStoreNothing() {
        String a = ledger.open(unique("1400"), "ASSET", null);
        String b = ledger.open(unique("8400"), "REVENUE", null);
        record Case(String body, int status, String field) {
        }
        String legs = "[" + leg("D", a, "5.00") + ", " + leg("C", b, "5.00") + "]";
        for (Case c : List.of(
                new Case("{\"documentSeries\": \"AR\", \"text\": \"x\", \"legs\": [" + leg("D", a, "5.00") + ", "
                        + leg("C", b, "4.99") + "]}", 422, "legs"),
                new Case("{\"documentSeries\": \"AR\", \"text\": \"x\", \"legs\": [" + leg("D", a, "5.00") + ", "
                        + leg("C", java.util.UUID.randomUUID().toString(), "5.00") + "]}", 422, "legs[1].accountId"),
                new Case("{\"documentSeries\": \"AR\", \"text\": \"x\", \"legs\": [" + leg("D", a, "5.001") + ", "
                        + leg("C", b, "5.001") + "]}", 400, "legs[0].amount"),
                new Case("{\"documentSeries\": \"AR\", \"text\": \"x\", \"legs\": [" + leg("D", a, "0.00") + ", "
                        + leg("C", b, "0.00") + "]}", 400, "legs[0].amount.amount"),
                new Case("{\"documentSeries\": \"AR\", \"documentNumber\": \"AR-1\", \"text\": \"x\", \"legs\": " + legs + "}",
                        400, "documentNumber"),
                new Case("{\"text\": \"x\", \"legs\": " + legs + "}", 400, "documentNumber"),
                new Case("{\"documentNumber\": \"AR 1\", \"text\": \"x\", \"legs\": " + legs + "}", 400, "documentNumber"),
                new Case("{\"documentSeries\": \"AR\", \"text\": \"x\", \"legs\": [" + leg("D", a, "5.00") + "]}", 400, "legs"))) {
            Api.Response r = api.post("accounting", "/api/v1/journal-entries", c.body());
            assertThat(r.status()).as(c.body() + " -> " + r).isEqualTo(c.status());
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("errors").get(0).path("field").asText()).as(r.toString()).isEqualTo(c.field());
            assertThat(storedBy(r)).isZero();
        }
    }
}
