package org.backoffice.command.accounting.ledger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the books take an entry dated on a day: not when the day lies in a closed period. The
 * answer holds until the posting's transaction ends (a period's close waits for postings in
 * flight, and a posting that asks during a close waits for it), so that nothing is booked into
 * a period after it was closed.
 */
public interface PostingPeriods {

    /** Every day open: books without fiscal years. */
    PostingPeriods OPEN = day -> Optional.empty();

    /** Why an entry dated on bookingDate cannot be posted, or empty when it can. */
    Optional<String> refusal(LocalDate bookingDate);
}
