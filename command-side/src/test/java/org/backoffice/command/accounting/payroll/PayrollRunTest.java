package org.backoffice.command.accounting.payroll;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.backoffice.command.accounting.payroll.PayrollCommands.AdvancePayrollPaymentsCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.SettlePayrollPaymentCommand;
import org.backoffice.events.accounting.PayrollPayment;
import org.backoffice.events.accounting.PayrollPaymentSettledEvent;
import org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent;
import org.backoffice.events.accounting.PayrollPaymentsProgressedEvent;
import org.backoffice.events.accounting.PayrollRunCompletedEvent;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.backoffice.events.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A run's completion waits until every payment is known and settled: a run calculating its
 * payments in chunks is not completed by settling what it has calculated so far, and a run
 * stored before the calculation went in chunks (every payment in its start) completes as before.
 */
class PayrollRunTest {

    private static final YearMonth PERIOD = YearMonth.of(2026, 11);
    private final UUID runId = PayrollCommands.runIdOf(PERIOD);
    private final UUID bank = UUID.randomUUID();
    private final UUID expense = UUID.randomUUID();
    private final UUID ada = UUID.randomUUID();
    private final UUID alan = UUID.randomUUID();
    private AggregateTestFixture<PayrollRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PayrollRun.class);
    }

    private PayrollPayment payment(UUID employee, String amount) {
        return new PayrollPayment(employee, PayrollCommands.paymentIdOf(runId, employee), Money.of(amount, "EUR"), 30, null,
                List.of());
    }

    private PayrollRunStartedEvent startedInSteps() {
        return new PayrollRunStartedEvent(runId, PERIOD, bank, expense, List.of(), null, "Backoffice GmbH", true);
    }

    @Test
    void settlingEveryPaymentCalculatedSoFarDoesNotCompleteARunWithEmployeesLeft() {
        fixture.given(startedInSteps(), new PayrollPaymentsCalculatedEvent(runId, PERIOD, 0, List.of(payment(ada, "3000")), ada, false))
                .when(new SettlePayrollPaymentCommand(runId, ada, true, null))
                .expectEvents(new PayrollPaymentSettledEvent(runId, ada, PayrollCommands.paymentIdOf(runId, ada), true, null));
    }

    @Test
    void theLastSettlementOfACompletelyCalculatedRunCompletesIt() {
        fixture.given(startedInSteps(),
                        new PayrollPaymentsCalculatedEvent(runId, PERIOD, 0, List.of(payment(ada, "3000")), ada, false),
                        new PayrollPaymentSettledEvent(runId, ada, PayrollCommands.paymentIdOf(runId, ada), true, null),
                        new PayrollPaymentsCalculatedEvent(runId, PERIOD, 1, List.of(payment(alan, "1500")), alan, true))
                .when(new SettlePayrollPaymentCommand(runId, alan, true, null))
                .expectEvents(new PayrollPaymentSettledEvent(runId, alan, PayrollCommands.paymentIdOf(runId, alan), true, null),
                        new PayrollRunCompletedEvent(runId, PERIOD, 2, Money.of("4500", "EUR"), 0));
    }

    @Test
    void aStepForwardSaysWhetherEmployeesAreLeftToCalculate() {
        fixture.given(startedInSteps(), new PayrollPaymentsCalculatedEvent(runId, PERIOD, 0, List.of(payment(ada, "3000")), ada, false),
                        new PayrollPaymentSettledEvent(runId, ada, PayrollCommands.paymentIdOf(runId, ada), true, null))
                .when(new AdvancePayrollPaymentsCommand(runId, 1))
                .expectEvents(new PayrollPaymentsProgressedEvent(runId, 1, 1, true));
    }

    @Test
    void aRunWithEveryPaymentInItsStartCompletesWithItsLastSettlement() {
        fixture.given(new PayrollRunStartedEvent(runId, PERIOD, bank, expense, List.of(payment(ada, "3000"), payment(alan, "1500")),
                                null, "Backoffice GmbH"),
                        new PayrollPaymentSettledEvent(runId, ada, PayrollCommands.paymentIdOf(runId, ada), true, null))
                .when(new SettlePayrollPaymentCommand(runId, alan, false, "account closed"))
                .expectEvents(new PayrollPaymentSettledEvent(runId, alan, PayrollCommands.paymentIdOf(runId, alan), false,
                                "account closed"),
                        new PayrollRunCompletedEvent(runId, PERIOD, 1, Money.of("3000", "EUR"), 1));
    }
}
