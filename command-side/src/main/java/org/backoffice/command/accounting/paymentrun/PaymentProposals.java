package org.backoffice.command.accounting.paymentrun;

import org.backoffice.events.accounting.RunPayment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a payment run proposes: per supplier, one transfer of its open items due by a date that
 * no other pending run pays yet. Read from the open items read model, so it may lag a moment
 * behind the books; booking each payment settles its items against the partner itself, which
 * refuses anything already paid.
 */
public interface PaymentProposals {

    /** A supplier with items due that the run leaves out, and why. */
    record Skipped(UUID partnerId, String name, String reason) {
    }

    record Proposal(List<RunPayment> payments, List<Skipped> skipped) {
    }

    /** Payment ids are derived from the run and the partner; onlyPartners empty: every supplier. */
    Proposal dueBy(UUID runId, LocalDate dueUntil, String currency, java.util.Set<UUID> onlyPartners);
}
