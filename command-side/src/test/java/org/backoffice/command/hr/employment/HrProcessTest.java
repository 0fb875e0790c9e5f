package org.backoffice.command.hr.employment;

import org.backoffice.command.common.InMemoryAxon;
import org.backoffice.command.hr.InMemoryVault;
import org.backoffice.command.hr.PersonalDataVault;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.ledger.Account;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.ledger.LedgerTransaction;
import org.backoffice.command.accounting.ledger.OpenAccountCommand;
import org.backoffice.command.accounting.ledger.TransactionPostingHandler;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.OpenPositionCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands;
import org.backoffice.command.accounting.payroll.PayrollCommands.SettlePayrollPaymentCommand;
import org.backoffice.command.accounting.payroll.PayrollCommands.StartPayrollRunCommand;
import org.backoffice.command.accounting.payroll.PayrollRun;
import org.backoffice.command.accounting.payroll.PayrollRunHandler;
import org.backoffice.events.accounting.AccountType;
import org.backoffice.events.accounting.PayrollRunCompletedEvent;
import org.backoffice.events.accounting.PayrollPaymentsCalculatedEvent;
import org.backoffice.events.accounting.PayrollRunStartedEvent;
import org.backoffice.command.accounting.payroll.PayrollCommands.CalculatePayrollPaymentsCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.EmployeeHiredEvent;
import org.backoffice.events.hr.PositionFilledEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handlers that span aggregates (hiring into a position, starting a payroll run), on a real
 * Axon configuration with an in-memory event store.
 */
class HrProcessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
    private final InMemoryVault vault = new InMemoryVault();
    private InMemoryAxon axon;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        axon = InMemoryAxon.with(Employee.class, Position.class, PayrollRun.class, Account.class, LedgerTransaction.class)
                .component(AccountNumberRegistry.class, number -> Optional.empty())
                .component(EmployeeDirectory.class, directory)
                .component(PersonalDataVault.class, vault)
                .component(Clock.class, clock)
                .handler(c -> new HiringHandler(c.repository(Employee.class), c.repository(Position.class), directory,
                        vault, clock))
                .handler(c -> new PayrollRunHandler(c.repository(PayrollRun.class), c.repository(Account.class), directory,
                        new org.backoffice.command.accounting.payroll.PayrollSettings(2)))
                .handler(c -> new TransactionPostingHandler(c.repository(Account.class), c.repository(LedgerTransaction.class),
                        new org.backoffice.command.accounting.ledger.InMemoryDocumentNumbers(),
                        new org.backoffice.command.accounting.ledger.InMemoryTaxRates()))
                .start();
        commands = axon.commands();
    }

    @AfterEach
    void tearDown() {
        axon.close();
    }

    private List<Object> eventsOf(UUID aggregate) {
        return axon.eventsOf(aggregate);
    }

    private HireEmployeeCommand hire(UUID id, UUID position, String email, UUID manager) {
        return new HireEmployeeCommand(id, position, "Ada", "Lovelace", email, "Finance", "Accountant",
                LocalDate.of(2026, 12, 1), Money.of("4000", "EUR"), manager);
    }

    private UUID openPosition() {
        UUID position = UUID.randomUUID();
        commands.sendAndWait(new OpenPositionCommand(position, "Accountant", "Finance"));
        return position;
    }

    @Test
    void aHireIntoAnOpenPositionFillsItAndSealsThePersonalData() {
        UUID position = openPosition();
        UUID ada = UUID.randomUUID();

        commands.sendAndWait(hire(ada, position, "ada@example.com", null));

        assertThat(eventsOf(position)).last().isEqualTo(new PositionFilledEvent(position, ada));
        EmployeeHiredEvent hired = (EmployeeHiredEvent) eventsOf(ada).get(0);
        assertThat(hired.personalData().firstName()).isNotEqualTo("Ada");
        assertThat(vault.open(ada, hired.personalData().firstName())).hasValue("Ada");
    }

    @Test
    void aFilledPositionTakesNoSecondHire() {
        UUID position = openPosition();
        commands.sendAndWait(hire(UUID.randomUUID(), position, "ada@example.com", null));
        UUID second = UUID.randomUUID();

        assertThatThrownBy(() -> commands.sendAndWait(hire(second, position, "alan@example.com", null)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
        assertThat(axon.eventsOf(second)).isEmpty();
    }

    @Test
    void anUnknownPositionIsRefused() {
        assertThatThrownBy(() -> commands.sendAndWait(hire(UUID.randomUUID(), UUID.randomUUID(), "a@example.com", null)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));
    }

    @Test
    void anEmailUsedByAnActiveEmployeeIsRefusedWhateverItsCase() {
        directory.add(UUID.randomUUID(), LocalDate.of(2020, 1, 1), null, "ada@example.com", Money.of("1", "EUR"));
        assertThatThrownBy(() -> commands.sendAndWait(hire(UUID.randomUUID(), null, "ADA@example.com", null)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.CONFLICT));
    }

    @Test
    void theEmailOfSomeoneWhoLeftMayBeUsedAgain() {
        directory.add(UUID.randomUUID(), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), "ada@example.com",
                Money.of("1", "EUR"));
        commands.sendAndWait(hire(UUID.randomUUID(), null, "ada@example.com", null));
    }

    @Test
    void theManagerOfANewHireMustBeActive() {
        UUID gone = UUID.randomUUID();
        directory.add(gone, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 31), "gone@example.com", Money.of("1", "EUR"));
        assertThatThrownBy(() -> commands.sendAndWait(hire(UUID.randomUUID(), null, "a@example.com", gone)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));
    }

    @Test
    void resendingAHireAnswersTheSameAndResendingItChangedIsAConflict() {
        UUID position = openPosition();
        UUID ada = UUID.randomUUID();
        commands.sendAndWait(hire(ada, position, "ada@example.com", null));
        commands.sendAndWait(hire(ada, position, "ada@example.com", null));
        assertThat(eventsOf(ada)).hasSize(1);
        assertThat(eventsOf(position)).hasSize(2);
        assertThatThrownBy(() -> commands.sendAndWait(hire(ada, position, "other@example.com", null)))
                .isInstanceOf(CommandRejectedException.class);
    }

    private UUID[] payrollAccounts() {
        UUID bank = UUID.randomUUID();
        UUID expense = UUID.randomUUID();
        commands.sendAndWait(new OpenAccountCommand(bank, "1000", "Bank", AccountType.ASSET, "EUR", BigDecimal.ZERO, null));
        commands.sendAndWait(new OpenAccountCommand(expense, "6400", "Salaries", AccountType.EXPENSE, "EUR", BigDecimal.ZERO, null));
        return new UUID[]{bank, expense};
    }

    @Test
    void aPayrollRunPaysEveryoneEmployedInThePeriodProRated() {
        UUID full = UUID.randomUUID();
        UUID joiner = UUID.randomUUID();
        directory.add(full, LocalDate.of(2020, 1, 1), null, "a@x", Money.of("3000", "EUR"))
                .add(joiner, LocalDate.of(2026, 11, 16), null, "b@x", Money.of("3000", "EUR"))
                .add(UUID.randomUUID(), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31), "c@x", Money.of("3000", "EUR"));
        UUID[] accounts = payrollAccounts();

        UUID runId = commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1]));

        PayrollRunStartedEvent started = (PayrollRunStartedEvent) eventsOf(runId).get(0);
        assertThat(started.calculatedInSteps()).as("the start carries no payments; chunks of employees follow").isTrue();
        assertThat(started.payments()).isEmpty();

        // Two employees a chunk: the first chunk pays both, the second finds nobody left.
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 0));
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 0)); // sent again after a crash: nothing
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 2));
        List<PayrollPaymentsCalculatedEvent> chunks = eventsOf(runId).stream()
                .filter(PayrollPaymentsCalculatedEvent.class::isInstance).map(PayrollPaymentsCalculatedEvent.class::cast).toList();
        assertThat(chunks).extracting(PayrollPaymentsCalculatedEvent::from, PayrollPaymentsCalculatedEvent::complete)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, false), org.assertj.core.groups.Tuple.tuple(2, true));
        List<org.backoffice.events.accounting.PayrollPayment> payments = chunks.stream()
                .flatMap(chunk -> chunk.payments().stream()).toList();
        assertThat(payments).extracting(p -> p.employeeId(), p -> p.amount())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(full, Money.of("3000", "EUR")),
                        org.assertj.core.groups.Tuple.tuple(joiner, Money.of("1500", "EUR")));
        assertThat(payments).allSatisfy(p ->
                assertThat(p.transactionId()).isEqualTo(PayrollCommands.paymentIdOf(runId, p.employeeId())));
        assertThat(eventsOf(runId)).noneMatch(PayrollRunCompletedEvent.class::isInstance);
    }

    @Test
    void aPayrollRunCalculatesItsEmployeesAChunkAtATimeInTheOrderOfTheirIds() {
        List<UUID> staff = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            staff.add(id);
            directory.add(id, LocalDate.of(2020, 1, 1), null, i + "@x", Money.of("3000", "EUR"));
        }
        UUID[] accounts = payrollAccounts();
        UUID runId = commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1]));
        for (int from = 0; from <= 4; from += 2) {
            commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, from));
        }
        int stored = eventsOf(runId).size();
        // A step redelivered after a crash (its event stored, its token not) calculates nobody again.
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 0));
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 2));
        assertThat(eventsOf(runId)).hasSize(stored);
        List<PayrollPaymentsCalculatedEvent> chunks = eventsOf(runId).stream()
                .filter(PayrollPaymentsCalculatedEvent.class::isInstance).map(PayrollPaymentsCalculatedEvent.class::cast).toList();
        assertThat(chunks).extracting(c -> c.payments().size()).containsExactly(2, 2, 1);
        assertThat(chunks).extracting(PayrollPaymentsCalculatedEvent::complete).containsExactly(false, false, true);
        assertThat(chunks.stream().flatMap(c -> c.payments().stream()).map(p -> p.employeeId().toString()).toList())
                .as("each employee once, in the order of their ids")
                .containsExactlyElementsOf(staff.stream().map(UUID::toString).sorted().toList());
    }

    @Test
    void aPayrollRunOwingNobodyCompletesOnceThatIsKnown() {
        UUID[] accounts = payrollAccounts();
        UUID runId = commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1]));
        assertThat(eventsOf(runId)).noneMatch(PayrollRunCompletedEvent.class::isInstance);
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 0));
        assertThat(eventsOf(runId)).last().isEqualTo(new PayrollRunCompletedEvent(runId, YearMonth.of(2026, 11), 0,
                Money.zero("EUR"), 0));
    }

    @Test
    void aPeriodIsRunOnlyOnce() {
        UUID[] accounts = payrollAccounts();
        commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1]));
        assertThatThrownBy(() -> commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1])))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e).hasMessage("the payroll of 2026-11 has already been run"));
    }

    @Test
    void aPayrollRunNeedsAnExpenseAndABankAccount() {
        UUID[] accounts = payrollAccounts();
        assertThatThrownBy(() -> commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[1], accounts[0])))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.RULE_VIOLATED));
        assertThat(axon.eventsOf(PayrollCommands.runIdOf(YearMonth.of(2026, 11)))).isEmpty();
    }

    @Test
    void aRunCompletesWhenEveryPaymentIsSettledCountingOnlyWhatWasPaid() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        directory.add(a, LocalDate.of(2020, 1, 1), null, "a@x", Money.of("3000", "EUR"))
                .add(b, LocalDate.of(2020, 1, 1), null, "b@x", Money.of("2000", "EUR"));
        UUID[] accounts = payrollAccounts();
        UUID runId = commands.sendAndWait(new StartPayrollRunCommand(YearMonth.of(2026, 11), accounts[0], accounts[1]));
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 0));
        commands.sendAndWait(new CalculatePayrollPaymentsCommand(runId, 2));

        commands.sendAndWait(new SettlePayrollPaymentCommand(runId, a, true, null));
        commands.sendAndWait(new SettlePayrollPaymentCommand(runId, a, true, null));
        assertThat(eventsOf(runId)).noneMatch(e -> e instanceof PayrollRunCompletedEvent);
        commands.sendAndWait(new SettlePayrollPaymentCommand(runId, b, false, "insufficient funds"));

        assertThat(eventsOf(runId)).hasSize(6).last().isEqualTo(
                new PayrollRunCompletedEvent(runId, YearMonth.of(2026, 11), 1, Money.of("3000", "EUR"), 1));
    }

}
