package org.backoffice.infra.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Bank statements as a German bank writes them (ISO 20022 camt.053.001.08 or .001.02), for the
 * tests: a builder of the file's text. Every test checks its files against the official schema
 * too (Iso20022Schemas), so that what the application reads is what a bank sends.
 */
public final class Camt {

    private final String version;
    private final String iban;
    private final List<String> entries = new ArrayList<>();
    private String opening = "0.00";
    private String closing = "0.00";
    private String from = "2026-11-01";
    private String to = "2026-11-30";
    private String currency = "EUR";

    private Camt(String version, String iban) {
        this.version = version;
        this.iban = iban;
    }

    public static Camt v08(String iban) {
        return new Camt("08", iban);
    }

    public static Camt v02(String iban) {
        return new Camt("02", iban);
    }

    public Camt balances(String opening, String closing) {
        this.opening = opening;
        this.closing = closing;
        return this;
    }

    public Camt period(String from, String to) {
        this.from = from;
        this.to = to;
        return this;
    }

    public Camt currency(String currency) {
        this.currency = currency;
        return this;
    }

    /** One transaction of an entry. name/iban: the counterparty (debtor of money in, creditor of money out). */
    public record Tx(String endToEndId, String amount, String name, String iban, String remittance, String creditorReference,
                     String returnReason) {

        public static Tx of(String name, String iban, String remittance) {
            return new Tx(null, null, name, iban, remittance, null, null);
        }
    }

    /** A booked entry: CRDT (in) or DBIT (out), with its transactions. */
    public Camt entry(String reference, String date, String creditDebit, String amount, boolean reversal, Tx... txs) {
        boolean v08 = version.equals("08");
        StringBuilder e = new StringBuilder("<Ntry>");
        e.append("<Amt Ccy=\"").append(currency).append("\">").append(amount).append("</Amt>");
        e.append("<CdtDbtInd>").append(creditDebit).append("</CdtDbtInd>");
        if (reversal) {
            e.append("<RvslInd>true</RvslInd>");
        }
        e.append(v08 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>");
        e.append("<BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>").append(date).append("</Dt></ValDt>");
        if (reference != null) {
            e.append("<AcctSvcrRef>").append(reference).append("</AcctSvcrRef>");
        }
        e.append("<BkTxCd><Prtry><Cd>").append(creditDebit.equals("CRDT") ? "NTRF+166" : "NTRF+116")
                .append("</Cd><Issr>DK</Issr></Prtry></BkTxCd>");
        if (txs.length > 0) {
            e.append("<NtryDtls>");
            for (Tx t : txs) {
                e.append("<TxDtls>");
                if (t.endToEndId() != null) {
                    e.append("<Refs><EndToEndId>").append(t.endToEndId()).append("</EndToEndId></Refs>");
                }
                if (v08 && t.amount() != null) {
                    e.append("<Amt Ccy=\"").append(currency).append("\">").append(t.amount()).append("</Amt>")
                            .append("<CdtDbtInd>").append(creditDebit).append("</CdtDbtInd>");
                }
                if (!v08 && t.amount() != null) {
                    e.append("<AmtDtls><TxAmt><Amt Ccy=\"").append(currency).append("\">").append(t.amount())
                            .append("</Amt></TxAmt></AmtDtls>");
                }
                if (t.name() != null || t.iban() != null) {
                    String party = creditDebit.equals("CRDT") ? "Dbtr" : "Cdtr";
                    e.append("<RltdPties>");
                    if (t.name() != null) {
                        e.append("<").append(party).append(">").append(v08 ? "<Pty><Nm>" : "<Nm>").append(t.name())
                                .append(v08 ? "</Nm></Pty>" : "</Nm>").append("</").append(party).append(">");
                    }
                    if (t.iban() != null) {
                        e.append("<").append(party).append("Acct><Id><IBAN>").append(t.iban()).append("</IBAN></Id></")
                                .append(party).append("Acct>");
                    }
                    e.append("</RltdPties>");
                }
                if (t.remittance() != null || t.creditorReference() != null) {
                    e.append("<RmtInf>");
                    if (t.remittance() != null) {
                        e.append("<Ustrd>").append(t.remittance()).append("</Ustrd>");
                    }
                    if (t.creditorReference() != null) {
                        e.append("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>")
                                .append(t.creditorReference()).append("</Ref></CdtrRefInf></Strd>");
                    }
                    e.append("</RmtInf>");
                }
                if (t.returnReason() != null) {
                    e.append("<RtrInf><Rsn><Cd>").append(t.returnReason()).append("</Cd></Rsn></RtrInf>");
                }
                e.append("</TxDtls>");
            }
            e.append("</NtryDtls>");
        }
        e.append("</Ntry>");
        entries.add(e.toString());
        return this;
    }

    private String balance(String code, String amount, String date) {
        boolean negative = amount.startsWith("-");
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + currency + "\">"
                + (negative ? amount.substring(1) : amount) + "</Amt><CdtDbtInd>" + (negative ? "DBIT" : "CRDT")
                + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    public String xml() {
        String message = "camt.053.001." + version;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + message + "\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>MSG-" + to + "-" + iban.substring(iban.length() - 4) + "</MsgId>"
                + "<CreDtTm>" + to + "T22:00:00</CreDtTm></GrpHdr><Stmt><Id>STMT-" + from + "-" + to + "</Id>"
                + "<CreDtTm>" + to + "T22:00:00</CreDtTm>"
                + "<FrToDt><FrDtTm>" + from + "T00:00:00</FrDtTm><ToDtTm>" + to + "T23:59:59</ToDtTm></FrToDt>"
                + "<Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>" + currency + "</Ccy></Acct>"
                + balance("OPBD", opening, from) + balance("CLBD", closing, to)
                + String.join("", entries) + "</Stmt></BkToCstmrStmt></Document>\n";
    }

    public String message() {
        return "camt.053.001." + version;
    }
}
