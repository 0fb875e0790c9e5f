package org.backoffice.infra.sample;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.command.accounting.bank.BankStatementCommands;
import org.backoffice.command.accounting.bank.BankStatementHandler;
import org.backoffice.command.accounting.bank.CamtReader;
import org.backoffice.command.accounting.chart.ApplyChartTemplateCommand;
import org.backoffice.command.accounting.closing.BooksCommands;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.PartnerTerms;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand.Line;
import org.backoffice.command.accounting.ledger.SetBankDetailsCommand;
import org.backoffice.command.accounting.ledger.Settlement;
import org.backoffice.command.accounting.ledger.TaxAmounts;
import org.backoffice.command.accounting.partner.PartnerCommands;
import org.backoffice.command.accounting.partner.PartnerHandler;
import org.backoffice.command.accounting.paymentrun.PaymentProposals;
import org.backoffice.command.accounting.paymentrun.PaymentRunCommands;
import org.backoffice.command.accounting.payroll.PayrollCommands;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands;
import org.backoffice.command.it.purchasing.PurchasingAccounts;
import org.backoffice.command.it.purchasing.PurchasingCommands;
import org.backoffice.events.accounting.AccountGroups;
import org.backoffice.events.accounting.BankDetails;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.accounting.PartyKind;
import org.backoffice.events.common.Money;
import org.backoffice.query.accounting.payroll.PayrollRunProjection;
import org.backoffice.query.accounting.reports.ReportQueries;
import org.backoffice.query.accounting.reports.ReportViews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Accounting's year: the ledger from SKR03 with the balances brought from before, customers and
 * suppliers, their invoices and payments month by month, the monthly payrolls, the last month's
 * bank statement matched to the open items, a supplier payment run, a standing order, and the
 * closed months.
 */
final class SampleBooks {

    /** A supplier of the company and what it bills: each month (months 0), or in some months. */
    private record SupplierPlan(String name, String code, String expense, String taxCode, int lo, int hi, int terms,
                                Set<Integer> months, boolean iban, String text) {
    }

    private static final Set<Integer> EVERY_MONTH = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    private static final List<SupplierPlan> SUPPLIERS = List.of(
            new SupplierPlan("Severin Immobilienverwaltung GmbH", "MIETE", "4210", "VSt19", 6800, 6800, 5, EVERY_MONTH, true,
                    "Miete Büro und Werkstatt"),
            new SupplierPlan("Würth Haustechnik GmbH", "WUERTH", "3400", "VSt19", 4000, 14000, 30, EVERY_MONTH, true,
                    "Installationsmaterial"),
            new SupplierPlan("Telekom Deutschland GmbH", "TELEKOM", "4920", "VSt19", 380, 520, 14, EVERY_MONTH, true,
                    "Telefon und Mobilfunk"),
            new SupplierPlan("Steuerberatung Hahn & Partner mbB", "STB", "4950", "VSt19", 950, 1400, 14, EVERY_MONTH, true,
                    "Finanzbuchhaltung und Lohn"),
            new SupplierPlan("Bechtle AG", "BECHTLE", "4806", "VSt19", 400, 2400, 30, Set.of(2, 4, 6, 8, 10, 12), true,
                    "IT-Dienstleistungen"),
            new SupplierPlan("Office Partner GmbH", "OFFICE", "4930", "VSt19", 120, 680, 14, Set.of(1, 3, 5, 7, 9, 11), true,
                    "Bürobedarf"),
            new SupplierPlan("AXA Versicherung AG", "AXA", "4360", null, 1850, 1850, 14, Set.of(1, 4, 7, 10), true,
                    "Betriebshaftpflicht, Quartal"),
            new SupplierPlan("Atlassian B.V.", "ATL", "4964", "RC19", 180, 260, 0, EVERY_MONTH, false,
                    "Jira und Confluence Cloud"));

    /** A customer or supplier as registered, with its personal account. */
    record Partner(UUID id, UUID account, String name, String iban, int terms, int habit) {
    }

    /** An open item the sample booked: an invoice out or a bill in, and when it will be paid (null: not). */
    record Item(UUID id, String number, Partner partner, LocalDate date, LocalDate due, BigDecimal gross, boolean customer,
                LocalDate paid) {
    }

    private final Sample s;
    private final AccountNumberRegistry accounts;
    private final QueryGateway queries;
    private final String companyName;

    UUID bank;
    UUID transit;
    UUID salaries;
    private String companyIban;
    private final List<Partner> customers = new ArrayList<>();
    private final List<Partner> euCustomers = new ArrayList<>();
    private final List<Partner> suppliers = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private int invoiceNumber;
    /** Bechtle: the catalogue's supplier. */
    Partner hardwareSupplier;

    SampleBooks(Sample s, AccountNumberRegistry accounts, QueryGateway queries, String companyName) {
        this.s = s;
        this.accounts = accounts;
        this.queries = queries;
        this.companyName = companyName;
    }

    UUID account(String number) {
        return accounts.holderOf(number).orElseThrow(() -> new IllegalStateException("sample company: no account " + number));
    }

    // ---- the books' start ----

    void setUp() {
        s.send(Sample.ACCOUNTING, new ApplyChartTemplateCommand(AccountGroups.Template.SKR03, "EUR"));
        bank = account("1200");
        transit = account("1360");
        salaries = account("4100");
        String[] house = SampleNames.BANKS.get(0);
        companyIban = SampleNames.germanIban(house[0], 4_711_000_000L + s.between(100_000, 999_999));
        s.send(Sample.ACCOUNTING, new SetBankDetailsCommand(bank, new BankDetails(companyIban, house[1])));
        int year = s.first.getYear();
        s.send(Sample.ACCOUNTING, new BooksCommands.OpenFiscalYear(year, 1));
        s.send(Sample.ACCOUNTING, new BooksCommands.OpenFiscalYear(year + 1, 1));
        // Taken over from the former bookkeeping on 1 January: capital, the bank, the office's
        // furniture and the profits of the years before.
        BigDecimal cash = s.euros(320_000, 380_000, 1_000);
        BigDecimal furniture = s.euros(18_000, 26_000, 100);
        s.send(Sample.ACCOUNTING, new BooksCommands.EnterOpeningBalances(year, s.id(), List.of(
                new Line(bank, EntrySide.DEBIT, Sample.eur(cash)),
                new Line(account("0420"), EntrySide.DEBIT, Sample.eur(furniture)),
                new Line(account("0800"), EntrySide.CREDIT, Sample.eur("25000.00")),
                new Line(account("0860"), EntrySide.CREDIT, Sample.eur(cash.add(furniture).subtract(new BigDecimal("25000")))))));

        List<String> names = s.shuffled(SampleNames.CUSTOMERS).subList(0, 8);
        for (int i = 0; i < names.size(); i++) {
            customers.add(register(PartyKind.CUSTOMER, names.get(i), i % 3 == 0 ? 30 : 14, true, i % 4));
        }
        euCustomers.add(register(PartyKind.CUSTOMER, s.pick(SampleNames.EU_CUSTOMERS), 30, false, 1));
        for (SupplierPlan plan : SUPPLIERS) {
            Partner p = register(PartyKind.SUPPLIER, plan.name(), plan.terms(), plan.iban(), 0);
            suppliers.add(p);
            if (plan.code().equals("BECHTLE")) {
                hardwareSupplier = p;
            }
        }
        // Where IT's purchases post: office equipment (0490), low-value assets expensed (4855),
        // the monthly depreciation (4830), and what is left of a device retired early (4855).
        s.send(Sample.ACCOUNTING, new PurchasingCommands.SetPurchasingAccountsCommand(PurchasingAccounts.ID, account("0490"),
                account("4855"), account("4830"), account("4855")));
    }

    private Partner register(PartyKind kind, String name, int terms, boolean withIban, int habit) {
        String[] bankOf = s.pick(SampleNames.BANKS);
        String iban = withIban ? SampleNames.germanIban(bankOf[0], s.between(100_000_000, 999_999_999)) : null;
        UUID id = s.id();
        PartnerHandler.Registered registered = s.send(Sample.ACCOUNTING, new PartnerCommands.RegisterPartner(id, kind, name,
                null, "EUR", iban == null ? null : new BankDetails(iban, bankOf[1]), terms));
        return new Partner(id, registered.accountId(), name, iban, terms, habit);
    }

    // ---- a month of invoices, bills and payments ----

    /**
     * The month's invoices out and bills in, and the payments made in it. Of the history's last
     * month the customers' payments are not booked by hand: its bank statement brings them.
     */
    void month(YearMonth m) {
        int count = s.between(7, 9);
        for (int i = 0; i < count; i++) {
            Partner c = s.pick(customers);
            invoice(c, Sample.workday(m, s.between(1, 27)), s.euros(10_000, 40_000, 10), "8400", "USt19");
        }
        if (m.getMonthValue() % 3 == 0) {
            invoice(euCustomers.get(0), Sample.workday(m, s.between(5, 25)), s.euros(9_000, 24_000, 10), "8125", "IGL");
        }
        for (int i = 0; i < SUPPLIERS.size(); i++) {
            SupplierPlan plan = SUPPLIERS.get(i);
            if (plan.months().contains(m.getMonthValue())) {
                int times = plan.code().equals("WUERTH") ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    bill(plan, suppliers.get(i), plan.lo() == plan.hi() ? Sample.workday(m, 1) : Sample.workday(m, s.between(2, 26)),
                            s.euros(plan.lo(), plan.hi(), 10));
                }
            }
        }
        // The employer's social security contributions, drawn by the health insurer late in the month.
        LocalDate drawn = Sample.workday(m, 25);
        UUID contributions = s.id();
        BigDecimal social = s.euros(26_000, 29_000, 10).add(BigDecimal.valueOf(s.between(0, 99), 2));
        s.send(Sample.ACCOUNTING, new PostJournalEntryCommand(contributions, null, "BK", drawn, drawn,
                "Beitragsnachweis " + m + " AOK Rheinland/Hamburg", TaxAmounts.NET,
                List.of(new Line(account("4130"), EntrySide.DEBIT, Sample.eur(social)), new Line(bank, EntrySide.CREDIT, Sample.eur(social)))));
        bankOut.add(new Out(contributions, drawn, social, "AOK Rheinland/Hamburg", null, "Beitragsnachweis " + m));
        boolean last = m.equals(s.last());
        List<Item> due = items.stream().filter(it -> it.paid() != null && YearMonth.from(it.paid()).equals(m))
                .sorted(Comparator.comparing(Item::paid)).toList();
        for (Item it : due) {
            if (!(last && it.customer())) {
                pay(it);
            }
        }
    }

    private void invoice(Partner c, LocalDate date, BigDecimal net, String revenue, String taxCode) {
        invoiceNumber++;
        String number = "RE-" + date.getYear() + "-" + String.format("%04d", invoiceNumber);
        BigDecimal gross = taxCode.equals("USt19") ? net.add(net.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP)) : net;
        UUID id = s.id();
        LocalDate due = date.plusDays(c.terms());
        LocalDate paid = switch (c.habit()) {
            case 0 -> due.minusDays(s.between(0, 6));
            case 1 -> due.plusDays(s.between(0, 9));
            case 2 -> due.plusDays(s.between(3, 21));
            default -> due.plusDays(s.between(10, 40));
        };
        if (c.habit() == 3 && s.chance(0.15)) {
            paid = null; // disputed: still open, and overdue
        }
        s.send(Sample.ACCOUNTING, new PostJournalEntryCommand(id, number, null, date, date, "Rechnung " + number + " " + c.name(),
                TaxAmounts.NET, List.of(new Line(c.account(), EntrySide.DEBIT, Sample.eur(gross)),
                new Line(account(revenue), EntrySide.CREDIT, Sample.eur(net), taxCode)), PartnerTerms.NONE));
        items.add(new Item(id, number, c, date, due, gross, true, paid));
    }

    private void bill(SupplierPlan plan, Partner p, LocalDate date, BigDecimal net) {
        int seq = billNumbers.merge(plan.code(), 1, Integer::sum);
        String number = "ER-" + plan.code() + "-" + date.getYear() + "-" + String.format("%03d", seq);
        BigDecimal gross = "VSt19".equals(plan.taxCode())
                ? net.add(net.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP)) : net;
        UUID id = s.id();
        List<Line> lines = List.of(new Line(account(plan.expense()), EntrySide.DEBIT, Sample.eur(net), plan.taxCode()),
                new Line(p.account(), EntrySide.CREDIT, Sample.eur(gross)));
        s.send(Sample.ACCOUNTING, new PostJournalEntryCommand(id, number, null, date, date, plan.text() + " " + p.name(),
                TaxAmounts.NET, lines, PartnerTerms.NONE));
        LocalDate due = date.plusDays(plan.terms());
        items.add(new Item(id, number, p, date, due, gross, false, due.minusDays(s.between(0, Math.min(3, plan.terms())))));
    }

    private final java.util.Map<String, Integer> billNumbers = new java.util.HashMap<>();

    private void pay(Item it) {
        UUID id = s.id();
        Money amount = Sample.eur(it.gross());
        List<Line> lines = it.customer()
                ? List.of(new Line(bank, EntrySide.DEBIT, amount), new Line(it.partner().account(), EntrySide.CREDIT, amount))
                : List.of(new Line(it.partner().account(), EntrySide.DEBIT, amount), new Line(bank, EntrySide.CREDIT, amount));
        s.send(Sample.ACCOUNTING, new PostJournalEntryCommand(id, null, "BK", it.paid(), it.paid(),
                (it.customer() ? "Zahlungseingang " : "Zahlung ") + it.partner().name() + " " + it.number(), TaxAmounts.NET, lines,
                new PartnerTerms(null, List.of(new Settlement(it.id(), amount)))));
        if (!it.customer()) {
            bankOut.add(new Out(id, it.paid(), it.gross(), it.partner().name(), it.partner().iban(), it.number()));
        }
    }

    /** Money out booked by hand: on the statement, linked to its entry. */
    private record Out(UUID entry, LocalDate date, BigDecimal amount, String name, String iban, String remittance) {
    }

    private final List<Out> bankOut = new ArrayList<>();

    // ---- payroll ----

    /** The month's payroll, by hand as an accountant starts it; the last month's through money in transit. */
    void payroll(YearMonth m) {
        boolean last = m.equals(s.last());
        s.send(Sample.ACCOUNTING, new PayrollCommands.StartPayrollRunCommand(m, bank, salaries, last ? transit : null, companyName));
    }

    private PayrollRunProjection.PayrollRunView completedRun(YearMonth m) {
        return s.await("the payroll run of " + m, () -> queries.query(new PayrollRunProjection.FindPayrollRun(m),
                        ResponseTypes.optionalInstanceOf(PayrollRunProjection.PayrollRunView.class)).join()
                .filter(r -> r.status().equals("COMPLETED")));
    }

    // ---- the last month's bank statement ----

    /**
     * The bank's statement of the history's last month (camt.053.001.08), imported as an
     * accountant uploads it: the customers' payments are matched to their invoices by the
     * references they give, or by their IBAN and the amount; the payroll's transfers confirm its
     * payments in transit; the bills paid by hand are linked to their entries; a payment with a
     * mistyped reference and the bank's fee are booked by hand. Its opening balance is the books'
     * on the last day before it, so the reconciliation agrees.
     */
    void statement() {
        YearMonth m = s.last();
        PayrollRunProjection.PayrollRunView run = completedRun(m);
        s.awaitQuiet();
        ReportViews.TrialBalanceView before = queries.query(new ReportQueries.GetTrialBalance(null, m.atDay(1).minusDays(1)),
                ReportViews.TrialBalanceView.class).join();
        BigDecimal opening = before.accounts().stream().filter(a -> a.id().equals(bank)).map(a -> a.closing().amount())
                .findFirst().orElse(BigDecimal.ZERO);

        record Entry(LocalDate date, boolean credit, BigDecimal amount, String txs, Out out) {

            Entry(LocalDate date, boolean credit, BigDecimal amount, String txs) {
                this(date, credit, amount, txs, null);
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<Item> received = items.stream().filter(it -> it.customer() && it.paid() != null && YearMonth.from(it.paid()).equals(m))
                .sorted(Comparator.comparing(Item::paid)).toList();
        Item mistyped = received.size() > 2 ? received.get(received.size() / 2) : null;
        Item byIban = received.size() > 3 ? received.get(1) : null;
        for (Item it : received) {
            String remittance;
            String iban = it.partner().iban();
            if (it == mistyped) {
                remittance = "Rechnung " + it.number().substring(it.number().length() - 4) + " vom " + it.date();
                iban = SampleNames.germanIban(SampleNames.BANKS.get(2)[0], 9_000_000_000L + s.between(1, 999_999));
            } else if (it == byIban) {
                remittance = "Zahlung lt. Vereinbarung";
            } else {
                remittance = (s.chance(0.3) ? it.number().toLowerCase(java.util.Locale.ROOT) : it.number()) + " Danke";
            }
            entries.add(new Entry(it.paid(), true, it.gross(), tx(true, null, it.gross(), it.partner().name(), iban, remittance)));
        }
        for (Out o : bankOut) {
            if (YearMonth.from(o.date()).equals(m)) {
                entries.add(new Entry(o.date(), false, o.amount(), tx(false, null, o.amount(), o.name(), o.iban(), o.remittance()), o));
            }
        }
        StringBuilder payroll = new StringBuilder();
        BigDecimal payrollTotal = BigDecimal.ZERO;
        for (var p : run.payments()) {
            if (p.status().equals("PAID")) {
                payroll.append(tx(false, p.transactionId().toString().replace("-", ""), p.amount().amount(), null, null,
                        "Lohn/Gehalt " + m));
                payrollTotal = payrollTotal.add(p.amount().amount());
            }
        }
        entries.add(new Entry(m.atEndOfMonth(), false, payrollTotal, payroll.toString()));
        BigDecimal fee = new BigDecimal("38.70");
        entries.add(new Entry(m.atEndOfMonth(), false, fee, tx(false, null, null, null, null, "Entgelte " + m + " Kontoführung, Buchungsposten")));
        entries.sort(Comparator.comparing(Entry::date)); // stable: the same order for the same seed

        BigDecimal closing = opening;
        StringBuilder ntry = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            closing = e.credit() ? closing.add(e.amount()) : closing.subtract(e.amount());
            String cd = e.credit() ? "CRDT" : "DBIT";
            ntry.append("<Ntry><Amt Ccy=\"EUR\">").append(e.amount().toPlainString()).append("</Amt><CdtDbtInd>").append(cd)
                    .append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>").append(e.date()).append("</Dt></BookgDt><ValDt><Dt>")
                    .append(e.date()).append("</Dt></ValDt><AcctSvcrRef>").append(m.toString().replace("-", "")).append("-")
                    .append(String.format("%04d", i + 1)).append("</AcctSvcrRef><BkTxCd><Prtry><Cd>")
                    .append(e.credit() ? "NTRF+166" : "NTRF+116").append("</Cd><Issr>DK</Issr></Prtry></BkTxCd><NtryDtls>")
                    .append(e.txs()).append("</NtryDtls></Ntry>");
        }
        String from = m.atDay(1).toString();
        String to = m.atEndOfMonth().toString();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + CamtReader.CAMT_053_08 + "\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>STMT" + m.toString().replace("-", "") + "</MsgId><CreDtTm>" + to
                + "T22:00:00</CreDtTm></GrpHdr><Stmt><Id>KA-" + m + "</Id><CreDtTm>" + to + "T22:00:00</CreDtTm><FrToDt><FrDtTm>" + from
                + "T00:00:00</FrDtTm><ToDtTm>" + to + "T23:59:59</ToDtTm></FrToDt><Acct><Id><IBAN>" + companyIban
                + "</IBAN></Id><Ccy>EUR</Ccy></Acct>" + balance("OPBD", opening, from) + balance("CLBD", closing, to)
                + ntry + "</Stmt></BkToCstmrStmt></Document>\n";
        UUID statement = s.id();
        BankStatementHandler.Imported imported = s.send(Sample.ACCOUNTING,
                new BankStatementCommands.ImportBankStatement(statement, CamtReader.read(xml).get(0), Sample.ACCOUNTING));
        if (imported.statementId() == null) {
            throw new IllegalStateException("sample company: the statement was not imported");
        }
        s.awaitQuiet();
        // By hand what no rule could match, each as the accountant books it on the Bank page.
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            final int position = i;
            String status = s.jdbc().queryForObject("select status from bank_entry_view where statement_id = ? "
                    + "and position = ?", String.class, statement, position);
            if (!"UNMATCHED".equals(status)) {
                continue;
            }
            if (e.amount().equals(fee) && !e.credit()) {
                s.send(Sample.ACCOUNTING, new BankStatementCommands.AssignBankEntry(statement, position, null, List.of(),
                        account("4970"), null, "Kontoführung " + m, Sample.ACCOUNTING));
            } else if (e.credit() && mistyped != null && e.amount().equals(mistyped.gross())) {
                s.send(Sample.ACCOUNTING, new BankStatementCommands.AssignBankEntry(statement, position, mistyped.partner().id(),
                        List.of(new Settlement(mistyped.id(), Sample.eur(mistyped.gross()))), null, null,
                        "Zahlung " + mistyped.number() + " (Verwendungszweck unvollständig)", Sample.ACCOUNTING));
            } else if (e.out() != null) {
                s.send(Sample.ACCOUNTING, new BankStatementCommands.AssignBankEntry(statement, position, null, List.of(), null,
                        e.out().entry(), null, Sample.ACCOUNTING));
            }
        }
    }

    /** One transaction of an entry; the counterparty is the debtor of money in, the creditor of money out. */
    private static String tx(boolean credit, String endToEnd, BigDecimal amount, String name, String iban, String remittance) {
        StringBuilder t = new StringBuilder("<TxDtls>");
        if (endToEnd != null) {
            t.append("<Refs><EndToEndId>").append(endToEnd).append("</EndToEndId></Refs>");
        }
        if (amount != null) {
            t.append("<Amt Ccy=\"EUR\">").append(amount.toPlainString()).append("</Amt><CdtDbtInd>")
                    .append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd>");
        }
        String party = credit ? "Dbtr" : "Cdtr";
        if (name != null || iban != null) {
            t.append("<RltdPties>");
            if (name != null) {
                t.append("<").append(party).append("><Pty><Nm>").append(xml(name)).append("</Nm></Pty></").append(party).append(">");
            }
            if (iban != null) {
                t.append("<").append(party).append("Acct><Id><IBAN>").append(iban).append("</IBAN></Id></").append(party).append("Acct>");
            }
            t.append("</RltdPties>");
        }
        t.append("<RmtInf><Ustrd>").append(xml(remittance)).append("</Ustrd></RmtInf></TxDtls>");
        return t.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String balance(String code, BigDecimal amount, String date) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount.abs().toPlainString()
                + "</Amt><CdtDbtInd>" + (amount.signum() < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    // ---- today ----

    /**
     * What the domain dates today: the supplier payment run for the bills due in the next two
     * weeks (prepared by accounting, approved by admin: four eyes), and the rent paid by a
     * standing order from this month on.
     */
    void today(PaymentProposals proposals) {
        UUID run = s.id();
        PaymentProposals.Proposal proposal = proposals.dueBy(run, s.today.plusDays(14), "EUR", Set.of());
        if (!proposal.payments().isEmpty()) {
            s.send(Sample.ACCOUNTING, new PaymentRunCommands.PreparePaymentRun(run, Sample.ACCOUNTING, bank, companyName, transit,
                    s.today, s.today.plusDays(14), proposal.payments()));
            s.send(Sample.ADMIN, new PaymentRunCommands.ApprovePaymentRun(run, Sample.ADMIN));
        }
        Partner landlord = suppliers.get(0);
        s.send(Sample.ACCOUNTING, new StandingOrderCommands.CreateStandingOrderCommand(s.id(), landlord.account(), bank,
                Sample.eur(new BigDecimal("8092.00")), 3, s.anchor, null, "Miete Büro und Werkstatt, Mietvertrag 2019-04"));
    }

    // ---- closing ----

    /**
     * The months that ended before the last two are closed (each sealed a moment later), and the
     * year before this one is closed with its result carried forward once its months are sealed.
     */
    void close() {
        YearMonth lastClosed = s.anchor.minusMonths(3);
        int closed = 0;
        for (YearMonth m = s.first; !m.isAfter(lastClosed); m = m.plusMonths(1)) {
            s.send(Sample.ACCOUNTING, new BooksCommands.ClosePeriod(m.getYear(), m.getMonthValue()));
            closed++;
        }
        if (closed >= 12) {
            long sealed = closed;
            s.await("the seals of the closed months", () -> s.countEvents("FiscalPeriodSealedEvent") >= sealed
                    ? java.util.Optional.of(true) : java.util.Optional.empty());
            s.send(Sample.ACCOUNTING, new BooksCommands.CloseFiscalYear(s.first.getYear()));
        }
    }
}
