package org.backoffice.query.it.network;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.backoffice.events.it.IpAddressAssignedEvent;
import org.backoffice.events.it.IpAddressReleasedEvent;
import org.backoffice.events.it.NetworkDefinedEvent;
import org.backoffice.events.it.SiteOpenedEvent;
import org.backoffice.query.it.FreeRanges;
import org.backoffice.query.it.asset.InventoryProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


import java.math.BigInteger;
import java.time.Instant;

/**
 * Sites, networks and their addresses, part of the inventory read model. Every assignment is a
 * row with the instant it began and ended, so the addresses answer as of any instant. The free
 * addresses of each network are kept by FreeRanges, the addresses as numbers: "next free" is one
 * index lookup however many addresses are taken.
 */
@Component
@ProcessingGroup(InventoryProjection.NAME)
public class NetworkProjection {

    private final JdbcTemplate jdbc;
    private final FreeRanges free;

    NetworkProjection(JdbcTemplate jdbc, FreeRanges free) {
        this.jdbc = jdbc;
        this.free = free;
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
            free.add(e.networkId(), value(e.firstUsable()), value(e.lastUsable()));
            if (e.gateway() != null) {
                free.take(e.networkId(), value(e.gateway()));
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
            free.take(e.networkId(), value(e.address()));
        }
    }

    @EventHandler
    void on(IpAddressReleasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (jdbc.update("""
                update ip_address_view set released_at = ?, release_cause = ?
                where address_id = ? and released_at is null and sequence < ?""",
                java.sql.Timestamp.from(at), e.cause().name(), e.addressId(), sequence) == 1) {
            free.give(e.networkId(), value(e.address()));
        }
    }

    static IPAddress parse(String address) {
        return new IPAddressString(address).getAddress();
    }

    /** An address as the number it is (IPv6 needs all 128 bits). */
    public static BigInteger value(String address) {
        return new BigInteger(1, parse(address).toInetAddress().getAddress());
    }

    /** The address of that number, in the family of the example. */
    public static String address(BigInteger value, String example) {
        return (parse(example).isIPv4() ? new IPv4Address(value.intValue()) : new IPv6Address(value)).toCanonicalString();
    }

    @ResetHandler
    void reset() {
        free.clear();
        jdbc.update("delete from ip_address_view");
        jdbc.update("delete from network_view");
        jdbc.update("delete from site_view");
    }
}
