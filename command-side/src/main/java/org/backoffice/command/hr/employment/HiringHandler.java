package org.backoffice.command.hr.employment;

import org.backoffice.command.hr.PersonalDataVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/**
 * A hire creates the employee and fills the position in one unit of work, so a position is
 * never filled by a hire that did not happen, nor a hire made into a position that was not open.
 * The position is locked first, so two hires into it are serialised and the second is refused.
 */
@Component
public class HiringHandler {

    private final Repository<Employee> employees;
    private final Repository<Position> positions;
    private final EmployeeDirectory directory;
    private final PersonalDataVault vault;
    private final Clock clock;

    public HiringHandler(@Qualifier("employeeRepository") Repository<Employee> employees,
                         @Qualifier("positionRepository") Repository<Position> positions,
                         EmployeeDirectory directory, PersonalDataVault vault, Clock clock) {
        this.employees = employees;
        this.positions = positions;
        this.directory = directory;
        this.vault = vault;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(HireEmployeeCommand c) throws Exception {
        Aggregate<Position> position = c.positionId() == null ? null : loadPosition(c);
        Aggregate<Employee> employee = Load.forCreate(employees, c.employeeId(), Employee::new, "an employee");
        if (Load.isRepeat(employee, Employee::isHired, e -> e.isSameHire(c, vault), "employee " + c.employeeId())) {
            return;
        }
        if (employee.version() != null) {
            throw conflict("id " + c.employeeId() + " is already used by something other than an employee");
        }
        employee.execute(e -> e.hire(c, directory, vault, LocalDate.now(clock)));
        if (position != null) {
            position.execute(p -> p.fill(c.employeeId()));
        }
    }

    private Aggregate<Position> loadPosition(HireEmployeeCommand c) {
        return Load.find(positions, c.positionId(), Position::exists)
                .orElseThrow(() -> ruleViolated("position " + c.positionId() + " does not exist"));
    }
}
