package org.backoffice.events.accounting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An accountant (preparedBy) prepared a payment run: the supplier items due by dueUntil, paid
 * from the company account bankAccountId (debtorBank) on executionDate. Until the bank confirms
 * each transfer, its amount waits on transitAccountId (money in transit).
 */
@Revision("1")
public record PaymentRunPreparedEvent(UUID runId, String preparedBy, UUID bankAccountId, String debtorName,
                                      BankDetails debtorBank, UUID transitAccountId, LocalDate executionDate,
                                      LocalDate dueUntil, List<RunPayment> payments) {

    public PaymentRunPreparedEvent {
        payments = List.copyOf(payments);
    }
}
