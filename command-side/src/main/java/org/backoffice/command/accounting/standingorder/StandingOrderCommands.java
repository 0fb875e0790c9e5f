package org.backoffice.command.accounting.standingorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.common.Money;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;

public final class StandingOrderCommands {

    private StandingOrderCommands() {
    }

    /** Handled by {@link StandingOrderHandler}, which checks the two accounts first. */
    public record CreateStandingOrderCommand(UUID orderId, UUID supplierAccountId, UUID bankAccountId, Money amount,
                                             int dayOfMonth, YearMonth startMonth, YearMonth endMonth, String reference) {
    }

    public record CancelStandingOrderCommand(@TargetAggregateIdentifier UUID orderId) {
    }

    /** Pays the order's month if it is due and not paid yet; otherwise does nothing. */
    public record ExecuteStandingOrderCommand(UUID orderId, YearMonth month) {
    }

    /** The SUPPLIER_PAYMENT of one month of one order: derived, so that a repeated execution pays once. */
    public static UUID paymentIdOf(UUID orderId, YearMonth month) {
        return UUID.nameUUIDFromBytes(("backoffice:standing-order:" + orderId + ":" + month).getBytes(StandardCharsets.UTF_8));
    }
}
