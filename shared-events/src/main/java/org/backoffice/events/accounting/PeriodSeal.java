package org.backoffice.events.accounting;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a closed period looked like when it was closed, rebuilt from the events up to position
 * (the close's own event): digests (SHA-256, hex) of the hash-chain heads at that position and of
 * the period's trial balance, journal and VAT return, with the parts they were taken over, so
 * that a verification that does not reproduce a digest can say which part differs.
 *
 * <ul>
 * <li>chainHeads: every event stream's last event at position (streams of them), as
 * "aggregate;sequence;hash" lines in aggregate order; headsByType the same per aggregate type.</li>
 * <li>trialBalance: the period's movements per account and currency (accounts), as
 * "account;currency;debits;credits" lines. The balances carried into the period are not sealed
 * again: they are the movements of the periods before, each sealed itself.</li>
 * <li>journal: every entry booked in the period (entries of them), in the order stored, as one
 * line each with all its fields and legs; days holds the digest per booking day.</li>
 * <li>vatReturn: the VAT advance return's boxes (vat) and the tax payable.</li>
 * </ul>
 */
public record PeriodSeal(long position, String chainHeads, long streams, List<Digest> headsByType,
                         String trialBalance, List<AccountMovement> accounts,
                         String journal, long entries, List<Digest> days,
                         String vatReturn, List<VatBox> vat,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatPayable) {

    public PeriodSeal {
        headsByType = List.copyOf(headsByType);
        accounts = List.copyOf(accounts);
        days = List.copyOf(days);
        vat = List.copyOf(vat);
    }

    /** A digest of a named part (an aggregate type, a booking day) over count items. */
    public record Digest(String name, long count, String digest) {
    }

    public record AccountMovement(java.util.UUID accountId, String currency,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal debits,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credits) {
    }

    public record VatBox(String box, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax) {
    }
}
