package org.backoffice.infra.accounting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CommandRejectedException;
import org.backoffice.command.common.Payday;
import org.backoffice.command.accounting.payroll.PayrollCommands.StartPayrollRunCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The monthly payroll, by itself: on backoffice.payroll.day-of-month (the month's last day when
 * it is shorter) the period's run is started with the configured accounts. Checked by a
 * db-scheduler task every few minutes (AccountingSchedules), so that a server down on the day
 * runs the period when it returns, and one instance of several runs it. A period is never paid
 * twice: its run has an id of its own (PayrollCommands.runIdOf), which the PayrollRun aggregate
 * refuses to start again, so even two checks at once start it once.
 */
public class PayrollSchedule {

    private static final Logger log = LoggerFactory.getLogger(PayrollSchedule.class);
    static final String NAME = "payroll";

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int dayOfMonth;
    private final UUID bankAccountId;
    private final UUID salaryExpenseAccountId;
    private final YearMonth firstPeriod;

    private final String payerName;

    public PayrollSchedule(CommandGateway commands, JdbcTemplate jdbc, Clock clock, int dayOfMonth, UUID bankAccountId,
                           UUID salaryExpenseAccountId, YearMonth firstPeriod) {
        this(commands, jdbc, clock, dayOfMonth, bankAccountId, salaryExpenseAccountId, firstPeriod, null);
    }

    /** payerName: the company as its bank knows it, the debtor of the runs' transfer files. */
    public PayrollSchedule(CommandGateway commands, JdbcTemplate jdbc, Clock clock, int dayOfMonth, UUID bankAccountId,
                           UUID salaryExpenseAccountId, YearMonth firstPeriod, String payerName) {
        this.payerName = payerName;
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("backoffice.payroll.day-of-month must be 1..31, not " + dayOfMonth);
        }
        if (bankAccountId == null || salaryExpenseAccountId == null) {
            throw new IllegalArgumentException("a payroll schedule needs backoffice.payroll.bank-account-id and "
                    + "backoffice.payroll.salary-expense-account-id");
        }
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dayOfMonth = dayOfMonth;
        this.bankAccountId = bankAccountId;
        this.salaryExpenseAccountId = salaryExpenseAccountId;
        this.firstPeriod = firstPeriod;
    }

    /** The day a period is paid: the configured day, or the month's last day if it has fewer. */
    static LocalDate payday(YearMonth period, int dayOfMonth) {
        return Payday.of(period, dayOfMonth);
    }

    /**
     * Where a schedule switched on today starts: the configured first period, else the first
     * period whose payday is still to come (switching it on after this month's payday does not
     * pay this month behind anyone's back).
     */
    static YearMonth startingPeriod(LocalDate today, int dayOfMonth, YearMonth configured) {
        if (configured != null) {
            return configured;
        }
        YearMonth current = YearMonth.from(today);
        return today.isBefore(payday(current, dayOfMonth)) ? current : current.plusMonths(1);
    }

    /** Starts the run of every period whose payday has come and that is not handled yet, oldest first. */
    public synchronized List<YearMonth> runDue() {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("insert into schedule_state (name, next_period) values (?, ?) on conflict (name) do nothing", NAME,
                startingPeriod(today, dayOfMonth, firstPeriod).toString());
        YearMonth next = YearMonth.parse(jdbc.queryForObject("select next_period from schedule_state where name = ?",
                String.class, NAME));
        List<YearMonth> started = new ArrayList<>();
        for (YearMonth period = next; !today.isBefore(payday(period, dayOfMonth)); period = period.plusMonths(1)) {
            try {
                commands.sendAndWait(new StartPayrollRunCommand(period, bankAccountId, salaryExpenseAccountId, null,
                        payerName));
                started.add(period);
                log.info("Payroll of {} started by the schedule (payday {})", period, payday(period, dayOfMonth));
            } catch (RuntimeException e) {
                if (!alreadyRun(e)) {
                    // Wrong accounts, say: nothing was started; the next check tries again.
                    log.error("The scheduled payroll of {} could not start: {}", period, e.getMessage());
                    return started;
                }
                log.info("Payroll of {} had already been run", period);
            }
            jdbc.update("update schedule_state set next_period = ? where name = ? and next_period = ?",
                    period.plusMonths(1).toString(), NAME, period.toString());
        }
        return started;
    }

    private static boolean alreadyRun(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandRejectedException r && r.reason() == CommandRejectedException.Reason.CONFLICT) {
                return true;
            }
        }
        return false;
    }
}
