package org.backoffice.infra.sample;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.command.accounting.ledger.AccountNumberRegistry;
import org.backoffice.command.accounting.paymentrun.PaymentProposals;
import org.backoffice.command.common.CompanySettings;
import org.backoffice.command.hr.checklist.ChecklistSettings;
import org.backoffice.command.hr.leave.WorkingDayCalendar;
import org.backoffice.command.it.asset.AssetDirectory;
import org.backoffice.command.it.purchasing.Depreciation;
import org.backoffice.infra.accounting.StandingOrderSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A company to try the product on (backoffice.sample-company=true): once the application is
 * ready, an empty store is filled with a small German GmbH's last year through the ordinary
 * commands, each sent as the demo user of its department, so that events, audit and read models
 * are what they would be had people done it. Its history runs from January of last year to the
 * end of last month, dated as it happened wherever the domain takes a date; what the domain dates
 * itself (reviews, conflict sessions, offers, a payment run, a standing order) happens today. The
 * seed (backoffice.sample-company-seed) decides names, amounts and days: the same seed in the same
 * month gives the same company. A store that holds any event is refused: the start fails, and
 * nothing is added.
 */
@Component
public class SampleCompany {

    private static final Logger LOG = LoggerFactory.getLogger(SampleCompany.class);

    private final SampleCompanySettings settings;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final AccountNumberRegistry accountNumbers;
    private final AssetDirectory assets;
    private final PaymentProposals proposals;
    private final ChecklistSettings checklists;
    private final Depreciation depreciation;
    private final StandingOrderSchedule standingOrders;
    private final CompanySettings company;
    private final WorkingDayCalendar calendar;

    public SampleCompany(SampleCompanySettings settings, CommandGateway commands, QueryGateway queries, JdbcTemplate jdbc,
                         EventProcessingConfiguration processing, Clock clock, AccountNumberRegistry accountNumbers,
                         AssetDirectory assets, PaymentProposals proposals, ChecklistSettings checklists,
                         Depreciation depreciation, StandingOrderSchedule standingOrders, CompanySettings company,
                         WorkingDayCalendar calendar) {
        this.settings = settings;
        this.commands = commands;
        this.queries = queries;
        this.jdbc = jdbc;
        this.processing = processing;
        this.clock = clock;
        this.accountNumbers = accountNumbers;
        this.assets = assets;
        this.proposals = proposals;
        this.checklists = checklists;
        this.depreciation = depreciation;
        this.standingOrders = standingOrders;
        this.company = company;
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (settings.sampleCompany()) {
            generate();
        }
    }

    /** What was made: commands sent, events stored, and how long it took. */
    public record Made(int commands, long events, double seconds) {
    }

    /** Fills the empty store; refuses (IllegalStateException) a store that holds any event. */
    public Made generate() {
        Long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        if (stored != null && stored > 0) {
            String message = "backoffice.sample-company=true, but the event store already holds " + stored + " events: "
                    + "the sample company is made only in an empty store (start with a new backoffice.data-dir or database, "
                    + "or without the flag)";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long seed = settings.sampleCompanySeed();
        LOG.info("sample company: making {}'s books, staff and IT from January {} to {} (seed {})", company.name(),
                today.getYear() - 1, YearMonth.from(today).minusMonths(1), seed);
        Sample.Counter counter = new Sample.Counter();
        Sample.Context context = new Sample.Context(commands, jdbc, processing, counter);
        awaitFirstScheduleRuns();

        SampleBooks books = new SampleBooks(new Sample(seed, 1, today, context), accountNumbers, queries, company.name());
        SampleStaff staff = new SampleStaff(new Sample(seed, 2, today, context), domainOf(company.name()), calendar);
        Sample itSample = new Sample(seed, 3, today, context);
        SampleIt it = new SampleIt(itSample, assets);
        Sample main = new Sample(seed, 0, today, context);

        books.setUp();
        it.setUp(books.hardwareSupplier);
        staff.plan();
        staff.hireBefore();
        for (SampleStaff.Employee e : staff.staff) {
            if (e.hired) {
                it.equip(e);
            }
        }
        List<SampleStaff.Employee> hiredDuring = new ArrayList<>();
        for (YearMonth m : main.months()) {
            List<SampleStaff.Employee> starting = staff.startingIn(m);
            staff.month(m);
            for (SampleStaff.Employee e : starting) {
                it.equipNewHire(e);
                hiredDuring.add(0, e);
            }
            it.month(m, staff.active());
            books.month(m);
            staff.awaitLastDays(m);
            books.payroll(m);
        }
        books.statement();
        staff.today();
        it.today(staff.active());
        books.today(proposals);
        main.awaitQuiet();
        standingOrders.runDue();
        depreciation.runDue();
        main.awaitQuiet();
        books.close();
        staff.checklists(checklists, hiredDuring);
        main.awaitQuiet();

        double seconds = (System.nanoTime() - started) / 1e9;
        long events = main.events();
        LOG.info(String.format(Locale.ROOT, "sample company: %d commands, %d events in %.1f s (seed %d)", counter.commands,
                events, seconds, seed));
        return new Made(counter.commands, events, seconds);
    }

    /**
     * The recurring schedules (IT's depreciation, the standing orders) run once as soon as the
     * scheduler starts; that first run is waited for, so that it finds the store empty rather than
     * half made (it would post the depreciation of some assets and leave the rest for a month).
     */
    private void awaitFirstScheduleRuns() {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            Integer waiting = jdbc.queryForObject("select count(*) from scheduled_tasks where task_name in "
                    + "('backoffice-it-depreciation', 'backoffice-standing-orders') and last_success is not null", Integer.class);
            if (waiting != null && waiting >= 2) {
                return;
            }
            Sample.pause(50);
        }
        LOG.warn("sample company: the schedules' first run did not happen within 30 s; going on");
    }

    /** The company's e-mail domain: its name without the legal form, in a reserved top-level domain. */
    static String domainOf(String name) {
        String plain = SampleNames.plain(name).toLowerCase(Locale.ROOT).replaceAll("\\b(gmbh|ag|kg|mbh|ug|co)\\b", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (plain.isEmpty() ? "company" : plain) + ".example";
    }
}
