package org.backoffice.command.it.telephony;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.backoffice.events.it.NumberBlockKind;
import org.backoffice.events.it.ReturnCause;

import java.util.UUID;

public final class TelephonyCommands {

    private TelephonyCommands() {
    }

    /** first canonical (NumberPlan). */
    public record CreateNumberBlockCommand(@TargetAggregateIdentifier UUID blockId, String name, NumberBlockKind kind,
                                           String first, int size) {
    }

    /** number canonical; exactly one of employeeId and assetId. */
    public record AssignPhoneNumberCommand(@TargetAggregateIdentifier UUID numberId, UUID blockId, String number,
                                           UUID employeeId, UUID assetId) {
    }

    /** expectedHolder, when given, makes the release conditional on that employee or device still holding it. */
    public record ReleasePhoneNumberCommand(@TargetAggregateIdentifier UUID numberId, UUID blockId, ReturnCause cause,
                                            String note, UUID expectedHolder) {
    }
}
