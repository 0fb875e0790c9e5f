package org.backoffice.query.accounting.closing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.FiscalPeriodReopenedEvent;
import org.backoffice.events.accounting.FiscalPeriodSealedEvent;
import org.backoffice.events.accounting.FiscalYearClosedEvent;
import org.backoffice.events.accounting.FiscalYearOpenedEvent;
import org.backoffice.events.accounting.OpeningBalancesEnteredEvent;
import org.backoffice.events.accounting.PeriodSeal;
import org.backoffice.query.accounting.closing.ClosingViews.FiscalYearView;
import org.backoffice.query.accounting.closing.ClosingViews.HistoryView;
import org.backoffice.query.accounting.closing.ClosingViews.PeriodView;
import org.backoffice.query.accounting.closing.ClosingViews.SealView;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fiscal years and their periods with status, seal and history, part of the balances read
 * model (its token, its replay). Writes are idempotent by key.
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class FiscalYearProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    FiscalYearProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(FiscalYearOpenedEvent e) {
        jdbc.update("insert into fiscal_year_view (year, start_date, end_date) values (?, ?, ?) on conflict do nothing",
                e.year(), e.start(), e.end());
        for (int p = 1; p <= 12; p++) {
            jdbc.update("""
                    insert into fiscal_period_view (year, period, from_date, to_date, status) values (?, ?, ?, ?, 'OPEN')
                    on conflict do nothing""", e.year(), p, e.start().plusMonths(p - 1L), e.start().plusMonths(p).minusDays(1));
        }
    }

    @EventHandler
    void on(FiscalPeriodClosedEvent e, @Timestamp Instant at, @MetaDataValue("user") String user, TrackingToken token) {
        jdbc.update("""
                update fiscal_period_view set status = 'CLOSED', closing = ?, closed_at = ?, closed_by = ?, sealed_at = null,
                    seal = null where year = ? and period = ?""", e.closing(), java.sql.Timestamp.from(at), user, e.year(), e.period());
        history(e.year(), e.period(), token, "CLOSED", at, user, null);
    }

    @EventHandler
    void on(FiscalPeriodSealedEvent e, @Timestamp Instant at, @MetaDataValue("user") String user, TrackingToken token)
            throws JsonProcessingException {
        jdbc.update("update fiscal_period_view set sealed_at = ?, seal = ? where year = ? and period = ? and closing = ?",
                java.sql.Timestamp.from(at), json.writeValueAsString(e.seal()), e.year(), e.period(), e.closing());
        history(e.year(), e.period(), token, "SEALED", at, user, null);
    }

    @EventHandler
    void on(FiscalPeriodReopenedEvent e, @Timestamp Instant at, @MetaDataValue("user") String user, TrackingToken token) {
        jdbc.update("""
                update fiscal_period_view set status = 'OPEN', closing = null, closed_at = null, closed_by = null,
                    sealed_at = null, seal = null where year = ? and period = ?""", e.year(), e.period());
        history(e.year(), e.period(), token, "REOPENED", at, user, e.reason());
    }

    @EventHandler
    void on(FiscalYearClosedEvent e, @Timestamp Instant at, @MetaDataValue("user") String user) throws JsonProcessingException {
        jdbc.update("""
                update fiscal_year_view set closed_at = ?, closed_by = ?, profit_and_loss_entry_id = ?, currency = ?,
                    result = ?, carried_forward = ? where year = ?""", java.sql.Timestamp.from(at), user,
                e.profitAndLossEntryId(), e.currency(), e.result(), json.writeValueAsString(e.carriedForward()), e.year());
        if (e.profitAndLossEntryId() != null) {
            jdbc.update("insert into year_end_entry (transaction_id, year) values (?, ?) on conflict do nothing",
                    e.profitAndLossEntryId(), e.year());
        }
    }

    @EventHandler
    void on(OpeningBalancesEnteredEvent e) {
        jdbc.update("update fiscal_year_view set opening_balances_entry_id = ? where year = ?", e.entryId(), e.year());
    }

    private void history(int year, int period, TrackingToken token, String action, Instant at, String user, String reason) {
        long position = token.position().orElseThrow();
        jdbc.update("""
                insert into fiscal_period_history (year, period, position, action, at, by_user, reason)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", year, period, position, action, java.sql.Timestamp.from(at),
                user == null ? "system" : user, reason);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from fiscal_period_history");
        jdbc.update("delete from year_end_entry");
        jdbc.update("delete from fiscal_period_view");
        jdbc.update("delete from fiscal_year_view");
    }

    public List<FiscalYearView> years() {
        return jdbc.queryForList("select year from fiscal_year_view order by year", Integer.class).stream()
                .map(y -> year(y).orElseThrow()).toList();
    }

    public Optional<FiscalYearView> year(int year) {
        List<Object[]> rows = jdbc.query("""
                select start_date, end_date, closed_at, closed_by, profit_and_loss_entry_id, currency, result,
                       carried_forward, opening_balances_entry_id from fiscal_year_view where year = ?""",
                (rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3), rs.getString(4), rs.getObject(5, java.util.UUID.class), rs.getString(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getObject(9, java.util.UUID.class)}, year);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<HistoryView>> history = new LinkedHashMap<>();
        jdbc.query("select period, action, at, by_user, reason from fiscal_period_history where year = ? order by position",
                rs -> {
                    history.computeIfAbsent(rs.getInt(1), p -> new ArrayList<>()).add(new HistoryView(rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)));
                }, year);
        List<PeriodView> periods = jdbc.query("""
                select period, from_date, to_date, status, closed_at, closed_by, sealed_at, seal
                from fiscal_period_view where year = ? order by period""", (rs, i) -> {
            int period = rs.getInt(1);
            java.sql.Timestamp closedAt = rs.getTimestamp(5);
            java.sql.Timestamp sealedAt = rs.getTimestamp(7);
            return new PeriodView(year, period, "%d/%02d".formatted(year, period), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class), rs.getString(4), closedAt == null ? null : closedAt.toInstant(),
                    rs.getString(6), sealedAt == null ? null : sealView(rs.getString(8), sealedAt.toInstant()),
                    history.getOrDefault(period, List.of()));
        }, year);
        Object[] y = rows.get(0);
        boolean allClosed = periods.stream().allMatch(p -> "CLOSED".equals(p.status()));
        ClosingViews.YearEndView yearEnd = null;
        if (y[2] != null) {
            Map<java.util.UUID, String[]> names = new java.util.HashMap<>();
            jdbc.query("select id, number, name from account_view", rs -> {
                names.put(rs.getObject(1, java.util.UUID.class), new String[] {rs.getString(2), rs.getString(3)});
            });
            List<ClosingViews.CarriedView> carried = new ArrayList<>();
            try {
                for (FiscalYearClosedEvent.CarriedBalance c : json.readValue((String) y[7],
                        new com.fasterxml.jackson.core.type.TypeReference<List<FiscalYearClosedEvent.CarriedBalance>>() { })) {
                    String[] name = names.getOrDefault(c.accountId(), new String[] {null, null});
                    carried.add(new ClosingViews.CarriedView(c.accountId(), name[0], name[1],
                            new org.backoffice.events.common.Money(c.balance(), c.currency())));
                }
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("the stored carried balances cannot be read", ex);
            }
            carried.sort(java.util.Comparator.comparing(c -> c.number() == null ? "" : c.number()));
            yearEnd = new ClosingViews.YearEndView(((java.sql.Timestamp) y[2]).toInstant(), (String) y[3],
                    (java.util.UUID) y[4], new org.backoffice.events.common.Money((BigDecimal) y[6], (String) y[5]), carried);
        }
        return Optional.of(new FiscalYearView(year, (LocalDate) y[0], (LocalDate) y[1],
                y[2] != null ? "CLOSED" : allClosed ? "PERIODS_CLOSED" : "OPEN", (java.util.UUID) y[8], yearEnd, periods));
    }

    public Optional<PeriodView> period(int year, int period) {
        return year(year).flatMap(y -> y.periods().stream().filter(p -> p.period() == period).findFirst());
    }

    private SealView sealView(String stored, Instant sealedAt) {
        try {
            PeriodSeal s = json.readValue(stored, PeriodSeal.class);
            return new SealView(sealedAt, s.position(), s.chainHeads(), s.streams(), s.trialBalance(), s.accounts().size(),
                    s.journal(), s.entries(), s.vatReturn(), s.vatPayable());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored seal cannot be read", e);
        }
    }
}
