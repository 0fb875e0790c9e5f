package org.backoffice.infra.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounting steps in the vocabulary of the tests, each through the REST API as ACCOUNTING. */
public final class Ledger {

    private final Api api;

    public Ledger(Api api) {
        this.api = api;
    }

    public String open(String number, String type, String partyKind) {
        String party = partyKind == null ? "" : ", \"party\": {\"kind\": \"" + partyKind + "\", \"id\": \""
                + UUID.randomUUID() + "\", \"name\": \"" + number + " Ltd\"}";
        Api.Response r = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + number + "\", \"name\": \""
                + number + "\", \"type\": \"" + type + "\", \"currency\": \"EUR\"" + party + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public String openBank(String number, String overdraft) {
        Api.Response r = api.post("accounting", "/api/v1/accounts", "{\"number\": \"" + number
                + "\", \"name\": \"Bank\", \"type\": \"ASSET\", \"currency\": \"EUR\", \"overdraftLimit\": "
                + "{\"amount\": \"" + overdraft + "\", \"currency\": \"EUR\"}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    public Api.Response post(String kind, String debit, String credit, String amount, String reference) {
        return api.post("accounting", "/api/v1/transactions", transaction(null, kind, debit, credit, amount, reference));
    }

    public static String transaction(String id, String kind, String debit, String credit, String amount, String reference) {
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"kind\": \"" + kind
                + "\", \"debitAccountId\": \"" + debit + "\", \"creditAccountId\": \"" + credit
                + "\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, \"reference\": \""
                + reference + "\"}";
    }

    public JsonNode account(String id) {
        return api.get("accounting", "/api/v1/accounts/" + id).json();
    }

    public String balance(String id) {
        return account(id).path("balance").path("amount").asText();
    }

    /** A leg of a journal entry as JSON: "D" or "C", the account, the amount in EUR (taxCode optional). */
    public static String leg(String side, String account, String amount) {
        return "{\"accountId\": \"" + account + "\", \"side\": \"" + (side.equals("D") ? "DEBIT" : "CREDIT")
                + "\", \"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}";
    }

    /** Books a journal entry drawing its number from the series; the answer as it came. */
    public Api.Response book(String series, String text, String... legs) {
        return api.post("accounting", "/api/v1/journal-entries", "{\"documentSeries\": \"" + series
                + "\", \"text\": \"" + text + "\", \"legs\": [" + String.join(", ", legs) + "]}");
    }
}
