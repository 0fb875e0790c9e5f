package org.backoffice.query.it.telephony;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.query.common.PageView;
import org.backoffice.query.it.FreeRanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Number blocks and the numbers held, now or as of an instant (asOf null: now). */
@Component
public class TelephonyQueries {

    public record FindNumberBlocks(String kind, Instant asOf, int page, int size) {
    }

    public record FindNumberBlock(UUID blockId, Instant asOf) {
    }

    /** Held then; any of the filters may be null. */
    public record FindNumbers(UUID blockId, UUID employeeId, UUID assetId, Instant asOf, int page, int size) {
    }

    public record FindNumber(UUID blockId, String number) {
    }

    public record FindFreeNumbers(UUID blockId, int limit) {
    }

    public record NumberBlockView(UUID id, String name, @Schema(allowableValues = {"EXTERNAL", "EXTENSIONS"}) String kind,
                                  String first, String last, int size, long assigned, long free,
                                  @Schema(description = "the lowest free number now; null as of a past instant or when none is free") String nextFree,
                                  Instant createdAt) {
    }

    public record NumberBlockList(PageView<NumberBlockView> page) {
    }

    public record PhoneNumberView(String number, @Schema(description = "as it is written for people: +49 30 12345600") String display,
                                  UUID blockId, String blockName, UUID employeeId, UUID assetId, Instant assignedAt,
                                  Instant releasedAt,
                                  @Schema(allowableValues = {"RETURNED", "OFFBOARDING", "DEVICE_RETIRED"}) String releaseCause) {
    }

    public record PhoneNumberList(PageView<PhoneNumberView> page) {
    }

    public record FreeNumbers(UUID blockId, List<String> numbers) {
    }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final JdbcTemplate jdbc;
    private final FreeRanges free;

    TelephonyQueries(JdbcTemplate jdbc, FreeRanges free) {
        this.jdbc = jdbc;
        this.free = free;
    }

    public static String display(String number) {
        if (!number.startsWith("+")) {
            return number;
        }
        try {
            return PHONES.format(PHONES.parse(number, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return number;
        }
    }

    private static Timestamp at(Instant asOf) {
        return Timestamp.from(asOf == null ? Instant.now() : asOf);
    }

    private static final String HELD = "p.assigned_at <= ? and (p.released_at is null or p.released_at > ?)";

    private static String of(String kind, java.math.BigInteger value) {
        return "EXTERNAL".equals(kind) ? "+" + value : value.toString();
    }

    private RowMapper<NumberBlockView> block(Instant asOf) {
        return (rs, i) -> {
            long assigned = rs.getLong("assigned");
            java.math.BigDecimal next = rs.getBigDecimal("next_free");
            String kind = rs.getString("kind");
            return new NumberBlockView(rs.getObject("id", UUID.class), rs.getString("name"), kind, rs.getString("first_number"),
                    rs.getString("last_number"), rs.getInt("size"), assigned, rs.getInt("size") - assigned,
                    asOf == null && next != null ? of(kind, next.toBigIntegerExact()) : null, rs.getTimestamp("created_at").toInstant());
        };
    }

    private static final String BLOCK = """
            select b.*, (select count(*) from phone_number_view p where p.block_id = b.id and %s) as assigned,
                   (select f.first_value from free_range f where f.pool_id = b.id order by f.first_value limit 1) as next_free
            from number_block_view b""".formatted(HELD);

    @QueryHandler
    public NumberBlockList handle(FindNumberBlocks q) {
        Timestamp t = at(q.asOf());
        String where = " where b.created_at <= ? and (cast(? as varchar) is null or b.kind = ?)";
        Long total = jdbc.queryForObject("select count(*) from number_block_view b" + where, Long.class, t, q.kind(), q.kind());
        List<NumberBlockView> items = jdbc.query(BLOCK + where + " order by b.kind, b.first_number, b.id limit ? offset ?",
                block(q.asOf()), t, t, t, q.kind(), q.kind(), q.size(), (long) q.page() * q.size());
        return new NumberBlockList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<NumberBlockView> handle(FindNumberBlock q) {
        Timestamp t = at(q.asOf());
        return jdbc.query(BLOCK + " where b.id = ? and b.created_at <= ?", block(q.asOf()), t, t, q.blockId(), t).stream().findFirst();
    }

    private static final RowMapper<PhoneNumberView> NUMBER = (rs, i) -> new PhoneNumberView(rs.getString("number"),
            display(rs.getString("number")), rs.getObject("block_id", UUID.class), rs.getString("block_name"),
            rs.getObject("employee_id", UUID.class), rs.getObject("asset_id", UUID.class), rs.getTimestamp("assigned_at").toInstant(),
            rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant(), rs.getString("release_cause"));

    @QueryHandler
    public PhoneNumberList handle(FindNumbers q) {
        Timestamp t = at(q.asOf());
        String where = " where " + HELD + " and (cast(? as uuid) is null or p.block_id = ?)"
                + " and (cast(? as uuid) is null or p.employee_id = ?) and (cast(? as uuid) is null or p.asset_id = ?)";
        Object[] args = {t, t, q.blockId(), q.blockId(), q.employeeId(), q.employeeId(), q.assetId(), q.assetId()};
        Long total = jdbc.queryForObject("select count(*) from phone_number_view p" + where, Long.class, args);
        List<Object> paged = new ArrayList<>(Arrays.asList(args));
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<PhoneNumberView> items = jdbc.query("""
                select p.number, p.block_id, b.name as block_name, p.employee_id, p.asset_id, p.assigned_at,
                       null as released_at, null as release_cause
                from phone_number_view p join number_block_view b on b.id = p.block_id""" + where
                + " order by p.number limit ? offset ?", NUMBER, paged.toArray());
        return new PhoneNumberList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<PhoneNumberView> handle(FindNumber q) {
        return jdbc.query("""
                select p.number, p.block_id, b.name as block_name, p.employee_id, p.asset_id, p.assigned_at, p.released_at, p.release_cause
                from phone_number_view p join number_block_view b on b.id = p.block_id
                where p.block_id = ? and p.number = ? order by p.assigned_at desc, p.sequence desc limit 1""",
                NUMBER, q.blockId(), q.number()).stream().findFirst();
    }

    /** The lowest free numbers, range by range: never a scan of the taken ones. */
    @QueryHandler
    public FreeNumbers handle(FindFreeNumbers q) {
        List<String> kind = jdbc.queryForList("select kind from number_block_view where id = ?", String.class, q.blockId());
        return new FreeNumbers(q.blockId(), kind.isEmpty() ? List.of()
                : free.lowest(q.blockId(), q.limit()).stream().map(v -> of(kind.get(0), v)).toList());
    }
}
