package org.backoffice.command.it.purchasing.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.it.purchasing.DepreciationRegister;
import org.backoffice.events.common.Money;
import org.backoffice.events.it.purchasing.FixedAssetDisposedEvent;
import org.backoffice.events.it.purchasing.MonthlyDepreciationPostedEvent;
import org.backoffice.events.it.purchasing.PurchaseOrderReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The depreciation register, written by a subscribing processor in the transaction of the
 * events: a received device above the low-value threshold enters it, a month's posting moves each
 * row it covered to its schedule (it_depreciation_through, one SQL function for both sides), a
 * disposal closes the row. Set-based: a month of 10,000 assets is one statement.
 */
@Component
@ProcessingGroup(JdbcDepreciationRegister.PROCESSING_GROUP)
public class JdbcDepreciationRegister implements DepreciationRegister {

    public static final String PROCESSING_GROUP = "depreciation-register";

    private final JdbcTemplate jdbc;

    public JdbcDepreciationRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Date endOf(YearMonth month) {
        return Date.valueOf(month.atEndOfMonth());
    }

    @Override
    public long position() {
        Long p = jdbc.queryForObject("select coalesce(max(position), 0) from fixed_asset_register", Long.class);
        return p == null ? 0 : p;
    }

    @Override
    public List<MonthTotal> dueThrough(YearMonth month, long position) {
        return jdbc.query("""
                select asset_account_id, depreciation_account_id, currency, count(*) as assets, sum(due) as amount from (
                    select asset_account_id, depreciation_account_id, currency,
                           it_depreciation_through(cost, life_months, acquired, ?) - depreciated as due
                    from fixed_asset_register where not disposed and position <= ?) d
                where due > 0
                group by asset_account_id, depreciation_account_id, currency
                order by asset_account_id, depreciation_account_id""",
                (rs, i) -> new MonthTotal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(4),
                        new Money(rs.getBigDecimal(5), rs.getString(3))), endOf(month), position);
    }

    @Override
    public Optional<YearMonth> firstOpenMonth() {
        Date last = jdbc.queryForObject("select max(month) from depreciation_month", Date.class);
        if (last != null) {
            return Optional.of(YearMonth.from(last.toLocalDate()).plusMonths(1));
        }
        Date first = jdbc.queryForObject("select min(acquired) from fixed_asset_register", Date.class);
        return Optional.ofNullable(first).map(d -> YearMonth.from(d.toLocalDate()));
    }

    @Override
    public Optional<BookValue> bookValue(UUID assetId) {
        return jdbc.query("""
                select cost - depreciated, currency, asset_account_id, disposal_account_id from fixed_asset_register
                where asset_id = ? and not disposed""", (rs, i) -> new BookValue(assetId, new Money(rs.getBigDecimal(1), rs.getString(2)),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)), assetId).stream().findFirst();
    }

    @EventHandler
    void on(PurchaseOrderReceivedEvent e) {
        for (var d : e.devices()) {
            if (d.usefulLifeMonths() > 0) {
                jdbc.update("""
                        insert into fixed_asset_register (asset_id, cost, currency, acquired, life_months, asset_account_id,
                            depreciation_account_id, disposal_account_id) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                        d.assetId(), d.unitPrice().amount(), d.unitPrice().currency(), Date.valueOf(e.invoiceDate()), d.usefulLifeMonths(),
                        e.fixedAssetAccountId(), e.depreciationAccountId(), e.disposalAccountId());
            }
        }
    }

    @EventHandler
    void on(MonthlyDepreciationPostedEvent e) {
        Date end = endOf(YearMonth.parse(e.month()));
        jdbc.update("""
                update fixed_asset_register set depreciated = it_depreciation_through(cost, life_months, acquired, ?)
                where not disposed and position <= ? and it_depreciation_through(cost, life_months, acquired, ?) > depreciated""",
                end, e.registerPosition(), end);
        jdbc.update("insert into depreciation_month (month, entry_id) values (?, ?)", Date.valueOf(YearMonth.parse(e.month()).atDay(1)),
                e.entryId());
    }

    @EventHandler
    void on(FixedAssetDisposedEvent e) {
        jdbc.update("update fixed_asset_register set disposed = true, depreciated = cost where asset_id = ?", e.assetId());
    }
}
