package org.backoffice.query.it.licence;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.common.Money;
import org.backoffice.query.common.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Licences with their seats, now or as of an instant (asOf null: now). */
@Component
public class LicenceQueries {

    public record FindLicences(Boolean renewalDue, Instant asOf, int page, int size) {
    }

    public record FindLicence(UUID licenceId, Instant asOf) {
    }

    /** Seats held then; any filter may be null. */
    public record FindSeats(UUID licenceId, UUID employeeId, UUID assetId, Instant asOf, int page, int size) {
    }

    public record LicenceView(UUID id, String product, String vendor, int seats, long assigned, long free, Money costPerPeriod,
                              @Schema(allowableValues = {"MONTHLY", "QUARTERLY", "YEARLY"}) String billingPeriod,
                              @Schema(description = "the cost per period times the periods of a year") Money annualCost,
                              LocalDate renewalDate, int reminderDays,
                              @Schema(description = "the reminder has come (reminderDays before renewalDate) and the renewal is not recorded yet") boolean renewalDue,
                              Instant registeredAt) {
    }

    public record LicenceList(PageView<LicenceView> page) {
    }

    public record SeatView(UUID licenceId, String product, UUID employeeId, UUID assetId, Instant assignedAt, Instant releasedAt,
                           @Schema(allowableValues = {"RETURNED", "OFFBOARDING", "DEVICE_RETIRED"}) String releaseCause) {
    }

    public record SeatList(PageView<SeatView> page) {
    }

    private final JdbcTemplate jdbc;

    LicenceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp at(Instant asOf) {
        return Timestamp.from(asOf == null ? Instant.now() : asOf);
    }

    private static final String HELD = "s.assigned_at <= ? and (s.released_at is null or s.released_at > ?)";

    /** The licence as of t: its seats and renewal date from its latest version by then. */
    private static final String LICENCE = """
            select l.id, l.product, l.vendor, v.seats, v.renewal_date, l.cost_amount, l.cost_currency, l.billing_period,
                   l.reminder_days, l.registered_at, l.renewal_due_at,
                   (select count(*) from licence_seat_view s where s.licence_id = l.id and %s) as assigned
            from licence_view l
            join lateral (select seats, renewal_date from licence_version v where v.licence_id = l.id and v.changed_at <= ?
                          order by v.sequence desc limit 1) v on true
            """.formatted(HELD);

    private static final RowMapper<LicenceView> VIEW = (rs, i) -> {
        Money cost = new Money(rs.getBigDecimal("cost_amount"), rs.getString("cost_currency"));
        String period = rs.getString("billing_period");
        int perYear = org.backoffice.events.it.BillingPeriod.valueOf(period).perYear();
        long assigned = rs.getLong("assigned");
        int seats = rs.getInt("seats");
        return new LicenceView(rs.getObject("id", UUID.class), rs.getString("product"), rs.getString("vendor"), seats, assigned,
                seats - assigned, cost, period, new Money(cost.amount().multiply(BigDecimal.valueOf(perYear)), cost.currency()),
                rs.getDate("renewal_date").toLocalDate(), rs.getInt("reminder_days"), rs.getTimestamp("renewal_due_at") != null,
                rs.getTimestamp("registered_at").toInstant());
    };

    @QueryHandler
    public LicenceList handle(FindLicences q) {
        Timestamp t = at(q.asOf());
        String where = " where l.registered_at <= ? and (cast(? as boolean) is null or (l.renewal_due_at is not null) = ?)";
        Long total = jdbc.queryForObject("select count(*) from licence_view l" + where, Long.class, t, q.renewalDue(), q.renewalDue());
        List<LicenceView> items = jdbc.query(LICENCE + where + " order by v.renewal_date, l.product, l.id limit ? offset ?", VIEW,
                t, t, t, t, q.renewalDue(), q.renewalDue(), q.size(), (long) q.page() * q.size());
        return new LicenceList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }

    @QueryHandler
    public Optional<LicenceView> handle(FindLicence q) {
        Timestamp t = at(q.asOf());
        return jdbc.query(LICENCE + " where l.id = ? and l.registered_at <= ?", VIEW, t, t, t, q.licenceId(), t).stream().findFirst();
    }

    @QueryHandler
    public SeatList handle(FindSeats q) {
        Timestamp t = at(q.asOf());
        String where = " where " + HELD + " and (cast(? as uuid) is null or s.licence_id = ?)"
                + " and (cast(? as uuid) is null or s.employee_id = ?) and (cast(? as uuid) is null or s.asset_id = ?)";
        Object[] args = {t, t, q.licenceId(), q.licenceId(), q.employeeId(), q.employeeId(), q.assetId(), q.assetId()};
        Long total = jdbc.queryForObject("select count(*) from licence_seat_view s" + where, Long.class, args);
        List<Object> paged = new ArrayList<>(Arrays.asList(args));
        paged.add(q.size());
        paged.add((long) q.page() * q.size());
        List<SeatView> items = jdbc.query("""
                select s.licence_id, l.product, s.employee_id, s.asset_id, s.assigned_at
                from licence_seat_view s join licence_view l on l.id = s.licence_id""" + where
                + " order by l.product, s.assigned_at, s.sequence limit ? offset ?",
                (rs, i) -> new SeatView(rs.getObject("licence_id", UUID.class), rs.getString("product"),
                        rs.getObject("employee_id", UUID.class), rs.getObject("asset_id", UUID.class),
                        rs.getTimestamp("assigned_at").toInstant(), null, null), paged.toArray());
        return new SeatList(new PageView<>(items, q.page(), q.size(), total == null ? 0 : total));
    }
}
