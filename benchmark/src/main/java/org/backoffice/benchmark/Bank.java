package org.backoffice.benchmark;

import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.backoffice.benchmark.Api.quote;
import static org.backoffice.benchmark.Report.count;
import static org.backoffice.benchmark.Report.fmt;
import static org.backoffice.benchmark.Report.mib;
import static org.backoffice.benchmark.Report.rate;
import static org.backoffice.benchmark.Report.seconds;

/**
 * Money through the bank at size (issue 17's targets): a camt.053.001.08 statement of N entries
 * imported and matched against N open items of N/10 customers (entries per second from the upload
 * until every entry is booked, target at least 1,000/s), and a supplier payment run of N payments
 * (prepared, approved by a second user, booked, written as one pain.001 file). N is 10,000 (500
 * with --quick). The fixture (partners and invoices) is posted by 16 clients and not measured.
 */
final class Bank {

    private static final int CLIENTS = 16;

    private final Api api;
    private final Api approver;
    private final Report report;
    private final MemorySampler sampler;
    private final int n;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    private UUID bank;
    private String bankIban;
    private UUID transit;
    private UUID revenue;
    private UUID expense;

    Bank(Api api, Api approver, Report report, MemorySampler sampler, boolean quick) {
        this.api = api;
        this.approver = approver;
        this.report = report;
        this.sampler = sampler;
        this.n = quick ? 500 : 10_000;
    }

    void run() throws Exception {
        setUp();
        statement();
        paymentRun();
    }

    private static String iban(long i) {
        return new Iban.Builder().countryCode(CountryCode.DE).bankCode("37040044")
                .accountNumber(String.format("%010d", i)).build().toString();
    }

    private UUID open(String number, String name, String type, String group, String overdraft) {
        UUID id = UUID.randomUUID();
        api.expect("/api/v1/accounts", "{\"id\": " + quote(id) + ", \"number\": " + quote("K" + tag + "-" + number)
                + ", \"name\": " + quote(name) + ", \"type\": " + quote(type) + ", \"currency\": \"EUR\", \"group\": "
                + quote(group) + (overdraft == null ? "" : ", \"overdraftLimit\": {\"amount\": " + quote(overdraft)
                + ", \"currency\": \"EUR\"}") + "}", 201);
        return id;
    }

    private void setUp() {
        bank = open("1200", "Bank", "ASSET", "B.IV", "1000000000.00");
        bankIban = iban(9_000_000_000L + Math.abs(tag.hashCode() % 1_000_000_000L));
        api.expect("/api/v1/accounts/" + bank + "/bank-details", "{\"iban\": " + quote(bankIban) + "}", 200);
        transit = open("1360", "Geldtransit", "ASSET", "B.II.4", null);
        revenue = open("8400", "Erlöse", "REVENUE", "GUV.1", null);
        expense = open("4900", "Aufwand", "EXPENSE", "GUV.8", null);
    }

    private static void parallel(int count, IntFunction<Api.Response> request) throws Exception {
        Api.parallel(CLIENTS, count, request);
    }

    private record Partner(UUID id, UUID account, String iban) {
    }

    private List<Partner> partners(String kind, int count, long ibanBase) throws Exception {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            partners.add(new Partner(UUID.randomUUID(), null, iban(ibanBase + i)));
        }
        List<Partner> registered = new ArrayList<>(java.util.Collections.nCopies(count, null));
        parallel(count, i -> {
            Partner p = partners.get(i);
            Api.Response r = api.post("/api/v1/partners", "{\"id\": " + quote(p.id()) + ", \"kind\": " + quote(kind)
                    + ", \"name\": " + quote(kind + " " + tag + " " + i) + ", \"accountNumber\": "
                    + quote(kind.charAt(0) + tag + i) + ", \"paymentTermDays\": 14, \"bankDetails\": {\"iban\": "
                    + quote(p.iban()) + "}}");
            if (r.ok()) {
                synchronized (registered) {
                    registered.set(i, new Partner(p.id(), UUID.fromString(r.text("accountId")), p.iban()));
                }
            }
            return r;
        });
        return registered;
    }

    private static String amount(int i) {
        return (100 + i % 900) + "." + String.format("%02d", i % 100);
    }

    private Api.Response invoice(String number, UUID debit, UUID credit, String amount) {
        String leg = "{\"accountId\": %s, \"side\": \"%s\", \"amount\": {\"amount\": %s, \"currency\": \"EUR\"}}";
        return api.post("/api/v1/journal-entries", "{\"documentNumber\": " + quote(number)
                + ", \"bookingDate\": \"2026-10-01\", \"text\": " + quote(number) + ", \"legs\": ["
                + String.format(leg, quote(debit), "DEBIT", quote(amount)) + ", "
                + String.format(leg, quote(credit), "CREDIT", quote(amount)) + "]}");
    }

    private void statement() throws Exception {
        int customers = Math.max(1, n / 10);
        Log.info("bank: %d customers, %d invoices", customers, n);
        List<Partner> cs = partners("CUSTOMER", customers, 1_000_000_000L + Math.abs(tag.hashCode() % 100_000_000L) * 10);
        parallel(n, i -> invoice("BI" + tag + "-" + i, cs.get(i % customers).account(), revenue, amount(i)));

        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                + "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>BENCH-" + tag
                + "</MsgId><CreDtTm>2026-11-01T08:00:00</CreDtTm></GrpHdr><Stmt><Id>BENCH-" + tag + "</Id>"
                + "<Acct><Id><IBAN>" + bankIban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>");
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String a = amount(i);
            total = total.add(new java.math.BigDecimal(a));
            entries.append("<Ntry><Amt Ccy=\"EUR\">").append(a).append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>")
                    .append("<BookgDt><Dt>2026-10-20</Dt></BookgDt><ValDt><Dt>2026-10-20</Dt></ValDt><AcctSvcrRef>BS")
                    .append(tag).append('-').append(i).append("</AcctSvcrRef><BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>DK</Issr>")
                    .append("</Prtry></BkTxCd><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Customer ").append(i % customers)
                    .append("</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>").append(cs.get(i % customers).iban())
                    .append("</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>Invoice BI").append(tag).append('-').append(i)
                    .append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
        }
        xml.append("<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Dt><Dt>2026-10-19</Dt></Dt></Bal><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">")
                .append(total.toPlainString()).append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-10-20</Dt></Dt></Bal>")
                .append(entries).append("</Stmt></BkToCstmrStmt></Document>");
        String file = xml.toString();

        Log.info("bank: importing a statement of %d entries (%s)", n, mib(file.length()));
        sampler.phase("bank statement import");
        long start = System.nanoTime();
        Api.Response imported = api.postXml("/api/v1/bank-statements", file);
        long importNanos = System.nanoTime() - start;
        if (imported.status() != 201) {
            throw new IllegalStateException("the statement import answered " + imported);
        }
        String statement = imported.text("id");
        long matched;
        while (true) {
            Api.Response list = api.get("/api/v1/bank-statements?accountId=" + bank);
            var s = list.json().path("items").path(0);
            if (s.path("id").asText().equals(statement) && s.path("waiting").asInt() == 0) {
                matched = s.path("matched").asLong();
                break;
            }
            Thread.sleep(200);
        }
        double total_s = (System.nanoTime() - start) / 1e9;
        double perSecond = n / total_s;
        report.row(fmt("bank: a camt.053.001.08 statement of %s entries (%s): upload, parse and store", count(n),
                mib(file.length())), seconds(importNanos / 1e9));
        report.row(fmt("bank: the same statement imported and every entry matched and booked (%s of %s matched "
                        + "by document number, each a customer payment settling its item)", count(matched), count(n)),
                fmt("%s, %s", seconds(total_s), rate(perSecond, "entries")), "≥ 1,000 entries/s",
                perSecond >= 1000 && matched == n);
        Log.info("bank: statement %s: %d matched in %.1f s", statement, matched, total_s);
    }

    private void paymentRun() throws Exception {
        Log.info("bank: %d suppliers with an invoice each", n);
        List<Partner> ss = partners("SUPPLIER", n, 5_000_000_000L + Math.abs(tag.hashCode() % 100_000_000L) * 10);
        parallel(n, i -> invoice("BE" + tag + "-" + i, expense, ss.get(i).account(), amount(i)));
        // The proposal reads the open items read model: wait until it has them all.
        while (true) {
            var items = api.get("/api/v1/partners/" + ss.get(n - 1).id() + "/open-items?asOf=2026-12-31").json().path("items");
            var first = api.get("/api/v1/partners/" + ss.get(0).id() + "/open-items?asOf=2026-12-31").json().path("items");
            if (items.size() == 1 && first.size() == 1) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        sampler.phase("payment run");
        long start = System.nanoTime();
        Api.Response prepared = api.post("/api/v1/payment-runs", "{\"bankAccountId\": " + quote(bank)
                + ", \"transitAccountId\": " + quote(transit) + ", \"dueUntil\": \"2026-12-31\", \"executionDate\": \""
                + java.time.LocalDate.now() + "\"}");
        long prepareNanos = System.nanoTime() - start;
        if (prepared.status() != 201) {
            throw new IllegalStateException("the payment run answered " + prepared);
        }
        String run = prepared.text("id");
        int payments = prepared.json().path("payments").asInt();
        long approveStart = System.nanoTime();
        Api.Response approved = approver.post("/api/v1/payment-runs/" + run + "/approval", "");
        if (approved.status() != 200) {
            throw new IllegalStateException("the approval answered " + approved);
        }
        while (true) { // the latest run first; the read model may not show it for a moment
            com.fasterxml.jackson.databind.JsonNode latest = api.get("/api/v1/payment-runs?size=5").json().path("items").path(0);
            if (latest.path("id").asText().equals(run) && latest.path("status").asText().equals("READY")) {
                break;
            }
            Thread.sleep(200);
        }
        double bookingSeconds = (System.nanoTime() - approveStart) / 1e9;
        long fileStart = System.nanoTime();
        Api.Response file = api.get("/api/v1/payment-runs/" + run + "/file");
        double fileSeconds = (System.nanoTime() - fileStart) / 1e9;
        int transfers = file.body().split("<CdtTrfTxInf>", -1).length - 1;
        report.row(fmt("bank: a payment run of %s supplier payments: proposed and prepared", count(payments)),
                seconds(prepareNanos / 1e9));
        report.row(fmt("bank: the run approved and its %s payments booked (debit payable settling the item, credit "
                + "transit)", count(payments)), fmt("%s, %s", seconds(bookingSeconds), rate(payments / bookingSeconds,
                "payments")));
        report.row(fmt("bank: its pain.001.001.09 file of %s transfers (%s) read", count(transfers), mib(file.body().length())),
                seconds(fileSeconds), "every payment in the file", transfers == n && payments == n);
        report.row("bank: peak heap used during the statement import and the payment run",
                fmt("%s (statement), %s (payment run)", mib(sampler.peakHeapBytes("bank statement import")),
                        mib(sampler.peakHeapBytes("payment run"))));
    }
}
