package org.backoffice.command.it.licence.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.licence.LicenceDirectory;
import org.backoffice.events.it.LicenceSeatAssignedEvent;
import org.backoffice.events.it.LicenceSeatReleasedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** The seats held now, written by a subscribing processor in the transaction of the events. */
@Component
@ProcessingGroup(JdbcLicenceDirectory.PROCESSING_GROUP)
public class JdbcLicenceDirectory implements LicenceDirectory {

    public static final String PROCESSING_GROUP = "licence-directory";

    private final JdbcTemplate jdbc;

    public JdbcLicenceDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> licencesHeldBy(UUID holder) {
        return jdbc.query("select licence_id from licence_seat_directory where holder_id = ? order by licence_id",
                (rs, i) -> rs.getObject(1, UUID.class), holder);
    }

    @EventHandler
    void on(LicenceSeatAssignedEvent e) {
        jdbc.update("insert into licence_seat_directory (licence_id, holder_id) values (?, ?) on conflict do nothing",
                e.licenceId(), e.employeeId() != null ? e.employeeId() : e.assetId());
    }

    @EventHandler
    void on(LicenceSeatReleasedEvent e) {
        jdbc.update("delete from licence_seat_directory where licence_id = ? and holder_id = ?",
                e.licenceId(), e.employeeId() != null ? e.employeeId() : e.assetId());
    }
}
