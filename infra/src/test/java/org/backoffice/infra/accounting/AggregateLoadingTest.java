package org.backoffice.infra.accounting;

import org.axonframework.common.caching.Cache;
import org.backoffice.infra.support.Api;
import org.backoffice.infra.support.ApiTest;
import org.backoffice.infra.support.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts are cached between commands and snapshotted every 200 events; whichever way an
 * account is loaded — from the cache, or from a snapshot and the events after it — its rules see
 * the same balance the events say.
 */
class AggregateLoadingTest extends ApiTest {

    @Autowired
    Cache aggregateCache;

    @Test
    void anAccountLoadedFromItsSnapshotEnforcesItsRulesOnTheRightBalance() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        for (int i = 0; i < 210; i++) {
            assertThat(ledger.post("TRANSFER", bank, equity, "1.00", "deposit " + i).text("status")).isEqualTo("COMPLETED");
        }
        String snapshot = eventually(() -> jdbc.queryForList("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ?", String.class, bank), rows -> !rows.isEmpty()).get(0);
        assertThat(snapshot).contains("\"balance\"");

        // Forget every cached aggregate: the next command reads the snapshot and the events after it.
        aggregateCache.removeAll();
        assertThat(ledger.post("TRANSFER", equity, bank, "210.01", "one cent too much").text("status"))
                .as("the overdraft floor of 0 holds on the reloaded balance of 210.00").isEqualTo("REJECTED");
        assertThat(ledger.post("TRANSFER", equity, bank, "210.00", "all of it").text("status")).isEqualTo("COMPLETED");
        // And from the cache again.
        assertThat(ledger.post("TRANSFER", equity, bank, "0.01", "nothing left").text("status")).isEqualTo("REJECTED");
        eventually(() -> ledger.balance(bank), "0.00"::equals);
    }

    @Test
    void aUsedAccountStaysCachedThroughGarbageCollections() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1000"), "0");
        String equity = ledger.open(unique("3000"), "EQUITY", null);
        assertThat(ledger.post("TRANSFER", bank, equity, "1.00", "deposit").text("status")).isEqualTo("COMPLETED");
        // A weakly referenced cache loses everything at the next collection, and every command
        // then re-reads its accounts; this one must keep them.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        assertThat(aggregateCache.containsKey(bank)).as("the debited account is still cached").isTrue();
        assertThat(aggregateCache.containsKey(equity)).as("the credited account is still cached").isTrue();
    }

    @Test
    void aPartnerLoadedFromItsSnapshotKnowsWhatEachItemStillOwes() {
        Ledger ledger = new Ledger(api);
        String bank = ledger.openBank(unique("1200"), "100000");
        String revenue = ledger.open(unique("8400"), "REVENUE", null);
        Api.Response customer = api.post("accounting", "/api/v1/partners", "{\"kind\": \"CUSTOMER\", \"name\": \"Snapshot "
                + unique("K") + "\"}");
        String partner = customer.text("id");
        String account = customer.text("accountId");
        java.util.List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < 205; i++) {
            Api.Response r = api.post("accounting", "/api/v1/journal-entries", "{\"documentNumber\": \"" + unique("SN")
                    + "\", \"bookingDate\": \"2026-10-01\", \"text\": \"item " + i + "\", \"legs\": ["
                    + Ledger.leg("D", account, "2.00") + ", " + Ledger.leg("C", revenue, "2.00") + "]}");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            items.add(r.text("id"));
        }
        String snapshot = eventually(() -> jdbc.queryForList("select convert_from(payload, 'UTF8') from snapshot_event_entry "
                + "where aggregate_identifier = ?", String.class, partner), rows -> !rows.isEmpty()).get(0);
        assertThat(snapshot).contains("\"documents\"");

        aggregateCache.removeAll();
        String pay = "{\"documentNumber\": \"%s\", \"bookingDate\": \"2026-10-10\", \"text\": \"pay\", \"legs\": ["
                + Ledger.leg("D", bank, "%s") + ", " + Ledger.leg("C", account, "%s") + "], \"settles\": [{\"itemId\": \"%s\", "
                + "\"amount\": {\"amount\": \"%s\", \"currency\": \"EUR\"}}]}";
        Api.Response tooMuch = api.post("accounting", "/api/v1/journal-entries",
                String.format(pay, unique("BA"), "2.01", "2.01", items.get(0), "2.01"));
        assertThat(tooMuch.status()).as("the item owes 2.00, read from the snapshot: " + tooMuch).isEqualTo(422);
        assertThat(api.post("accounting", "/api/v1/journal-entries",
                String.format(pay, unique("BA"), "1.50", "1.50", items.get(0), "1.50")).status()).isEqualTo(201);
        aggregateCache.removeAll();
        Api.Response rest = api.post("accounting", "/api/v1/journal-entries",
                String.format(pay, unique("BA"), "0.51", "0.51", items.get(0), "0.51"));
        assertThat(rest.status()).as("0.50 left after the snapshot and the event after it: " + rest).isEqualTo(422);
    }
}
