package org.backoffice.query.accounting.chart;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.ChartOfAccountsAppliedEvent;
import org.backoffice.query.accounting.ledger.BalancesProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chart of accounts: the template it was set up from (if any) and every account group of
 * the balance sheet and P&L with the accounts shown under it (from the balances read model).
 */
@Component
@ProcessingGroup(BalancesProjection.NAME)
public class ChartProjection {

    private final JdbcTemplate jdbc;

    ChartProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record AccountRef(UUID id, String number, String name, AccountType type,
                             @Schema(allowableValues = {"OPEN", "CLOSED"}) String status) {
    }

    public record GroupView(String code, String parent, AccountGroups.Statement statement, String name, String nameEn,
                            List<AccountRef> accounts) {
    }

    /** template, currency and appliedAt are empty until a template is applied. */
    public record ChartView(AccountGroups.Template template, String currency, Instant appliedAt, List<GroupView> groups,
                            @Schema(description = "accounts shown under no group") List<AccountRef> ungrouped) {
    }

    public record GetChart() {
    }

    @EventHandler
    void on(ChartOfAccountsAppliedEvent e, @Timestamp Instant at) {
        jdbc.update("insert into chart_view (chart_id, template, currency, applied_at) values (?, ?, ?, ?) "
                + "on conflict (chart_id) do nothing", e.chartId(), e.template().name(), e.currency(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from chart_view");
    }

    @QueryHandler
    public ChartView handle(GetChart q) {
        Map<String, List<AccountRef>> byGroup = new LinkedHashMap<>();
        List<AccountRef> ungrouped = new ArrayList<>();
        jdbc.query("select id, number, name, type, closed, group_code from account_view where party_kind is null "
                + "order by number, id", rs -> {
            AccountRef a = new AccountRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    AccountType.valueOf(rs.getString(4)), rs.getBoolean(5) ? "CLOSED" : "OPEN");
            String group = rs.getString(6);
            if (group == null) {
                ungrouped.add(a);
            } else {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(a);
            }
        });
        List<GroupView> groups = AccountGroups.all().stream().map(g -> new GroupView(g.code(), g.parent(),
                g.statement(), g.nameDe(), g.nameEn(), byGroup.getOrDefault(g.code(), List.of()))).toList();
        return jdbc.query("select template, currency, applied_at from chart_view", rs -> {
            if (rs.next()) {
                return new ChartView(AccountGroups.Template.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), groups, ungrouped);
            }
            return new ChartView(null, null, null, groups, ungrouped);
        });
    }
}
