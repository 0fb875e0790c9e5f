package org.backoffice.query.it.network;

import inet.ipaddr.AddressValueException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.IpAddressAssignedEvent;
import org.backoffice.events.it.IpAddressReleasedEvent;
import org.backoffice.events.it.NetworkDefinedEvent;
import org.backoffice.events.it.SiteOpenedEvent;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


import java.time.Instant;
import java.util.List;

/**
 * Sites, networks and their addresses, part of the inventory read model. Every assignment is a
 * row with the instant it began and ended, so the addresses answer as of any instant. The free
 * addresses of each network are kept as blocks of consecutive addresses (ip_free_block): taking
 * an address splits its block, releasing one merges it with its neighbours, and "next free" is
 * the first address of the lowest block: one index lookup however many addresses are taken.
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class NetworkProjection {

    private final JdbcTemplate jdbc;

    NetworkProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SiteOpenedEvent e, @Timestamp Instant at) {
        jdbc.update("insert into site_view (id, name, address, opened_at) values (?, ?, ?, ?) on conflict (id) do nothing",
                e.siteId(), e.name(), e.address(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(NetworkDefinedEvent e, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into network_view (id, site_id, name, prefix, prefix_text, vlan_id, gateway, first_usable, last_usable, defined_at)
                values (?, ?, ?, cast(? as cidr), ?, ?, ?, cast(? as inet), cast(? as inet), ?) on conflict (id) do nothing""",
                e.networkId(), e.siteId(), e.name(), e.prefix(), e.prefix(), e.vlanId(), e.gateway(), e.firstUsable(),
                e.lastUsable(), java.sql.Timestamp.from(at)) == 1) {
            free(e.networkId(), e.firstUsable(), e.lastUsable());
            if (e.gateway() != null) {
                take(e.networkId(), e.gateway());
            }
        }
    }

    @EventHandler
    void on(IpAddressAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                insert into ip_address_view (address_id, sequence, network_id, address, address_text, asset_id, hostname, assigned_at)
                values (?, ?, ?, cast(? as inet), ?, ?, ?, ?) on conflict (address_id, sequence) do nothing""",
                e.addressId(), sequence, e.networkId(), e.address(), e.address(), e.assetId(), e.hostname(),
                java.sql.Timestamp.from(at)) == 1) {
            take(e.networkId(), e.address());
        }
    }

    @EventHandler
    void on(IpAddressReleasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                update ip_address_view set released_at = ?, release_cause = ?
                where address_id = ? and released_at is null and sequence < ?""",
                java.sql.Timestamp.from(at), e.cause().name(), e.addressId(), sequence) == 1) {
            IPAddress a = parse(e.address());
            String first = e.address();
            String last = e.address();
            String before = neighbour(a, -1);
            if (before != null) {
                List<String> left = jdbc.queryForList("delete from ip_free_block where network_id = ? and last_address = cast(? as inet)"
                        + " returning host(first_address)", String.class, e.networkId(), before);
                first = left.isEmpty() ? first : left.get(0);
            }
            String after = neighbour(a, 1);
            if (after != null) {
                List<String> right = jdbc.queryForList("delete from ip_free_block where network_id = ? and first_address = cast(? as inet)"
                        + " returning host(last_address)", String.class, e.networkId(), after);
                last = right.isEmpty() ? last : right.get(0);
            }
            free(e.networkId(), first, last);
        }
    }

    private void free(Object network, String first, String last) {
        jdbc.update("insert into ip_free_block (network_id, first_address, last_address) values (?, cast(? as inet), cast(? as inet))",
                network, first, last);
    }

    /** Splits the free block holding the address around it. */
    private void take(Object network, String address) {
        var blocks = jdbc.queryForList("""
                delete from ip_free_block where network_id = ? and first_address = (
                    select first_address from ip_free_block where network_id = ? and first_address <= cast(? as inet)
                    order by first_address desc limit 1)
                and last_address >= cast(? as inet)
                returning host(first_address) as first, host(last_address) as last,
                    first_address = cast(? as inet) as starts_here, last_address = cast(? as inet) as ends_here""",
                network, network, address, address, address, address);
        if (blocks.isEmpty()) {
            return; // not free (the gateway of a network without usable addresses, say)
        }
        String first = (String) blocks.get(0).get("first");
        String last = (String) blocks.get(0).get("last");
        IPAddress a = parse(address);
        if (!(Boolean) blocks.get(0).get("starts_here")) {
            free(network, first, neighbour(a, -1));
        }
        if (!(Boolean) blocks.get(0).get("ends_here")) {
            free(network, neighbour(a, 1), last);
        }
    }

    static IPAddress parse(String address) {
        return new IPAddressString(address).getAddress();
    }

    private static String neighbour(IPAddress a, int step) {
        try {
            return a.increment(step).toCanonicalString();
        } catch (AddressValueException beyondTheEnd) {
            return null;
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from ip_free_block");
        jdbc.update("delete from ip_address_view");
        jdbc.update("delete from network_view");
        jdbc.update("delete from site_view");
    }
}
