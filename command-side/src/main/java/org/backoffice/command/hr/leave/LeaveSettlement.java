package org.backoffice.command.hr.leave;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.command.hr.leave.LeaveCommands.SettleLeaveAccountCommand;
import org.backoffice.command.it.asset.OffboardingProcessor;
import org.backoffice.events.hr.EmployeeLeftEvent;
import org.springframework.stereotype.Component;

/**
 * When a termination takes effect, the leave account is settled: leave after the last day is
 * cancelled and the untaken days are counted (and paid out with the final payroll when the
 * settings say so). Part of the offboarding processor; the settlement is idempotent. Never replayed.
 */
@Component
@ProcessingGroup(OffboardingProcessor.PROCESSING_GROUP)
public class LeaveSettlement {

    private final CommandGateway commands;

    public LeaveSettlement(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(EmployeeLeftEvent left) {
        commands.sendAndWait(new SettleLeaveAccountCommand(left.employeeId(), left.lastDay()));
    }
}
