package org.backoffice.command.it.purchasing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.accounting.ledger.PostJournalEntryCommand;
import org.backoffice.command.it.purchasing.PurchasingCommands.RecordMonthlyDepreciationCommand;
import org.backoffice.events.accounting.EntrySide;
import org.backoffice.events.common.Money;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The monthly depreciation of IT's fixed assets, straight line, posted once a month has ended:
 * one journal entry (series AFA, dated the month's last day) debits each depreciation account
 * and credits each fixed-asset account with what the month's schedules reach, then the month is
 * recorded. Run by a recurring task on db-scheduler (one instance at a time, and a month missed
 * while every instance was down runs as soon as one starts); the entry's and the month's ids are
 * derived from the month, so a second run of a month posts nothing twice. However many assets,
 * a month is one set-based query and one entry with a pair of lines per account pair: far inside
 * the transaction bound.
 */
@Component
public class Depreciation {

    private final CommandGateway commands;
    private final DepreciationRegister register;
    private final Clock clock;

    public Depreciation(CommandGateway commands, DepreciationRegister register, Clock clock) {
        this.commands = commands;
        this.register = register;
        this.clock = clock;
    }

    public static UUID entryOf(YearMonth month) {
        return UUID.nameUUIDFromBytes(("it-depreciation-entry:" + month).getBytes(StandardCharsets.UTF_8));
    }

    /** Every month from the first not yet posted through the last one that has ended; the months posted. */
    public List<YearMonth> runDue() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        List<YearMonth> done = new ArrayList<>();
        var first = register.firstOpenMonth();
        for (YearMonth m = first.orElse(last.plusMonths(1)); !m.isAfter(last); m = m.plusMonths(1)) {
            post(m);
            done.add(m);
        }
        return done;
    }

    void post(YearMonth month) {
        long position = register.position();
        List<DepreciationRegister.MonthTotal> totals = register.dueThrough(month, position);
        List<PostJournalEntryCommand.Line> lines = new ArrayList<>();
        Money total = null;
        int assets = 0;
        for (var t : totals) {
            lines.add(new PostJournalEntryCommand.Line(t.depreciationAccountId(), EntrySide.DEBIT, t.amount()));
            lines.add(new PostJournalEntryCommand.Line(t.assetAccountId(), EntrySide.CREDIT, t.amount()));
            total = total == null ? t.amount() : total.plus(t.amount());
            assets += t.assets();
        }
        UUID entry = null;
        if (!lines.isEmpty()) {
            entry = entryOf(month);
            commands.sendAndWait(new PostJournalEntryCommand(entry, null, "AFA", month.atEndOfMonth(), month.atEndOfMonth(),
                    "Abschreibungen IT " + month + " (" + assets + (assets == 1 ? " Anlage)" : " Anlagen)"), lines));
        }
        commands.sendAndWait(new RecordMonthlyDepreciationCommand(DepreciationMonth.idOf(month), month, entry, assets,
                total == null ? Money.zero("EUR") : total, position));
    }
}
