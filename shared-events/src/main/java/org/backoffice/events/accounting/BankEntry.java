package org.backoffice.events.accounting;

import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * One booked entry of a bank statement, as the bank reported it. reference is the bank's own
 * reference of the entry (AcctSvcrRef; where a bank gives none, one derived from the entry's
 * fields), unique per account: the same entry in a later or overlapping statement is
 * recognised by it. side CREDIT is money in, DEBIT money out. reversal: the bank marked it as
 * the reversal or return of an earlier entry. details: the transactions of the entry (one, or
 * several for a batch booking).
 */
public record BankEntry(String reference, LocalDate bookingDate, LocalDate valueDate, EntrySide side, Money amount,
                        boolean reversal, String bankTransactionCode, String additionalInfo, List<Details> details) {

    public BankEntry {
        details = List.copyOf(details);
    }

    /** One transaction of an entry: its references, remittance and counterparty. */
    public record Details(String endToEndId, Money amount, String remittance, String creditorReference,
                          String counterpartyName, String counterpartyIban, String returnReason) {
    }
}
