package org.backoffice.command.accounting.ledger;

import org.backoffice.events.accounting.TransactionKind;
import org.backoffice.events.common.Money;

import java.time.LocalDate;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** A transaction to be posted: a new one, or the reversal of one (reversalOf). */
public record Posting(UUID id, TransactionKind kind, UUID debitAccountId, UUID creditAccountId, Money amount,
                      String reference, LocalDate valueDate, UUID reversalOf) {

    public Posting {
        if (debitAccountId.equals(creditAccountId)) {
            throw ruleViolated("the debit and the credit account must be different accounts");
        }
    }

    static Posting of(PostTransactionCommand c) {
        return new Posting(c.transactionId(), c.kind(), c.debitAccountId(), c.creditAccountId(), c.amount(),
                c.reference(), c.valueDate(), null);
    }

    boolean isReversal() {
        return reversalOf != null;
    }
}
