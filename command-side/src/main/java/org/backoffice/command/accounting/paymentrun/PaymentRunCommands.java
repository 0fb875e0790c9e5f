package org.backoffice.command.accounting.paymentrun;

import org.backoffice.events.accounting.RunPayment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The commands of payment runs, handled by {@link PaymentRunHandler}. */
public final class PaymentRunCommands {

    private PaymentRunCommands() {
    }

    public record PreparePaymentRun(UUID runId, String preparedBy, UUID bankAccountId, String debtorName,
                                    UUID transitAccountId, LocalDate executionDate, LocalDate dueUntil,
                                    List<RunPayment> payments) {
    }

    public record ApprovePaymentRun(UUID runId, String approvedBy) {
    }

    public record CancelPaymentRun(UUID runId, String cancelledBy, String reason) {
    }

    /** The bookings of an approved run go on after position next. */
    public record AdvancePaymentRunBooking(UUID runId, int next) {
    }

    /** The processor's answer for one payment of an approved run. */
    public record RecordRunPaymentBooking(UUID runId, UUID paymentId, boolean booked, String reason) {
    }
}
