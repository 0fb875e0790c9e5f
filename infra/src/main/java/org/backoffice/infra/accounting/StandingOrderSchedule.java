package org.backoffice.infra.accounting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.backoffice.command.common.Payday;
import org.backoffice.command.accounting.standingorder.StandingOrderCommands.ExecuteStandingOrderCommand;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.FindStandingOrders;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.StandingOrderList;
import org.backoffice.query.accounting.standingorder.StandingOrderProjection.StandingOrderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pays every month of every active standing order whose day has come and that is not paid yet,
 * oldest first (a server down on the day pays the month when it returns). The read model says
 * which months look unpaid; the StandingOrder aggregate decides, so a month the read model has
 * not caught up with yet, or two checks at once, still pay once (the payment's id derives from the
 * order and the month, and the order records the month with the payment in one transaction).
 */
public class StandingOrderSchedule {

    private static final Logger log = LoggerFactory.getLogger(StandingOrderSchedule.class);
    private static final int PAGE = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    public StandingOrderSchedule(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** The months of this order to pay today. */
    static List<YearMonth> dueMonths(StandingOrderView order, LocalDate today) {
        Set<YearMonth> paid = order.executions().stream().map(e -> e.month()).collect(Collectors.toSet());
        YearMonth last = YearMonth.from(today);
        if (order.endMonth() != null && order.endMonth().isBefore(last)) {
            last = order.endMonth();
        }
        List<YearMonth> due = new ArrayList<>();
        for (YearMonth m = order.startMonth(); !m.isAfter(last); m = m.plusMonths(1)) {
            if (!paid.contains(m) && !today.isBefore(Payday.of(m, order.dayOfMonth()))) {
                due.add(m);
            }
        }
        return due;
    }

    public synchronized int runDue() {
        LocalDate today = LocalDate.now(clock);
        int executed = 0;
        for (int page = 0; ; page++) {
            List<StandingOrderView> orders = queries.query(new FindStandingOrders("ACTIVE", page, PAGE),
                    StandingOrderList.class).join().page().items();
            for (StandingOrderView order : orders) {
                for (YearMonth month : dueMonths(order, today)) {
                    try {
                        if (commands.sendAndWait(new ExecuteStandingOrderCommand(order.id(), month)) != null) {
                            executed++;
                            log.info("Standing order {} paid for {}", order.id(), month);
                        }
                    } catch (RuntimeException e) {
                        log.error("Standing order {} could not be paid for {}: {}", order.id(), month, e.getMessage());
                        break; // its later months wait for this one; the next check tries again
                    }
                }
            }
            if (orders.size() < PAGE) {
                return executed;
            }
        }
    }
}
