package org.backoffice.command.hr.employment;

import org.backoffice.command.hr.PersonalDataVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.events.hr.SealedPersonalData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

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
        Employee existing = employee.invoke(x -> x);
        if (existing.isHired()) {
            if (!isSameHire(existing, c)) {
                throw conflict("employee " + c.employeeId() + " already exists with different details");
            }
            return;
        }
        if (employee.version() != null) {
            throw conflict("id " + c.employeeId() + " is already used by something other than an employee");
        }
        if (!c.monthlySalary().isPositive()) {
            throw ruleViolated("the monthly salary must be greater than zero");
        }
        LocalDate today = LocalDate.now(clock);
        directory.activeHolderOfEmail(c.email(), today, c.employeeId()).ifPresent(holder -> {
            throw conflict("the e-mail " + c.email() + " is used by an active employee");
        });
        if (c.managerId() != null) {
            Employee.requireActiveManager(c.employeeId(), c.managerId(), directory, today);
        }
        if (position != null) {
            position.execute(p -> p.fill(c.employeeId()));
        }
        SealedPersonalData sealed = new SealedPersonalData(vault.seal(c.employeeId(), c.firstName()),
                vault.seal(c.employeeId(), c.lastName()), vault.seal(c.employeeId(), c.email()));
        employee.execute(e -> e.hire(c.employeeId(), c.positionId(), sealed, c.department(), c.jobTitle(),
                c.startDate(), c.monthlySalary(), c.managerId()));
    }

    private Aggregate<Position> loadPosition(HireEmployeeCommand c) {
        return Load.find(positions, c.positionId(), Position::exists)
                .orElseThrow(() -> ruleViolated("position " + c.positionId() + " does not exist"));
    }

    private boolean isSameHire(Employee existing, HireEmployeeCommand c) {
        SealedPersonalData p = existing.personalData();
        return existing.hasHireFacts(c.positionId(), c.department(), c.jobTitle(), c.startDate(), c.monthlySalary(),
                c.managerId())
                && Objects.equals(vault.open(c.employeeId(), p.firstName()).orElse(null), c.firstName())
                && Objects.equals(vault.open(c.employeeId(), p.lastName()).orElse(null), c.lastName())
                && Objects.equals(vault.open(c.employeeId(), p.email()).orElse(null), c.email());
    }
}
