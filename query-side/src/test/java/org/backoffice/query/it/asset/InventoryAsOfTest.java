package org.backoffice.query.it.asset;

import org.backoffice.events.common.Money;
import org.backoffice.events.it.AssetAssignedEvent;
import org.backoffice.events.it.AssetRegisteredEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetType;
import org.backoffice.events.it.ReturnCause;
import org.backoffice.query.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory as of a past moment comes from each device's status history, not from its
 * status now: the projection keeps the history, the query reads the last status at or before
 * the moment.
 */
class InventoryAsOfTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static JdbcTemplate jdbc;
    private static InventoryProjection projection;
    private static InventoryQueries queries;

    @BeforeAll
    static void database() {
        jdbc = ReadModelDatabase.fresh("inventory_as_of");
        projection = new InventoryProjection(jdbc);
        queries = new InventoryQueries(jdbc);
    }

    private static Instant day(int plus) {
        return MONDAY.plusSeconds(plus * 86_400L);
    }

    private static Map<String, Long> printers(Instant asOf) {
        return queries.handle(new InventoryQueries.GetInventory(asOf)).byType().getOrDefault("PRINTER", Map.of());
    }

    @Test
    void aPastInventoryCountsEachDeviceInTheStatusItHadThen() {
        UUID kept = UUID.randomUUID();
        UUID retired = UUID.randomUUID();
        UUID employee = UUID.randomUUID();
        projection.on(new AssetRegisteredEvent(kept, AssetType.PRINTER, "P-" + kept, "LaserJet", LocalDate.of(2026, 1, 5),
                Money.of("300.00", "EUR"), null), 0, day(0));
        projection.on(new AssetRegisteredEvent(retired, AssetType.PRINTER, "P-" + retired, "LaserJet", null, null, null),
                0, day(0));
        projection.on(new AssetAssignedEvent(kept, employee), 1, day(1));
        projection.on(new AssetReturnedEvent(kept, employee, null, "leaving", ReturnCause.OFFBOARDING), 2, day(3));
        projection.on(new AssetRetiredEvent(retired, "broken"), 1, day(2));

        assertThat(printers(day(0).plusSeconds(60))).isEqualTo(Map.of("IN_STOCK", 2L));
        assertThat(printers(day(1).plusSeconds(60))).isEqualTo(Map.of("ASSIGNED", 1L, "IN_STOCK", 1L));
        assertThat(printers(day(2).plusSeconds(60))).isEqualTo(Map.of("ASSIGNED", 1L, "RETIRED", 1L));
        assertThat(printers(day(3).plusSeconds(60))).isEqualTo(Map.of("IN_STOCK", 1L, "RETIRED", 1L));
        assertThat(printers(null)).as("now").isEqualTo(printers(day(3).plusSeconds(60)));
        assertThat(printers(MONDAY.minusSeconds(1))).as("before any of them existed").isEmpty();
    }

    @Test
    void anEventDeliveredAgainDoesNotMoveTheHistory() {
        UUID scanner = UUID.randomUUID();
        AssetRegisteredEvent registered = new AssetRegisteredEvent(scanner, AssetType.OTHER, "S-" + scanner, "Scanner",
                null, null, null);
        projection.on(registered, 0, day(0));
        projection.on(new AssetRetiredEvent(scanner, "old"), 1, day(1));
        projection.on(registered, 0, day(5));
        projection.on(new AssetRetiredEvent(scanner, "old"), 1, day(6));
        assertThat(jdbc.queryForObject("select count(*) from asset_status_history where asset_id = ?", Long.class, scanner))
                .isEqualTo(2L);
        assertThat(jdbc.queryForObject("select status from asset_view where id = ?", String.class, scanner))
                .isEqualTo("RETIRED");
    }
}
