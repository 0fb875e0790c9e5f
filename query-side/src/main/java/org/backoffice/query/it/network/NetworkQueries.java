package org.backoffice.query.it.network;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.query.common.PageView;
import org.backoffice.query.it.FreeRanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sites, networks and addresses, now or as of an instant (asOf null: now). */
@Component
public class NetworkQueries {

    public record FindSites(Instant asOf, int page, int size) {
    }

    public record FindNetworks(UUID siteId, Instant asOf, int page, int size) {
    }

    public record FindNetwork(UUID networkId, Instant asOf) {
    }

    public record FindAddresses(UUID networkId, UUID assetId, Instant asOf, int page, int size) {
    }

    public record FindFreeAddresses(UUID networkId, int limit) {
    }

    /** The address's assignment now, or its last one. */
    public record FindAddress(UUID networkId, String address) {
    }

    public record SiteView(UUID id, String name, String address, Instant openedAt, long networks) {
    }

    public record SiteList(PageView<SiteView> page) {
    }

    public record NetworkView(UUID id, UUID siteId, String siteName, String name, String prefix, Integer vlanId, String gateway,
                              String firstUsable, String lastUsable,
                              @Schema(description = "addresses a device may hold, as a decimal string (an IPv6 network holds more than a JSON number can say exactly)") String capacity,
                              long assigned,
                              @Schema(description = "capacity less assigned, a decimal string") String free,
                              @Schema(description = "the lowest free address now; null as of a past instant or when none is free") String nextFree,
                              Instant definedAt) {
    }

    public record NetworkList(PageView<NetworkView> page) {
    }

    public record AddressView(String address, UUID networkId, String networkName, UUID assetId, String hostname,
                              Instant assignedAt, Instant releasedAt,
                              @Schema(allowableValues = {"RETURNED", "OFFBOARDING", "DEVICE_RETIRED"}) String releaseCause) {
    }

    public record AddressList(PageView<AddressView> page) {
    }

    public record FreeAddresses(UUID networkId, List<String> addresses) {
    }

    private final JdbcTemplate jdbc;
    private final FreeRanges free;

    NetworkQueries(JdbcTemplate jdbc, FreeRanges free) {
        this.jdbc = jdbc;
        this.free = free;
    }

    private static Timestamp at(Instant asOf) {
        return Timestamp.from(asOf == null ? Instant.now() : asOf);
    }

    /** Held at the instant: assigned by then and not released by then. */
    private static final String HELD = "a.assigned_at <= ? and (a.released_at is null or a.released_at > ?)";

    @QueryHandler
    public SiteList handle(FindSites q) {
        Timestamp t = at(q.asOf());
        Long total = jdbc.queryForObject("select count(*) from site_view where opened_at <= ?", Long.class, t);
        List<SiteView> items = jdbc.query("""
                select s.*, (select count(*) from network_view n where n.site_id = s.id and n.defined_at <= ?) as networks
                from site_view s where s.opened_at <= ? order by s.name, s.id limit ? offset ?""",
                (rs, i) -> new SiteView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getLong("networks")),
                t, t, q.size(), (long) q.page() * q.size());
        return new SiteList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    private RowMapper<NetworkView> network(Instant asOf) {
        return (rs, i) -> {
            BigInteger capacity = value(rs.getString("last_usable")).subtract(value(rs.getString("first_usable"))).add(BigInteger.ONE);
            String gateway = rs.getString("gateway");
            if (gateway != null && rs.getBoolean("gateway_usable")) {
                capacity = capacity.subtract(BigInteger.ONE);
            }
            long assigned = rs.getLong("assigned");
            return new NetworkView(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class), rs.getString("site_name"),
                    rs.getString("name"), rs.getString("prefix_text"), (Integer) rs.getObject("vlan_id"), gateway,
                    rs.getString("first_usable"), rs.getString("last_usable"), capacity.toString(), assigned,
                    capacity.subtract(BigInteger.valueOf(assigned)).toString(),
                    asOf == null && rs.getBigDecimal("next_free") != null
                            ? NetworkProjection.address(rs.getBigDecimal("next_free").toBigIntegerExact(), rs.getString("first_usable")) : null,
                    rs.getTimestamp("defined_at").toInstant());
        };
    }

    private static BigInteger value(String address) {
        return NetworkProjection.value(address);
    }

    private static final String NETWORK = """
            select n.id, n.site_id, s.name as site_name, n.name, n.prefix_text, n.vlan_id, n.gateway,
                   host(n.first_usable) as first_usable, host(n.last_usable) as last_usable, n.defined_at,
                   (n.gateway is not null and cast(n.gateway as inet) between n.first_usable and n.last_usable) as gateway_usable,
                   (select count(*) from ip_address_view a where a.network_id = n.id and %s) as assigned,
                   (select f.first_value from free_range f where f.pool_id = n.id
                    order by f.first_value limit 1) as next_free
            from network_view n join site_view s on s.id = n.site_id
            """.formatted(HELD);

    @QueryHandler
    public NetworkList handle(FindNetworks q) {
        Timestamp t = at(q.asOf());
        String where = " where n.defined_at <= ? and (cast(? as uuid) is null or n.site_id = ?)";
        Long total = jdbc.queryForObject("select count(*) from network_view n" + where, Long.class, t, q.siteId(), q.siteId());
        List<NetworkView> items = jdbc.query(NETWORK + where + " order by n.prefix, n.id limit ? offset ?", network(q.asOf()),
                t, t, t, q.siteId(), q.siteId(), q.size(), (long) q.page() * q.size());
        return new NetworkList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<NetworkView> handle(FindNetwork q) {
        Timestamp t = at(q.asOf());
        return jdbc.query(NETWORK + " where n.id = ? and n.defined_at <= ?", network(q.asOf()), t, t, q.networkId(), t)
                .stream().findFirst();
    }

    @QueryHandler
    public AddressList handle(FindAddresses q) {
        Timestamp t = at(q.asOf());
        String where = " where " + HELD + " and (cast(? as uuid) is null or a.network_id = ?) and (cast(? as uuid) is null or a.asset_id = ?)";
        Object[] args = {t, t, q.networkId(), q.networkId(), q.assetId(), q.assetId()};
        Long total = jdbc.queryForObject("select count(*) from ip_address_view a" + where, Long.class, args);
        List<Object> paged = new ArrayList<>(java.util.Arrays.asList(args));
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<AddressView> items = jdbc.query("""
                select a.address_text, a.network_id, n.name as network_name, a.asset_id, a.hostname, a.assigned_at,
                       null as released_at, null as release_cause
                from ip_address_view a join network_view n on n.id = a.network_id""" + where + " order by a.address limit ? offset ?",
                ADDRESS, paged.toArray());
        return new AddressList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<AddressView> handle(FindAddress q) {
        return jdbc.query("""
                select a.address_text, a.network_id, n.name as network_name, a.asset_id, a.hostname, a.assigned_at,
                       a.released_at, a.release_cause
                from ip_address_view a join network_view n on n.id = a.network_id
                where a.network_id = ? and a.address = cast(? as inet) order by a.assigned_at desc, a.sequence desc limit 1""",
                ADDRESS, q.networkId(), q.address()).stream().findFirst();
    }

    private static final RowMapper<AddressView> ADDRESS = (rs, i) -> new AddressView(rs.getString("address_text"),
            rs.getObject("network_id", UUID.class), rs.getString("network_name"), rs.getObject("asset_id", UUID.class),
            rs.getString("hostname"), rs.getTimestamp("assigned_at").toInstant(),
            rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(),
            rs.getString("release_cause"));


    /** The lowest free addresses, range by range: never a scan of the taken ones. */
    @QueryHandler
    public FreeAddresses handle(FindFreeAddresses q) {
        List<String> family = jdbc.queryForList("select host(first_usable) from network_view where id = ?", String.class, q.networkId());
        return new FreeAddresses(q.networkId(), family.isEmpty() ? List.of()
                : free.lowest(q.networkId(), q.limit()).stream().map(v -> NetworkProjection.address(v, family.get(0))).toList());
    }
}
