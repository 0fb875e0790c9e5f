package org.backoffice.infra.accounting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.backoffice.command.accounting.closing.BooksCommands;
import org.backoffice.events.accounting.FiscalPeriodClosedEvent;
import org.backoffice.events.accounting.PeriodSeal;
import org.backoffice.query.accounting.closing.PeriodDigests;
import org.backoffice.query.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Seals each closed period, after its close, durably (a streaming processor: a crash seals it
 * after the restart). The seal's position is the close's own event: every entry dated in the
 * period was stored before it. The chain heads at that position are final only once no writer
 * can still fill a gap below it (a transaction that took a lower position and has not committed),
 * so the seal waits for that first, at most the transaction bound.
 */
@Component
@ProcessingGroup(PeriodSealer.PROCESSING_GROUP)
public class PeriodSealer {

    public static final String PROCESSING_GROUP = "period-seals";
    private final CommandGateway commands;
    private final PeriodDigests digests;
    private final AuditLog log;
    private final Duration bound;

    PeriodSealer(CommandGateway commands, PeriodDigests digests, AuditLog log,
                 @Value("${backoffice.database.transaction-timeout:60s}") Duration bound) {
        this.commands = commands;
        this.digests = digests;
        this.log = log;
        this.bound = bound;
    }

    @EventHandler
    @DisallowReplay
    void on(FiscalPeriodClosedEvent e, TrackingToken token) throws InterruptedException {
        long position = token.position().orElseThrow();
        long deadline = System.nanoTime() + bound.multipliedBy(2).toNanos();
        while (log.safeHorizon(0) < position) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the events before position " + position + " are not settled yet");
            }
            Thread.sleep(100);
        }
        PeriodSeal seal = digests.take(e.coversFrom(), e.to(), position);
        commands.sendAndWait(new BooksCommands.SealPeriod(e.year(), e.period(), e.closing(), seal));
    }
}
