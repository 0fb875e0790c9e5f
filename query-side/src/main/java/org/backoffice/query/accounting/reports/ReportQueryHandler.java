package org.backoffice.query.accounting.reports;

import org.axonframework.queryhandling.QueryHandler;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.AccountGroups.Statement;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.TaxKind;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.reports.ReportViews.AccountAmount;
import org.backoffice.query.accounting.reports.ReportViews.StatementLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The statements and the VAT return, read from the day totals of StatementsProjection: a report
 * sums at most one row per account (or tax code) and day of its period, never the entries.
 */
@Component
@Transactional(readOnly = true)
public class ReportQueryHandler {

    /** A bucket for the accounts no group is given to, at the end of its statement. */
    static final String UNASSIGNED = "?";

    private final JdbcTemplate jdbc;

    ReportQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An account as the reports need it. */
    private record Acc(UUID id, String number, String name, AccountType type, String currency, String group,
                       String partyKind) {

        /**
         * The position it is shown under: its group; a customer's, supplier's or employee's
         * account under the receivables, payables or other assets and liabilities.
         */
        String position() {
            if (group != null) {
                return group;
            }
            if (partyKind != null) {
                return switch (partyKind) {
                    case "CUSTOMER" -> "B.II.1";
                    case "SUPPLIER" -> "P.C.4";
                    default -> type == AccountType.ASSET ? "B.II.4" : "P.C.8";
                };
            }
            return UNASSIGNED;
        }
    }

    /** Debits minus credits. */
    private record Sums(BigDecimal debit, BigDecimal credit) {
        BigDecimal net() {
            return debit.subtract(credit);
        }

        static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private Map<UUID, Acc> accounts() {
        Map<UUID, Acc> accounts = new LinkedHashMap<>();
        jdbc.query("select id, number, name, type, currency, group_code, party_kind from account_view order by number, id",
                rs -> {
                    Acc a = new Acc(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            AccountType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7));
                    accounts.put(a.id(), a);
                });
        return accounts;
    }

    /** Per account, the debits and credits booked from from (null: the beginning) to to, inclusive. */
    private Map<UUID, Sums> sums(LocalDate from, LocalDate to) {
        Map<UUID, Sums> sums = new HashMap<>();
        StringBuilder sql = new StringBuilder("select account_id, sum(debit), sum(credit) from account_day_total where true");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" and booking_date >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" and booking_date <= ?");
            args.add(to);
        }
        jdbc.query(sql + " group by account_id", rs -> {
            sums.put(rs.getObject(1, UUID.class), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3)));
        }, args.toArray());
        return sums;
    }

    /**
     * The sums less the year-end entries booked in the range: the profit and loss account shows a
     * year's income and expenses, not the entry that closed them into the carried forward account.
     */
    private Map<UUID, Sums> withoutYearEnd(Map<UUID, Sums> sums, LocalDate from, LocalDate to) {
        Map<UUID, Sums> result = new HashMap<>(sums);
        jdbc.query("""
                select l.account_id, sum(case when l.side = 'DEBIT' then l.amount else 0 end),
                       sum(case when l.side = 'CREDIT' then l.amount else 0 end)
                from year_end_entry y join transaction_view t on t.id = y.transaction_id
                join transaction_leg l on l.transaction_id = t.id
                where t.value_date between ? and ? group by l.account_id""", rs -> {
            UUID account = rs.getObject(1, UUID.class);
            Sums s = result.getOrDefault(account, Sums.ZERO);
            result.put(account, new Sums(s.debit().subtract(rs.getBigDecimal(2)), s.credit().subtract(rs.getBigDecimal(3))));
        }, from, to);
        return result;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount.setScale(Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0),
                java.math.RoundingMode.UNNECESSARY), currency);
    }

    // ---- trial balance

    @QueryHandler
    public ReportViews.TrialBalanceView handle(ReportQueries.GetTrialBalance q) {
        Map<UUID, Acc> accounts = accounts();
        Map<UUID, Sums> before = q.from() == null ? Map.of() : sums(null, q.from().minusDays(1));
        Map<UUID, Sums> during = sums(q.from(), q.to());
        List<ReportViews.TrialBalanceAccount> rows = new ArrayList<>();
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        for (Acc a : accounts.values()) {
            Sums open = before.getOrDefault(a.id(), Sums.ZERO);
            Sums moved = during.getOrDefault(a.id(), Sums.ZERO);
            int sign = a.type().isDebitNormal() ? 1 : -1;
            BigDecimal opening = open.net().multiply(BigDecimal.valueOf(sign));
            BigDecimal closing = opening.add(moved.net().multiply(BigDecimal.valueOf(sign)));
            rows.add(new ReportViews.TrialBalanceAccount(a.id(), a.number(), a.name(), a.type(), a.currency(),
                    money(opening, a.currency()), money(moved.debit(), a.currency()), money(moved.credit(), a.currency()),
                    money(closing, a.currency())));
            BigDecimal[] t = totals.computeIfAbsent(a.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(moved.debit());
            t[1] = t[1].add(moved.credit());
        }
        Map<String, ReportViews.CurrencyTotals> byCurrency = new TreeMap<>();
        totals.forEach((c, t) -> byCurrency.put(c, new ReportViews.CurrencyTotals(money(t[0], c), money(t[1], c),
                t[0].compareTo(t[1]) == 0)));
        return new ReportViews.TrialBalanceView(q.from(), q.to(),
                byCurrency.values().stream().allMatch(ReportViews.CurrencyTotals::balanced), byCurrency, rows);
    }

    // ---- balance sheet and profit and loss

    /** Amounts per account, now and then, in the statement's sign. */
    private record Amounts(Map<UUID, BigDecimal> now, Map<UUID, BigDecimal> then) {
    }

    @QueryHandler
    public ReportViews.BalanceSheetView handle(ReportQueries.GetBalanceSheet q) {
        LocalDate previous = q.date().minusYears(1);
        Map<UUID, Acc> accounts = inCurrency(q.currency());
        Map<UUID, Sums> now = sums(null, q.date());
        Map<UUID, Sums> then = sums(null, previous);
        Amounts amounts = new Amounts(new HashMap<>(), new HashMap<>());
        for (Acc a : accounts.values()) {
            if (Statement.of(a.type()) == Statement.PROFIT_AND_LOSS) {
                continue;
            }
            // Assets by debits minus credits, equity and liabilities by credits minus debits.
            int sign = a.type() == AccountType.ASSET ? 1 : -1;
            amounts.now().put(a.id(), now.getOrDefault(a.id(), Sums.ZERO).net().multiply(BigDecimal.valueOf(sign)));
            amounts.then().put(a.id(), then.getOrDefault(a.id(), Sums.ZERO).net().multiply(BigDecimal.valueOf(sign)));
        }
        // The result not yet closed into equity: this financial year's (Jahresüberschuss, P.A.V),
        // and the earlier years' (shown under P.A.IV until a year-end closing carries it forward).
        LocalDate yearStart = q.date().withDayOfYear(1);
        LocalDate previousYearStart = previous.withDayOfYear(1);
        // All results up to a date are in the sums read above; the earlier years' is that less this year's.
        BigDecimal result = result(accounts, sums(yearStart, q.date()));
        BigDecimal earlier = result(accounts, now).subtract(result);
        BigDecimal previousResult = result(accounts, sums(previousYearStart, previous));
        BigDecimal previousEarlier = result(accounts, then).subtract(previousResult);
        Map<String, BigDecimal[]> synthetic = Map.of("P.A.V", new BigDecimal[] {result, previousResult},
                "P.A.IV", new BigDecimal[] {earlier, previousEarlier});

        List<StatementLine> assets = lines(Statement.ASSETS, accounts, amounts, Map.of(), q.currency());
        List<StatementLine> equity = lines(Statement.EQUITY_AND_LIABILITIES, accounts, amounts, synthetic, q.currency());
        Money totalAssets = total(assets, false, q.currency());
        Money previousAssets = total(assets, true, q.currency());
        Money totalEquity = total(equity, false, q.currency());
        Money previousEquity = total(equity, true, q.currency());
        return new ReportViews.BalanceSheetView(q.date(), previous, q.currency(), assets, equity, totalAssets,
                previousAssets, totalEquity, previousEquity,
                totalAssets.equals(totalEquity) && previousAssets.equals(previousEquity));
    }

    @QueryHandler
    public ReportViews.ProfitAndLossView handle(ReportQueries.GetProfitAndLoss q) {
        LocalDate previousFrom = q.from().minusYears(1);
        LocalDate previousTo = q.to().minusYears(1);
        Map<UUID, Acc> accounts = inCurrency(q.currency());
        Map<UUID, Sums> now = withoutYearEnd(sums(q.from(), q.to()), q.from(), q.to());
        Map<UUID, Sums> then = withoutYearEnd(sums(previousFrom, previousTo), previousFrom, previousTo);
        Amounts amounts = new Amounts(new HashMap<>(), new HashMap<>());
        for (Acc a : accounts.values()) {
            if (Statement.of(a.type()) != Statement.PROFIT_AND_LOSS) {
                continue;
            }
            // Signed by the effect on the result: income credits minus debits, expenses likewise (negative).
            amounts.now().put(a.id(), now.getOrDefault(a.id(), Sums.ZERO).net().negate());
            amounts.then().put(a.id(), then.getOrDefault(a.id(), Sums.ZERO).net().negate());
        }
        List<StatementLine> lines = lines(Statement.PROFIT_AND_LOSS, accounts, amounts, Map.of(), q.currency());
        return new ReportViews.ProfitAndLossView(q.from(), q.to(), previousFrom, previousTo, q.currency(), lines,
                total(lines, false, q.currency()), total(lines, true, q.currency()));
    }

    private Map<UUID, Acc> inCurrency(String currency) {
        Map<UUID, Acc> result = new LinkedHashMap<>();
        accounts().forEach((id, a) -> {
            if (a.currency().equals(currency)) {
                result.put(id, a);
            }
        });
        return result;
    }

    /** Revenue minus expenses of these sums. */
    private static BigDecimal result(Map<UUID, Acc> accounts, Map<UUID, Sums> sums) {
        BigDecimal result = BigDecimal.ZERO;
        for (Acc a : accounts.values()) {
            if (Statement.of(a.type()) == Statement.PROFIT_AND_LOSS) {
                result = result.subtract(sums.getOrDefault(a.id(), Sums.ZERO).net());
            }
        }
        return result;
    }

    /**
     * The statement's positions in display order with their accounts, each position's amount
     * the sum of its accounts, its synthetic amount (the result) and its sub-positions. Only
     * accounts and positions with an amount now or then are listed (positions with their parents).
     */
    private static List<StatementLine> lines(Statement statement, Map<UUID, Acc> accounts, Amounts amounts,
                                             Map<String, BigDecimal[]> synthetic, String currency) {
        List<AccountGroups.Group> groups = new ArrayList<>(AccountGroups.all().stream()
                .filter(g -> g.statement() == statement).toList());
        groups.add(new AccountGroups.Group(UNASSIGNED, null, statement, "Ohne Gruppe", "Not assigned to a group"));
        Map<String, List<AccountAmount>> byGroup = new HashMap<>();
        Map<String, BigDecimal[]> own = new HashMap<>();
        for (Acc a : accounts.values()) {
            if (!amounts.now().containsKey(a.id()) || Statement.of(a.type()) != statement) {
                continue;
            }
            BigDecimal now = amounts.now().get(a.id());
            BigDecimal then = amounts.then().get(a.id());
            if (now.signum() == 0 && then.signum() == 0) {
                continue; // an account with nothing to show, now or then
            }
            String position = AccountGroups.find(a.position()).filter(g -> g.statement() == statement)
                    .map(AccountGroups.Group::code).orElse(UNASSIGNED);
            byGroup.computeIfAbsent(position, g -> new ArrayList<>()).add(new AccountAmount(a.id(), a.number(), a.name(),
                    money(now, currency), money(then, currency)));
            BigDecimal[] sum = own.computeIfAbsent(position, g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(now);
            sum[1] = sum[1].add(then);
        }
        synthetic.forEach((code, values) -> {
            BigDecimal[] sum = own.computeIfAbsent(code, g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(values[0]);
            sum[1] = sum[1].add(values[1]);
        });
        // Totals bottom-up: children come after their parents, so walk the list backwards.
        Map<String, BigDecimal[]> total = new HashMap<>();
        Map<String, Boolean> shown = new HashMap<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            AccountGroups.Group g = groups.get(i);
            BigDecimal[] t = total.computeIfAbsent(g.code(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal[] o = own.getOrDefault(g.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(o[0]);
            t[1] = t[1].add(o[1]);
            boolean show = shown.getOrDefault(g.code(), false) || byGroup.containsKey(g.code())
                    || t[0].signum() != 0 || t[1].signum() != 0;
            shown.put(g.code(), show);
            if (g.parent() != null) {
                BigDecimal[] p = total.computeIfAbsent(g.parent(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                p[0] = p[0].add(t[0]);
                p[1] = p[1].add(t[1]);
                if (show) {
                    shown.put(g.parent(), true);
                }
            }
        }
        List<StatementLine> lines = new ArrayList<>();
        for (AccountGroups.Group g : groups) {
            if (!shown.get(g.code())) {
                continue;
            }
            int level = 0;
            for (String p = g.parent(); p != null; p = AccountGroups.find(p).map(AccountGroups.Group::parent).orElse(null)) {
                level++;
            }
            lines.add(new StatementLine(g.code(), g.parent(), level, g.nameDe(), g.nameEn(),
                    money(total.get(g.code())[0], currency), money(total.get(g.code())[1], currency),
                    byGroup.getOrDefault(g.code(), List.of())));
        }
        return lines;
    }

    /** The sum of the top-level positions. */
    private static Money total(List<StatementLine> lines, boolean previous, String currency) {
        return lines.stream().filter(l -> l.parent() == null).map(l -> previous ? l.previousAmount() : l.amount())
                .reduce(Money.zero(currency), Money::plus);
    }

    // ---- VAT return

    /** Labels of the boxes of the German VAT advance return this product reports. */
    static final Map<String, String> BOX_LABELS = Map.ofEntries(
            Map.entry("41", "Innergemeinschaftliche Lieferungen an Abnehmer mit USt-IdNr."),
            Map.entry("81", "Steuerpflichtige Umsätze zum Steuersatz von 19 %"),
            Map.entry("86", "Steuerpflichtige Umsätze zum Steuersatz von 7 %"),
            Map.entry("46", "Sonstige Leistungen eines im übrigen Gemeinschaftsgebiet ansässigen Unternehmers (§ 13b Abs. 1 UStG)"),
            Map.entry("47", "Steuer zu Kz. 46"),
            Map.entry("84", "Andere Leistungen (§ 13b Abs. 2 UStG)"),
            Map.entry("85", "Steuer zu Kz. 84"),
            Map.entry("66", "Vorsteuerbeträge aus Rechnungen von anderen Unternehmern"),
            Map.entry("67", "Vorsteuerbeträge aus Leistungen im Sinne des § 13b UStG"));

    @QueryHandler
    public ReportViews.VatReturnView handle(ReportQueries.GetVatReturn q) {
        Map<String, VatBoxes.TaxCodeBoxes> codes = new HashMap<>();
        jdbc.query("select code, kind, base_box, tax_box, input_tax_box from tax_code_view", rs -> {
            codes.put(rs.getString(1), new VatBoxes.TaxCodeBoxes(TaxKind.valueOf(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getString(5)));
        });
        VatBoxes vat = new VatBoxes();
        jdbc.query("""
                select tax_code, tax_role, sum(debit), sum(credit) from vat_day_total
                where booking_date between ? and ? and recorded_on <= ? group by tax_code, tax_role""", rs -> {
            VatBoxes.TaxCodeBoxes code = codes.get(rs.getString(1));
            if (code != null) {
                vat.add(code, rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4));
            }
        }, q.from(), q.to(), q.asOf());
        List<ReportViews.VatReturnLine> lines = vat.boxes().stream().map(b -> new ReportViews.VatReturnLine(b.box(),
                BOX_LABELS.getOrDefault(b.box(), "Kz. " + b.box()), b.base() == null ? null : money(b.base(), q.currency()),
                b.tax() == null ? null : money(b.tax(), q.currency()))).toList();
        return new ReportViews.VatReturnView(q.period(), q.from(), q.to(), q.asOf(), q.currency(), lines,
                money(vat.outputTax(), q.currency()), money(vat.inputTax(), q.currency()),
                money(vat.payable(), q.currency()));
    }
}
