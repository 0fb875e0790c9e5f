package org.backoffice.command.it.purchasing;

import org.backoffice.events.common.Money;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The fixed assets to depreciate, what each has had posted, and the months done. */
public interface DepreciationRegister {

    /** What a month posts from one fixed-asset account to one depreciation account. */
    record MonthTotal(UUID assetAccountId, UUID depreciationAccountId, int assets, Money amount) {
    }

    /** A fixed asset's book value and the accounts of its disposal. */
    record BookValue(UUID assetId, Money value, UUID assetAccountId, UUID disposalAccountId) {
    }

    /** The register's newest row: a month's run covers the rows up to it. */
    long position();

    /** What each account pair must be depreciated by the end of month, for the rows up to position. */
    List<MonthTotal> dueThrough(YearMonth month, long position);

    /** The months from the first that is not posted (or the first acquisition) on; empty when nothing is registered. */
    Optional<YearMonth> firstOpenMonth();

    /** An asset not yet disposed of, with what is left of its cost. */
    Optional<BookValue> bookValue(UUID assetId);
}
