package org.backoffice.infra.accounting;

import org.axonframework.common.caching.Cache;
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
}
