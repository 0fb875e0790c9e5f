package org.backoffice.query.it;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What an employee holds of IT (devices, numbers, licence seats) now or as of an instant, and
 * what their offboarding gave back: read from the inventory read model's histories.
 */
@Component
public class HoldingsQueries {

    /** asOf null: now. */
    public record FindHoldings(UUID employeeId, Instant asOf) {
    }

    public record Holding(@Schema(allowableValues = {"DEVICE", "NUMBER", "LICENCE_SEAT"}) String kind, UUID id,
                          @Schema(description = "the device's type and model, the number, the licence's product") String label,
                          Instant since) {
    }

    public record GivenBack(@Schema(allowableValues = {"DEVICE", "NUMBER", "LICENCE_SEAT"}) String kind, UUID id, String label,
                           Instant at) {
    }

    public record Holdings(UUID employeeId, Instant asOf, List<Holding> holds,
                           @Schema(description = "what the employee's offboarding gave back by itself, by then") List<GivenBack> offboarding) {
    }

    private final JdbcTemplate jdbc;

    HoldingsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Holdings handle(FindHoldings q) {
        Timestamp t = Timestamp.from(q.asOf() == null ? Instant.now() : q.asOf());
        List<Holding> holds = new ArrayList<>();
        jdbc.query("""
                select h.asset_id, a.type, a.model, h.changed_at from (
                    select distinct on (asset_id) asset_id, status, employee_id, changed_at from asset_status_history
                    where asset_id in (select asset_id from asset_status_history where employee_id = ?) and changed_at <= ?
                    order by asset_id, sequence desc) h
                join asset_view a on a.id = h.asset_id
                where h.status = 'ASSIGNED' and h.employee_id = ?""",
                rs -> {
                    holds.add(new Holding("DEVICE", rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                }, q.employeeId(), t, q.employeeId());
        jdbc.query("""
                select number_id, number, assigned_at from phone_number_view
                where employee_id = ? and assigned_at <= ? and (released_at is null or released_at > ?)""",
                rs -> {
                    holds.add(new Holding("NUMBER", rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }, q.employeeId(), t, t);
        jdbc.query("""
                select s.licence_id, l.product, s.assigned_at from licence_seat_view s join licence_view l on l.id = s.licence_id
                where s.employee_id = ? and s.assigned_at <= ? and (s.released_at is null or s.released_at > ?)""",
                rs -> {
                    holds.add(new Holding("LICENCE_SEAT", rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }, q.employeeId(), t, t);
        List<GivenBack> returned = new ArrayList<>();
        jdbc.query("""
                select h.asset_id, a.type, a.model, h.changed_at from asset_status_history h join asset_view a on a.id = h.asset_id
                where h.employee_id = ? and h.cause = 'OFFBOARDING' and h.changed_at <= ?""",
                rs -> {
                    returned.add(new GivenBack("DEVICE", rs.getObject(1, UUID.class), rs.getString(2) + " " + rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                }, q.employeeId(), t);
        jdbc.query("""
                select number_id, number, released_at from phone_number_view
                where employee_id = ? and release_cause = 'OFFBOARDING' and released_at <= ?""",
                rs -> {
                    returned.add(new GivenBack("NUMBER", rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }, q.employeeId(), t);
        jdbc.query("""
                select s.licence_id, l.product, s.released_at from licence_seat_view s join licence_view l on l.id = s.licence_id
                where s.employee_id = ? and s.release_cause = 'OFFBOARDING' and s.released_at <= ?""",
                rs -> {
                    returned.add(new GivenBack("LICENCE_SEAT", rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }, q.employeeId(), t);
        holds.sort(Comparator.comparing(Holding::kind).thenComparing(Holding::label));
        returned.sort(Comparator.comparing(GivenBack::at).thenComparing(GivenBack::kind).thenComparing(GivenBack::label));
        return new Holdings(q.employeeId(), q.asOf(), holds, returned);
    }
}
