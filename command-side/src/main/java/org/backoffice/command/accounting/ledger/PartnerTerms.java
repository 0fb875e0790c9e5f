package org.backoffice.command.accounting.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * What an entry says about its partners' open items beyond its legs: the due date of the
 * invoice it books (none: the partner's payment terms) and the open items the payment it books
 * settles (none: the payment stays unallocated).
 */
public record PartnerTerms(LocalDate dueDate, List<Settlement> settles) {

    public static final PartnerTerms NONE = new PartnerTerms(null, List.of());

    public PartnerTerms {
        settles = settles == null ? List.of() : List.copyOf(settles);
    }
}
