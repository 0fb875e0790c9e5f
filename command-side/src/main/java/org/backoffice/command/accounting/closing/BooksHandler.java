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

    public BooksHandler(@Qualifier("booksRepository") Repository<Books> books, PeriodLocks locks, Clock clock) {
        this.books = books;
        this.locks = locks;
        this.clock = clock;
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
