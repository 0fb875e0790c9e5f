package org.backoffice.command.accounting.closing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

import static org.backoffice.command.common.CommandRejectedException.notFound;

/**
 * Loads the books, asks, saves. A close or reopen first takes the period lock, so that it waits
 * for the postings in flight and the postings after it see it.
 */
@Component
public class BooksHandler {

    private final Repository<Books> books;
    private final PeriodLocks locks;
    private final Clock clock;
    private final YearEndEntries yearEnd;

    @org.springframework.beans.factory.annotation.Autowired
    public BooksHandler(@Qualifier("booksRepository") Repository<Books> books, PeriodLocks locks, Clock clock,
                        YearEndEntries yearEnd) {
        this.books = books;
        this.locks = locks;
        this.clock = clock;
        this.yearEnd = yearEnd;
    }

    /** Books without a ledger to post to (the rules of periods alone). */
    public BooksHandler(Repository<Books> books, PeriodLocks locks, Clock clock) {
        this(books, locks, clock, null);
    }

    /**
     * Closes the year: the profit and loss entry posted past the closed periods, the balances
     * carried, the next year opened if it was not, in one unit of work.
     */
    @CommandHandler
    public BooksCommands.YearClosed handle(BooksCommands.CloseFiscalYear c) throws Exception {
        locks.lockForClosing();
        Aggregate<Books> b = load(c.year());
        Books.YearEnd plan = b.invoke(x -> x.yearEnd(c.year()));
        YearEndEntries.Closing closing = yearEnd.close(c.year(), plan);
        b.execute(x -> x.closeYear(c.year(), closing.entryId(), closing.currency(), closing.result(), closing.carried(),
                !plan.nextYearOpened()));
        return new BooksCommands.YearClosed(c.year(), closing.entryId(), closing.result(), closing.currency(),
                closing.carried().size());
    }

    @CommandHandler
    public org.backoffice.command.accounting.ledger.TransactionOutcome handle(BooksCommands.EnterOpeningBalances c)
            throws Exception {
        Aggregate<Books> b = load(c.year());
        LocalDate day = b.invoke(x -> x.openingBalancesDay(c.year()));
        var outcome = yearEnd.enterOpeningBalances(c, day);
        b.execute(x -> x.openingBalancesEntered(c.year(), c.entryId()));
        return outcome;
    }

    @CommandHandler
    public void handle(BooksCommands.OpenFiscalYear c) throws Exception {
        Load.forCreate(books, Books.ID, Books::new, "the books").execute(b -> b.openYear(c.year(), c.startMonth()));
    }

    @CommandHandler
    public void handle(BooksCommands.ClosePeriod c) {
        locks.lockForClosing();
        LocalDate today = LocalDate.now(clock);
        load(c.year()).execute(b -> b.close(c.year(), c.period(), today));
    }

    @CommandHandler
    public void handle(BooksCommands.ReopenPeriod c) {
        locks.lockForClosing();
        load(c.year()).execute(b -> b.reopen(c.year(), c.period(), c.reason()));
    }

    @CommandHandler
    public void handle(BooksCommands.SealPeriod c) {
        load(c.year()).execute(b -> b.seal(c.year(), c.period(), c.closing(), c.seal()));
    }

    private Aggregate<Books> load(int year) {
        return Load.find(books, Books.ID, Books::exists).orElseThrow(() -> notFound("there is no fiscal year " + year));
    }
}
