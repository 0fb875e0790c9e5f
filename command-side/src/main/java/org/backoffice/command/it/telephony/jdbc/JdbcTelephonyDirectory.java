package org.backoffice.command.it.telephony.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.telephony.NumberPlan;
import org.backoffice.command.it.telephony.TelephonyDirectory;
import org.backoffice.events.it.NumberBlockCreatedEvent;
import org.backoffice.events.it.NumberBlockKind;
import org.backoffice.events.it.PhoneNumberAssignedEvent;
import org.backoffice.events.it.PhoneNumberReleasedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Number blocks and who holds which number, written by a subscribing processor in the
 * transaction of the events; an exclusion constraint on the blocks' ranges refuses an overlap
 * that a concurrent request slipped past the check.
 */
@Component
@ProcessingGroup(JdbcTelephonyDirectory.PROCESSING_GROUP)
public class JdbcTelephonyDirectory implements TelephonyDirectory {

    public static final String PROCESSING_GROUP = "telephony-directory";

    private static final RowMapper<BlockEntry> BLOCK = (rs, i) -> new BlockEntry(rs.getObject("block_id", UUID.class),
            rs.getString("name"), NumberBlockKind.valueOf(rs.getString("kind")), rs.getLong("first_value"), rs.getLong("last_value"));

    private final JdbcTemplate jdbc;

    public JdbcTelephonyDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BlockEntry> block(UUID blockId) {
        return jdbc.query("select * from number_block_directory where block_id = ?", BLOCK, blockId).stream().findFirst();
    }

    @Override
    public Optional<BlockEntry> overlapping(long first, long last, UUID blockId) {
        return jdbc.query("""
                select * from number_block_directory
                where int8range(first_value, last_value, '[]') && int8range(?, ?, '[]') and block_id <> ? limit 1""",
                BLOCK, first, last, blockId).stream().findFirst();
    }

    @Override
    public List<UUID> numbersHeldBy(UUID holder) {
        return jdbc.query("select number_id from phone_number_directory where employee_id = ? or asset_id = ? order by number",
                (rs, i) -> rs.getObject(1, UUID.class), holder, holder);
    }

    @EventHandler
    void on(NumberBlockCreatedEvent e) {
        jdbc.update("insert into number_block_directory (block_id, name, kind, first_value, last_value) values (?, ?, ?, ?, ?)",
                e.blockId(), e.name(), e.kind().name(), NumberPlan.value(e.first()), NumberPlan.value(e.last()));
    }

    @EventHandler
    void on(PhoneNumberAssignedEvent e) {
        jdbc.update("insert into phone_number_directory (number_id, number, employee_id, asset_id) values (?, ?, ?, ?)",
                e.numberId(), e.number(), e.employeeId(), e.assetId());
    }

    @EventHandler
    void on(PhoneNumberReleasedEvent e) {
        jdbc.update("delete from phone_number_directory where number_id = ?", e.numberId());
    }
}
