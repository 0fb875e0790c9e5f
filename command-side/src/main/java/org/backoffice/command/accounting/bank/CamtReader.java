package org.backoffice.command.accounting.bank;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.CashAccount16;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CashBalance3;
import com.prowidesoftware.swift.model.mx.dic.CashBalance8;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTimeChoice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.Party40Choice;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation7;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads an uploaded ISO 20022 bank-to-customer statement (camt.053.001.02 or .001.08) into
 * {@link StatementFile}s, one per account statement in it. The upload is hostile until read:
 * <ol>
 * <li>One streaming pass with the JDK's StAX reader, DTDs unsupported: any DOCTYPE is refused
 * before anything else reads the file, so no external entity is fetched (XXE) and no entity is
 * expanded (billion laughs); malformed XML is refused with where it broke. It also gives the
 * root's namespace, which names the message and its version.</li>
 * <li>Only then Prowide's model of that version reads it (its own reader also refuses DOCTYPEs).
 * Prowide reads leniently (an unknown code or a bad amount becomes null), so every value the
 * books need is checked here and its absence refused, naming the element.</li>
 * </ol>
 * Size is bounded by the caller (the upload limit), before this.
 */
public final class CamtReader {

    public static final String CAMT_053_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    public static final String CAMT_053_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private CamtReader() {
    }

    /** The upload cannot be read as a statement: what is wrong, for a 400. */
    public static final class UnreadableStatementException extends RuntimeException {
        public UnreadableStatementException(String message) {
            super(message);
        }
    }

    /** One account's statement of the file. opening may be empty (not every bank reports it). */
    public record StatementFile(String message, String messageId, String statementId, String iban, String currency,
                                Balance opening, Balance closing, List<BankEntry> entries, int pending) {
    }

    public record Balance(Money amount, LocalDate date) {
    }

    public static List<StatementFile> read(String xml) {
        String namespace = rootNamespace(xml);
        List<StatementFile> statements = switch (namespace) {
            case CAMT_053_02 -> v02(parsed(MxCamt05300102.parse(xml)));
            case CAMT_053_08 -> v08(parsed(MxCamt05300108.parse(xml)));
            default -> throw new UnreadableStatementException("the file is no camt.053.001.02 or camt.053.001.08 statement "
                    + "(its root element's namespace is '" + namespace + "')");
        };
        if (statements.isEmpty()) {
            throw new UnreadableStatementException("the file holds no statement (Stmt)");
        }
        return statements;
    }

    private static <T> T parsed(T mx) {
        if (mx == null) {
            throw new UnreadableStatementException("the file is not a readable camt.053 document");
        }
        return mx;
    }

    static String rootNamespace(String xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String namespace = null;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableStatementException("a DOCTYPE is not allowed in a statement (no DTDs, no entities)");
                }
                if (event == XMLStreamConstants.START_ELEMENT && namespace == null) {
                    namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                }
            }
        } catch (XMLStreamException e) {
            throw new UnreadableStatementException("the file is not well-formed XML: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was read from it that matters
                }
            }
        }
        if (namespace == null) {
            throw new UnreadableStatementException("the file holds no XML element");
        }
        return namespace;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new UnreadableStatementException(what + " is missing or invalid");
        }
    }

    private static Money money(BigDecimal value, String currency, String what) {
        require(value != null && currency != null, what);
        try {
            return new Money(value, currency);
        } catch (IllegalArgumentException e) {
            throw new UnreadableStatementException(what + ": " + e.getMessage());
        }
    }

    private static Money signed(Money m, boolean debit) {
        return debit ? m.negate() : m;
    }

    private static List<StatementFile> v02(MxCamt05300102 mx) {
        require(mx.getBkToCstmrStmt() != null && mx.getBkToCstmrStmt().getGrpHdr() != null, "BkToCstmrStmt/GrpHdr");
        String messageId = mx.getBkToCstmrStmt().getGrpHdr().getMsgId();
        List<StatementFile> result = new ArrayList<>();
        for (AccountStatement2 s : mx.getBkToCstmrStmt().getStmt()) {
            require(s.getAcct() != null && s.getAcct().getId() != null && s.getAcct().getId().getIBAN() != null, "Stmt/Acct/Id/IBAN");
            Balance opening = null;
            Balance closing = null;
            for (CashBalance3 b : s.getBal()) {
                String code = b.getTp() == null || b.getTp().getCdOrPrtry() == null || b.getTp().getCdOrPrtry().getCd() == null
                        ? null : b.getTp().getCdOrPrtry().getCd().value();
                require(b.getAmt() != null && b.getCdtDbtInd() != null, "Stmt/Bal/Amt");
                Balance balance = new Balance(signed(money(b.getAmt().getValue(), b.getAmt().getCcy(), "Stmt/Bal/Amt"),
                        b.getCdtDbtInd().value().equals("DBIT")), date(b.getDt()));
                if ("CLBD".equals(code)) {
                    closing = balance;
                } else if ("OPBD".equals(code) || ("PRCD".equals(code) && opening == null)) {
                    opening = balance;
                }
            }
            List<BankEntry> entries = new ArrayList<>();
            int pending = 0;
            for (ReportEntry2 n : s.getNtry()) {
                if (n.getSts() != null && !n.getSts().value().equals("BOOK")) {
                    pending++;
                    continue;
                }
                require(n.getAmt() != null && n.getCdtDbtInd() != null, "Ntry/Amt or Ntry/CdtDbtInd");
                Money amount = money(n.getAmt().getValue(), n.getAmt().getCcy(), "Ntry/Amt");
                List<BankEntry.Details> details = new ArrayList<>();
                for (EntryDetails1 d : n.getNtryDtls()) {
                    for (EntryTransaction2 t : d.getTxDtls()) {
                        details.add(details(t, n.getCdtDbtInd().value().equals("DBIT")));
                    }
                }
                String code = n.getBkTxCd() != null && n.getBkTxCd().getPrtry() != null ? n.getBkTxCd().getPrtry().getCd() : null;
                entries.add(entry(n.getAcctSvcrRef(), date(n.getBookgDt()), date(n.getValDt()), n.getCdtDbtInd().value(),
                        amount, Boolean.TRUE.equals(n.isRvslInd()), code, n.getAddtlNtryInf(), details));
            }
            result.add(new StatementFile("camt.053.001.02", messageId, s.getId(), s.getAcct().getId().getIBAN(),
                    s.getAcct().getCcy(), opening, closing, entries, pending));
        }
        return result;
    }

    private static BankEntry.Details details(EntryTransaction2 t, boolean debit) {
        String creditorReference = null;
        String remittance = null;
        if (t.getRmtInf() != null) {
            remittance = t.getRmtInf().getUstrd().isEmpty() ? null : String.join(" ", t.getRmtInf().getUstrd());
            for (StructuredRemittanceInformation7 strd : t.getRmtInf().getStrd()) {
                if (strd.getCdtrRefInf() != null && strd.getCdtrRefInf().getRef() != null) {
                    creditorReference = strd.getCdtrRefInf().getRef();
                    break;
                }
            }
        }
        Money amount = t.getAmtDtls() != null && t.getAmtDtls().getTxAmt() != null && t.getAmtDtls().getTxAmt().getAmt() != null
                ? money(t.getAmtDtls().getTxAmt().getAmt().getValue(), t.getAmtDtls().getTxAmt().getAmt().getCcy(), "TxDtls/AmtDtls")
                : null;
        var parties = t.getRltdPties();
        String name = null;
        String iban = null;
        if (parties != null) {
            // The counterparty: the creditor of money we paid, the debtor of money we received.
            var party = debit ? parties.getCdtr() : parties.getDbtr();
            CashAccount16 account = debit ? parties.getCdtrAcct() : parties.getDbtrAcct();
            if (party == null && account == null) {
                party = parties.getDbtr() != null ? parties.getDbtr() : parties.getCdtr();
                account = parties.getDbtrAcct() != null ? parties.getDbtrAcct() : parties.getCdtrAcct();
            }
            name = party == null ? null : party.getNm();
            iban = account == null || account.getId() == null ? null : account.getId().getIBAN();
        }
        String returnReason = t.getRtrInf() != null && t.getRtrInf().getRsn() != null ? t.getRtrInf().getRsn().getCd() : null;
        return new BankEntry.Details(t.getRefs() == null ? null : t.getRefs().getEndToEndId(), amount, remittance,
                creditorReference, name, iban, returnReason);
    }

    private static List<StatementFile> v08(MxCamt05300108 mx) {
        require(mx.getBkToCstmrStmt() != null && mx.getBkToCstmrStmt().getGrpHdr() != null, "BkToCstmrStmt/GrpHdr");
        String messageId = mx.getBkToCstmrStmt().getGrpHdr().getMsgId();
        List<StatementFile> result = new ArrayList<>();
        for (AccountStatement9 s : mx.getBkToCstmrStmt().getStmt()) {
            require(s.getAcct() != null && s.getAcct().getId() != null && s.getAcct().getId().getIBAN() != null, "Stmt/Acct/Id/IBAN");
            Balance opening = null;
            Balance closing = null;
            for (CashBalance8 b : s.getBal()) {
                String code = b.getTp() == null || b.getTp().getCdOrPrtry() == null ? null : b.getTp().getCdOrPrtry().getCd();
                require(b.getAmt() != null && b.getCdtDbtInd() != null, "Stmt/Bal/Amt");
                Balance balance = new Balance(signed(money(b.getAmt().getValue(), b.getAmt().getCcy(), "Stmt/Bal/Amt"),
                        b.getCdtDbtInd().value().equals("DBIT")), date(b.getDt()));
                if ("CLBD".equals(code)) {
                    closing = balance;
                } else if ("OPBD".equals(code) || ("PRCD".equals(code) && opening == null)) {
                    opening = balance;
                }
            }
            List<BankEntry> entries = new ArrayList<>();
            int pending = 0;
            for (ReportEntry10 n : s.getNtry()) {
                String status = n.getSts() == null ? null : n.getSts().getCd() != null ? n.getSts().getCd() : n.getSts().getPrtry();
                if (status != null && !status.equals("BOOK")) {
                    pending++;
                    continue;
                }
                require(n.getAmt() != null && n.getCdtDbtInd() != null, "Ntry/Amt or Ntry/CdtDbtInd");
                Money amount = money(n.getAmt().getValue(), n.getAmt().getCcy(), "Ntry/Amt");
                List<BankEntry.Details> details = new ArrayList<>();
                for (EntryDetails9 d : n.getNtryDtls()) {
                    for (EntryTransaction10 t : d.getTxDtls()) {
                        details.add(details(t, n.getCdtDbtInd().value().equals("DBIT")));
                    }
                }
                String code = n.getBkTxCd() != null && n.getBkTxCd().getPrtry() != null ? n.getBkTxCd().getPrtry().getCd() : null;
                entries.add(entry(n.getAcctSvcrRef(), date(n.getBookgDt()), date(n.getValDt()), n.getCdtDbtInd().value(),
                        amount, Boolean.TRUE.equals(n.isRvslInd()), code, n.getAddtlNtryInf(), details));
            }
            result.add(new StatementFile("camt.053.001.08", messageId, s.getId(), s.getAcct().getId().getIBAN(),
                    s.getAcct().getCcy(), opening, closing, entries, pending));
        }
        return result;
    }

    private static BankEntry.Details details(EntryTransaction10 t, boolean debit) {
        String creditorReference = null;
        String remittance = null;
        if (t.getRmtInf() != null) {
            remittance = t.getRmtInf().getUstrd().isEmpty() ? null : String.join(" ", t.getRmtInf().getUstrd());
            for (StructuredRemittanceInformation16 strd : t.getRmtInf().getStrd()) {
                if (strd.getCdtrRefInf() != null && strd.getCdtrRefInf().getRef() != null) {
                    creditorReference = strd.getCdtrRefInf().getRef();
                    break;
                }
            }
        }
        Money amount = t.getAmt() != null && t.getAmt().getValue() != null
                ? money(t.getAmt().getValue(), t.getAmt().getCcy(), "TxDtls/Amt") : null;
        var parties = t.getRltdPties();
        String name = null;
        String iban = null;
        if (parties != null) {
            Party40Choice party = debit ? parties.getCdtr() : parties.getDbtr();
            CashAccount38 account = debit ? parties.getCdtrAcct() : parties.getDbtrAcct();
            if (party == null && account == null) {
                party = parties.getDbtr() != null ? parties.getDbtr() : parties.getCdtr();
                account = parties.getDbtrAcct() != null ? parties.getDbtrAcct() : parties.getCdtrAcct();
            }
            name = party == null ? null : party.getPty() != null ? party.getPty().getNm()
                    : party.getAgt() != null && party.getAgt().getFinInstnId() != null ? party.getAgt().getFinInstnId().getNm() : null;
            iban = account == null || account.getId() == null ? null : account.getId().getIBAN();
        }
        String returnReason = t.getRtrInf() != null && t.getRtrInf().getRsn() != null ? t.getRtrInf().getRsn().getCd() : null;
        return new BankEntry.Details(t.getRefs() == null ? null : t.getRefs().getEndToEndId(), amount, remittance,
                creditorReference, name, iban, returnReason);
    }

    /**
     * An entry with its reference: the bank's (AcctSvcrRef), or where it gives none a digest of
     * what identifies the entry, so that the same entry in an overlapping statement is known.
     */
    private static BankEntry entry(String bankReference, LocalDate booking, LocalDate value, String creditDebit, Money amount,
                                   boolean reversal, String code, String info, List<BankEntry.Details> details) {
        require(booking != null, "Ntry/BookgDt");
        EntrySide side = switch (creditDebit) {
            case "CRDT" -> EntrySide.CREDIT;
            case "DBIT" -> EntrySide.DEBIT;
            default -> throw new UnreadableStatementException("Ntry/CdtDbtInd '" + creditDebit + "' is neither CRDT nor DBIT");
        };
        String reference = bankReference;
        if (reference == null || reference.isBlank() || reference.equalsIgnoreCase("NONREF")) {
            StringBuilder key = new StringBuilder(booking + "|" + value + "|" + creditDebit + "|" + amount);
            details.forEach(d -> key.append('|').append(d.endToEndId()).append('|').append(d.remittance())
                    .append('|').append(d.counterpartyIban()));
            reference = "derived:" + sha256(key.toString()).substring(0, 32);
        }
        require(reference.length() <= 64, "Ntry/AcctSvcrRef (at most 64 characters here)");
        return new BankEntry(reference, booking, value != null ? value : booking, side, amount, reversal, code,
                info == null ? null : info.length() > 500 ? info.substring(0, 500) : info, details);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(DateAndDateTimeChoice c) {
        return c == null ? null : c.getDt() != null ? c.getDt() : c.getDtTm() != null ? c.getDtTm().toLocalDate() : null;
    }

    private static LocalDate date(DateAndDateTime2Choice c) {
        return c == null ? null : c.getDt() != null ? c.getDt() : c.getDtTm() != null ? c.getDtTm().toLocalDate() : null;
    }
}
