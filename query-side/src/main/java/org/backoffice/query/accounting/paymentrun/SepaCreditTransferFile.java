package org.backoffice.query.accounting.paymentrun;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import org.backoffice.events.common.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * An ISO 20022 pain.001.001.09 customer credit transfer initiation (SEPA), built with Prowide's
 * model of the message, not as text: one payment information block per debtor account and
 * requested execution date, each transfer with its end-to-end id, the number of transactions
 * and the control sums exact to the cent. Texts are reduced to the SEPA character set (Latin
 * letters, digits and / - ? : ( ) . , ' + space; umlauts spelt out) and names to 70
 * characters, as the EPC's rules for the message ask.
 */
public final class SepaCreditTransferFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private SepaCreditTransferFile() {
    }

    public record CreditTransfer(String endToEndId, Money amount, String creditorName, String creditorIban,
                           String creditorBic, String remittance) {
    }

    /** The transfers of one debtor account to be executed on one day. */
    public record Block(String id, LocalDate executionDate, String debtorName, String debtorIban, String debtorBic,
                        List<CreditTransfer> transfers) {
    }

    public static String xml(String messageId, OffsetDateTime createdAt, String initiatingParty, List<Block> blocks) {
        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09();
        int transactions = 0;
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Block b : blocks) {
            PaymentInstruction30 block = block(b);
            initiation.addPmtInf(block);
            transactions += b.transfers().size();
            sum = sum.add(block.getCtrlSum());
        }
        initiation.setGrpHdr(new GroupHeader85()
                .setMsgId(messageId)
                .setCreDtTm(createdAt.truncatedTo(ChronoUnit.SECONDS))
                .setNbOfTxs(Integer.toString(transactions))
                .setCtrlSum(sum)
                .setInitgPty(new PartyIdentification135().setNm(text(initiatingParty, 70))));
        MxWriteConfiguration conf = new MxWriteConfiguration();
        conf.documentPrefix = null; // the default namespace, as banks' samples write it
        conf.includeXMLDeclaration = true;
        return new MxPain00100109().setCstmrCdtTrfInitn(initiation).message(conf);
    }

    private static PaymentInstruction30 block(Block b) {
        PaymentInstruction30 block = new PaymentInstruction30()
                .setPmtInfId(b.id())
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(true)
                .setNbOfTxs(Integer.toString(b.transfers().size()))
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(b.executionDate()))
                .setDbtr(new PartyIdentification135().setNm(text(b.debtorName(), 70)))
                .setDbtrAcct(account(b.debtorIban()))
                .setDbtrAgt(agent(b.debtorBic()))
                .setChrgBr(ChargeBearerType1Code.SLEV);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (CreditTransfer t : b.transfers()) {
            BigDecimal amount = t.amount().amount().setScale(2, RoundingMode.UNNECESSARY);
            sum = sum.add(amount);
            CreditTransferTransaction34 tx = new CreditTransferTransaction34()
                    .setPmtId(new PaymentIdentification6().setInstrId(t.endToEndId()).setEndToEndId(t.endToEndId()))
                    .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                            .setCcy(t.amount().currency()).setValue(amount)))
                    .setCdtr(new PartyIdentification135().setNm(text(t.creditorName(), 70)))
                    .setCdtrAcct(account(t.creditorIban()));
            if (t.creditorBic() != null) {
                tx.setCdtrAgt(agent(t.creditorBic()));
            }
            if (t.remittance() != null && !t.remittance().isBlank()) {
                tx.setRmtInf(new RemittanceInformation16().addUstrd(text(t.remittance(), 140)));
            }
            block.addCdtTrfTxInf(tx);
        }
        return block.setCtrlSum(sum);
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    /** The BIC, or (IBAN-only, as SEPA allows within the EEA) "NOTPROVIDED". */
    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        FinancialInstitutionIdentification18 id = new FinancialInstitutionIdentification18();
        if (bic != null) {
            id.setBICFI(bic);
        } else {
            id.setOthr(new GenericFinancialIdentification1().setId("NOTPROVIDED"));
        }
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(id);
    }

    private static final Map<String, String> SPELT = Map.of("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe",
            "Ü", "Ue", "ß", "ss", "&", "+");

    /** The SEPA character set: umlauts spelt out, other accents dropped, anything else a space; at most max long. */
    static String text(String s, int max) {
        StringBuilder spelt = new StringBuilder();
        s.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            spelt.append(SPELT.getOrDefault(ch, ch));
        });
        String plain = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        if (plain.isEmpty()) {
            plain = "-";
        }
        return plain.length() <= max ? plain : plain.substring(0, max).strip();
    }
}
