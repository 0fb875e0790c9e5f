package org.backoffice.command.it.network.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.network.NetworkDirectory;
import org.backoffice.events.it.IpAddressAssignedEvent;
import org.backoffice.events.it.IpAddressReleasedEvent;
import org.backoffice.events.it.NetworkDefinedEvent;
import org.backoffice.events.it.SiteOpenedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sites, networks and who holds which address, written by a subscribing processor in the
 * transaction of the events. The keys refuse what a concurrent request could slip past the
 * checks: a second site of the same name, an overlapping network (a GiST exclusion constraint on
 * the prefix).
 */
@Component
@ProcessingGroup(JdbcNetworkDirectory.PROCESSING_GROUP)
public class JdbcNetworkDirectory implements NetworkDirectory {

    public static final String PROCESSING_GROUP = "network-directory";

    private static final RowMapper<NetworkEntry> NETWORK = (rs, i) -> new NetworkEntry(rs.getObject("network_id", UUID.class),
            rs.getString("name"), rs.getString("prefix"), rs.getString("gateway"));

    private final JdbcTemplate jdbc;

    public JdbcNetworkDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean siteExists(UUID siteId) {
        return !jdbc.queryForList("select 1 from site_directory where site_id = ?", siteId).isEmpty();
    }

    @Override
    public Optional<UUID> siteNamed(String name) {
        return jdbc.query("select site_id from site_directory where name_key = ?", (rs, i) -> rs.getObject(1, UUID.class),
                key(name)).stream().findFirst();
    }

    @Override
    public Optional<NetworkEntry> network(UUID networkId) {
        return jdbc.query("select network_id, name, prefix_text as prefix, gateway from network_directory where network_id = ?",
                NETWORK, networkId).stream().findFirst();
    }

    @Override
    public Optional<NetworkEntry> overlapping(String prefix, UUID networkId) {
        return jdbc.query("""
                select network_id, name, prefix_text as prefix, gateway from network_directory
                where prefix && cast(? as cidr) and network_id <> ? limit 1""", NETWORK, prefix, networkId).stream().findFirst();
    }

    @Override
    public Optional<NetworkEntry> withVlan(UUID siteId, int vlanId, UUID networkId) {
        return jdbc.query("""
                select network_id, name, prefix_text as prefix, gateway from network_directory
                where site_id = ? and vlan_id = ? and network_id <> ?""", NETWORK, siteId, vlanId, networkId).stream().findFirst();
    }

    @Override
    public List<UUID> addressesOf(UUID assetId) {
        return jdbc.query("select address_id from ip_address_directory where asset_id = ? order by address",
                (rs, i) -> rs.getObject(1, UUID.class), assetId);
    }

    @EventHandler
    void on(SiteOpenedEvent e) {
        jdbc.update("insert into site_directory (site_id, name_key) values (?, ?)", e.siteId(), key(e.name()));
    }

    @EventHandler
    void on(NetworkDefinedEvent e) {
        jdbc.update("""
                insert into network_directory (network_id, site_id, name, prefix, prefix_text, vlan_id, gateway)
                values (?, ?, ?, cast(? as cidr), ?, ?, ?)""", e.networkId(), e.siteId(), e.name(), e.prefix(), e.prefix(), e.vlanId(), e.gateway());
    }

    @EventHandler
    void on(IpAddressAssignedEvent e) {
        jdbc.update("insert into ip_address_directory (address_id, address, asset_id) values (?, cast(? as inet), ?)",
                e.addressId(), e.address(), e.assetId());
    }

    @EventHandler
    void on(IpAddressReleasedEvent e) {
        jdbc.update("delete from ip_address_directory where address_id = ?", e.addressId());
    }
}
