package org.backoffice.command.it.asset.jdbc;

import org.backoffice.command.it.asset.AssetDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.events.it.AssetAssignedEvent;
import org.backoffice.events.it.AssetRegisteredEvent;
import org.backoffice.events.it.AssetReturnedEvent;
import org.backoffice.events.it.AssetRetiredEvent;
import org.backoffice.events.it.AssetSentToRepairEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The asset directory tables, written by a subscribing processor in the transaction of the
 * events: the unique key on the serial number refuses the second of two concurrent registrations.
 */
@Component
@ProcessingGroup(JdbcAssetDirectory.PROCESSING_GROUP)
public class JdbcAssetDirectory implements AssetDirectory {

    public static final String PROCESSING_GROUP = "asset-directory";

    private final JdbcTemplate jdbc;

    public JdbcAssetDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> holderOfSerial(String serialNumber) {
        return jdbc.query("select asset_id from asset_directory where serial_number = ?",
                (rs, i) -> rs.getObject(1, UUID.class), AssetDirectory.normalise(serialNumber)).stream().findFirst();
    }

    @Override
    public List<UUID> assetsHeldBy(UUID employeeId) {
        return jdbc.query("select asset_id from asset_directory where employee_id = ? order by asset_id",
                (rs, i) -> rs.getObject(1, UUID.class), employeeId);
    }

    @Override
    public boolean inService(UUID assetId) {
        return !jdbc.queryForList("select 1 from asset_directory where asset_id = ? and not retired", assetId).isEmpty();
    }

    @EventHandler
    void on(AssetRegisteredEvent e) {
        jdbc.update("insert into asset_directory (asset_id, serial_number) values (?, ?)", e.assetId(),
                AssetDirectory.normalise(e.serialNumber()));
    }

    @EventHandler
    void on(AssetAssignedEvent e) {
        jdbc.update("update asset_directory set employee_id = ? where asset_id = ?", e.employeeId(), e.assetId());
    }

    @EventHandler
    void on(AssetReturnedEvent e) {
        jdbc.update("update asset_directory set employee_id = null where asset_id = ?", e.assetId());
    }

    @EventHandler
    void on(AssetSentToRepairEvent e) {
        jdbc.update("update asset_directory set employee_id = null where asset_id = ?", e.assetId());
    }

    @EventHandler
    void on(AssetRetiredEvent e) {
        jdbc.update("update asset_directory set employee_id = null, retired = true where asset_id = ?", e.assetId());
    }
}
