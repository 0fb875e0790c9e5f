package org.backoffice.query.it.asset;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

@Component
public class InventoryQueries {

    public record FindAssets(String type, String status, UUID employeeId, String location, int page, int size) {
    }

    public record FindAsset(UUID assetId) {
    }

    /** asOf null: now. */
    public record GetInventory(Instant asOf) {
    }

    public record AssetView(UUID id, @Schema(allowableValues = {"LAPTOP", "DESKTOP", "MONITOR", "PHONE", "PHONE_LINE", "SIM_CARD", "NETWORK_DEVICE", "PRINTER", "OTHER"}) String type, String serialNumber, String model, LocalDate purchaseDate,
                            Money purchaseCost, @Schema(allowableValues = {"IN_STOCK", "ASSIGNED", "INSTALLED", "IN_REPAIR", "RETIRED"}) String status, UUID employeeId, String location, Instant registeredAt,
                            LocalDate warrantyEndsOn) {
    }

    public record AssetList(PageView<AssetView> page) {
    }

    public record InventoryView(Instant asOf, long total, Map<String, Map<String, Long>> byType,
                                @Schema(description = "IP addresses held by devices then") long addresses,
                                @Schema(description = "numbers and extensions held then") long numbers,
                                @Schema(description = "licence seats bought and held then, over all licences") LicenceSeats licenceSeats) {
    }

    public record LicenceSeats(long bought, long assigned) {
    }

    private static final RowMapper<AssetView> ASSET = (rs, i) -> {
        Date purchased = rs.getDate("purchase_date");
        return new AssetView(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("serial_number"),
                rs.getString("model"), purchased == null ? null : purchased.toLocalDate(),
                rs.getBigDecimal("purchase_cost") == null ? null
                        : new Money(rs.getBigDecimal("purchase_cost"), rs.getString("purchase_currency")),
                rs.getString("status"), rs.getObject("employee_id", UUID.class), rs.getString("location"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getDate("warranty_ends") == null ? null : rs.getDate("warranty_ends").toLocalDate());
    };

    private final JdbcTemplate jdbc;

    InventoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public AssetList handle(FindAssets q) {
        String where = " " + """
                where (cast(? as varchar) is null or type = ?) and (cast(? as varchar) is null or status = ?)
                   and (cast(? as uuid) is null or employee_id = ?) and (cast(? as varchar) is null or location = ?)""";
        Object[] args = {q.type(), q.type(), q.status(), q.status(), q.employeeId(), q.employeeId(), q.location(), q.location()};
        Long total = jdbc.queryForObject("select count(*) from asset_view" + where, Long.class, args);
        Object[] paged = java.util.Arrays.copyOf(args, args.length + 2);
        paged[args.length] = q.size();
        paged[args.length + 1] = (long) q.page() * q.size();
        return new AssetList(new PageView<>(jdbc.query("select * from asset_view" + where
                + " order by registered_at, id limit ? offset ?", ASSET, paged), q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<AssetView> handle(FindAsset q) {
        return jdbc.query("select * from asset_view where id = ?", ASSET, q.assetId()).stream().findFirst();
    }

    @QueryHandler
    public InventoryView handle(GetInventory q) {
        Map<String, Map<String, Long>> byType = new TreeMap<>();
        long[] total = {0};
        org.springframework.jdbc.core.RowCallbackHandler count = rs -> {
            byType.computeIfAbsent(rs.getString(1), t -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
            total[0] += rs.getLong(3);
        };
        if (q.asOf() == null) {
            jdbc.query("select type, status, count(*) from asset_view group by type, status", count);
        } else {
            jdbc.query("""
                    select a.type, h.status, count(*) from asset_view a
                    join lateral (select status from asset_status_history h
                                  where h.asset_id = a.id and h.changed_at <= ?
                                  order by h.sequence desc limit 1) h on true
                    group by a.type, h.status""", count, java.sql.Timestamp.from(q.asOf()));
        }
        java.sql.Timestamp t = java.sql.Timestamp.from(q.asOf() == null ? Instant.now() : q.asOf());
        Long addresses = jdbc.queryForObject("select count(*) from ip_address_view where assigned_at <= ? and (released_at is null or released_at > ?)",
                Long.class, t, t);
        Long numbers = jdbc.queryForObject("select count(*) from phone_number_view where assigned_at <= ? and (released_at is null or released_at > ?)",
                Long.class, t, t);
        Long seats = jdbc.queryForObject("""
                select coalesce(sum(v.seats), 0) from licence_view l
                join lateral (select seats from licence_version v where v.licence_id = l.id and v.changed_at <= ?
                              order by v.sequence desc limit 1) v on true""", Long.class, t);
        Long held = jdbc.queryForObject("select count(*) from licence_seat_view where assigned_at <= ? and (released_at is null or released_at > ?)",
                Long.class, t, t);
        return new InventoryView(q.asOf(), total[0], byType, addresses == null ? 0 : addresses, numbers == null ? 0 : numbers,
                new LicenceSeats(seats == null ? 0 : seats, held == null ? 0 : held));
    }
}
