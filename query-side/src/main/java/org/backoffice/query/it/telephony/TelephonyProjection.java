package org.backoffice.query.it.telephony;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.NumberBlockCreatedEvent;
import org.backoffice.events.it.PhoneNumberAssignedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;
import org.backoffice.query.it.FreeRanges;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.time.Instant;

/**
 * Number blocks and the numbers held, part of the inventory read model: every assignment with
 * when it began and ended (as of any instant), the free numbers of each block by FreeRanges.
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class TelephonyProjection {

    private final JdbcTemplate jdbc;
    private final FreeRanges free;

    TelephonyProjection(JdbcTemplate jdbc, FreeRanges free) {
        this.jdbc = jdbc;
        this.free = free;
    }

    static BigInteger value(String number) {
        return new BigInteger(number.startsWith("+") ? number.substring(1) : number);
    }

    @EventHandler
    void on(NumberBlockCreatedEvent e, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into number_block_view (id, name, kind, first_number, last_number, size, created_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
                e.blockId(), e.name(), e.kind().name(), e.first(), e.last(), e.size(), java.sql.Timestamp.from(at)) == 1) {
            free.add(e.blockId(), value(e.first()), value(e.last()));
        }
    }

    @EventHandler
    void on(PhoneNumberAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into phone_number_view (number_id, sequence, block_id, number, employee_id, asset_id, assigned_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (number_id, sequence) do nothing""",
                e.numberId(), sequence, e.blockId(), e.number(), e.employeeId(), e.assetId(), java.sql.Timestamp.from(at)) == 1) {
            free.take(e.blockId(), value(e.number()));
        }
    }

    @EventHandler
    void on(PhoneNumberReleasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                update phone_number_view set released_at = ?, release_cause = ?
                where number_id = ? and released_at is null and sequence < ?""",
                java.sql.Timestamp.from(at), e.cause().name(), e.numberId(), sequence) == 1) {
            free.give(e.blockId(), value(e.number()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from phone_number_view");
        jdbc.update("delete from number_block_view");
    }
}
