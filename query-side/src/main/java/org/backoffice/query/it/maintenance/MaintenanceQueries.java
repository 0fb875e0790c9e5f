package org.backoffice.query.it.maintenance;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Maintenance plans (as of an instant) and what is due: maintenance and warranties ending. */
@Component
public class MaintenanceQueries {

    /** Plans of a device (or all) as they stood at asOf (null: now). */
    public record FindPlans(UUID assetId, Instant asOf) {
    }

    /** What falls due up to `until` (overdue included), for devices in service. */
    public record FindDue(LocalDate today, LocalDate until) {
    }

    public record PlanView(UUID id, UUID assetId, String assetModel, String task, int intervalMonths, LocalDate nextDue, int reminderDays,
                           @Schema(description = "the reminder for nextDue has come") boolean reminded, LocalDate lastDone) {
    }

    public record PlanList(List<PlanView> plans) {
    }

    public record WarrantyView(UUID assetId, String type, String model, String serialNumber, LocalDate warrantyEndsOn, boolean reminded) {
    }

    public record DueView(LocalDate today, LocalDate until, List<PlanView> maintenance, List<WarrantyView> warranties) {
    }

    private final JdbcTemplate jdbc;

    MaintenanceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PLAN = """
            select p.id, p.asset_id, a.model, p.task, p.interval_months, p.reminder_days, p.reminded_at,
                   coalesce(d.next_due, p.first_due) as due, d.done_on
            from maintenance_plan_view p join asset_view a on a.id = p.asset_id
            left join lateral (select next_due, done_on from maintenance_done_view d where d.plan_id = p.id and d.recorded_at <= ?
                               order by d.sequence desc limit 1) d on true
            """;

    private List<PlanView> plans(String where, boolean current, Object... args) {
        return jdbc.query(PLAN + where + " order by due, p.id", (rs, i) -> {
            Date last = rs.getDate("done_on");
            return new PlanView(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class), rs.getString("model"),
                    rs.getString("task"), rs.getInt("interval_months"), rs.getDate("due").toLocalDate(), rs.getInt("reminder_days"),
                    current && rs.getTimestamp("reminded_at") != null, last == null ? null : last.toLocalDate());
        }, args);
    }

    @QueryHandler
    public PlanList handle(FindPlans q) {
        Timestamp t = Timestamp.from(q.asOf() == null ? Instant.now() : q.asOf());
        return new PlanList(plans(" where p.planned_at <= ? and (cast(? as uuid) is null or p.asset_id = ?)", q.asOf() == null,
                t, t, q.assetId(), q.assetId()));
    }

    @QueryHandler
    public DueView handle(FindDue q) {
        Timestamp now = Timestamp.from(Instant.now());
        List<PlanView> maintenance = plans(" where a.status <> 'RETIRED' and coalesce(d.next_due, p.first_due) <= ?", true, now, Date.valueOf(q.until()));
        List<WarrantyView> warranties = jdbc.query("""
                select id, type, model, serial_number, warranty_ends, warranty_reminded_at from asset_view
                where status <> 'RETIRED' and warranty_ends between ? and ? order by warranty_ends, id""",
                (rs, i) -> new WarrantyView(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("model"),
                        rs.getString("serial_number"), rs.getDate("warranty_ends").toLocalDate(), rs.getTimestamp("warranty_reminded_at") != null),
                Date.valueOf(q.today()), Date.valueOf(q.until()));
        return new DueView(q.today(), q.until(), maintenance, warranties);
    }
}
