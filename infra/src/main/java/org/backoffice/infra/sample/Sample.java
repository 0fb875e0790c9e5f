package org.backoffice.infra.sample;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.backoffice.events.common.Money;
import org.backoffice.infra.axon.AuditMetadataConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every part of the sample company works with: its own seeded random numbers, the commands
 * sent as a demo user, and waiting for what the application does by itself (read models, side
 * effects, deadlines) where the next step depends on it.
 */
final class Sample {

    private static final Logger LOG = LoggerFactory.getLogger(Sample.class);

    static final String HR = "hr";
    static final String ACCOUNTING = "accounting";
    static final String IT = "it";
    static final String ADMIN = "admin";

    /** The current month: the company's history ends with the month before it. */
    final YearMonth anchor;
    /** The application's today (its Clock): only what the domain refuses to date in the past is dated here. */
    final LocalDate today;
    /** The first month of the history: January of the year before the anchor's. */
    final YearMonth first;

    private final Random random;
    private final Context context;

    /** The application's parts the sample needs, shared by every part of the company. */
    record Context(CommandGateway commands, JdbcTemplate jdbc, EventProcessingConfiguration processing, Counter counter) {
    }

    /** Commands sent, over all parts. */
    static final class Counter {
        int commands;
    }

    Sample(long seed, int part, LocalDate today, Context context) {
        // One stream per part, so that a change in one department's story leaves the others' as they were.
        this.random = new Random(seed * 1_000_003L + part);
        this.today = today;
        this.anchor = YearMonth.from(today);
        this.first = YearMonth.of(anchor.getYear() - 1, 1);
        this.context = context;
    }

    /** The months of the history, oldest first. */
    List<YearMonth> months() {
        java.util.ArrayList<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = first; m.isBefore(anchor); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    YearMonth last() {
        return anchor.minusMonths(1);
    }

    // ---- commands ----

    /** Sends the command as that user (as if through the REST API) and waits for its answer. */
    <R> R send(String user, Object command) {
        context.counter().commands++;
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadataConfiguration.USER, user));
        try {
            return context.commands().sendAndWait(message);
        } catch (RuntimeException e) {
            throw new IllegalStateException("sample company: " + command.getClass().getSimpleName() + " sent as " + user
                    + " was refused: " + e.getMessage() + " (" + command + ")", e);
        }
    }

    JdbcTemplate jdbc() {
        return context.jdbc();
    }

    // ---- random ----

    UUID id() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** From lo to hi, both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    <T> List<T> shuffled(List<T> list) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    /** A whole number of euros from lo to hi in steps of step. */
    BigDecimal euros(int lo, int hi, int step) {
        return BigDecimal.valueOf((long) between(lo / step, hi / step) * step).setScale(2, RoundingMode.UNNECESSARY);
    }

    static Money eur(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), "EUR");
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A working day (Monday to Friday) of the month, from about the given day on. */
    static LocalDate workday(YearMonth month, int day) {
        LocalDate d = month.atDay(Math.min(day, month.lengthOfMonth()));
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The Monday of the month's week number week (0: the first Monday of the month). */
    static LocalDate monday(YearMonth month, int week) {
        return month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(week);
    }

    // ---- waiting for what the application does by itself ----

    /** The position of the last stored event (-1: none). */
    long head() {
        Long head = jdbc().queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    long events() {
        Long n = jdbc().queryForObject("select count(*) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    /** Whether the aggregate has an event of that type (simple class name) yet. */
    boolean hasEvent(UUID aggregateId, String eventType) {
        Integer n = jdbc().queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like ?", Integer.class, aggregateId.toString(), "%." + eventType);
        return n != null && n > 0;
    }

    long countEvents(String eventType) {
        Long n = jdbc().queryForObject("select count(*) from domain_event_entry where payload_type like ?", Long.class,
                "%." + eventType);
        return n == null ? 0 : n;
    }

    /** Waits until what supplies it is there; refuses to go on without it. */
    <T> T await(String what, Supplier<Optional<T>> supplier) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Optional<T> value = supplier.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("sample company: gave up waiting for " + what);
            }
            pause(20);
        }
    }

    void awaitEvent(UUID aggregateId, String eventType) {
        await(eventType + " of " + aggregateId, () -> hasEvent(aggregateId, eventType) ? Optional.of(true) : Optional.empty());
    }

    /**
     * Waits until the application is quiet: every streaming processor (read models and side
     * effects) has handled every stored event, no deadline is due, and no new event came meanwhile.
     */
    void awaitQuiet() {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long seen = Long.MIN_VALUE;
        while (System.nanoTime() < until) {
            long head = head();
            if (head == seen && processorsAt(head) && noDeadlineDue()) {
                return;
            }
            seen = processorsAt(head) && noDeadlineDue() ? head : Long.MIN_VALUE;
            pause(seen == Long.MIN_VALUE ? 25 : 150);
        }
        LOG.warn("sample company: the event processors did not catch up within two minutes; the pages will show "
                + "the rest when they do");
    }

    private boolean processorsAt(long head) {
        for (var processor : context.processing().eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
                if (status.isEmpty() && head >= 0) {
                    return false;
                }
                for (EventTrackerStatus s : status.values()) {
                    if (s.isErrorState() || s.getCurrentPosition().orElse(-1) < head) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Deadlines (a termination's day, reminders) due now and not yet run; the recurring schedules are not counted. */
    private boolean noDeadlineDue() {
        Integer due = jdbc().queryForObject("select count(*) from scheduled_tasks where execution_time <= now() "
                + "and task_name not like 'backoffice-%'", Integer.class);
        return due == null || due == 0;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sample company: interrupted", e);
        }
    }
}
