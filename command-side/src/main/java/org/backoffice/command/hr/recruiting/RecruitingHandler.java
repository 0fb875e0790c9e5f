package org.backoffice.command.hr.recruiting;

import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.Employee;
import org.backoffice.command.hr.employment.HiringHandler;
import org.backoffice.command.hr.employment.Position;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.AcceptOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ApplyCommand;
import org.backoffice.events.hr.SealedPersonalData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.conflict;
import static org.backoffice.command.common.CommandRejectedException.notFound;

/**
 * Applications for open positions, and the acceptance of an offer: one unit of work (one database
 * transaction) across the Applicant, the Position and the new Employee. The hire fills the position
 * (HiringHandler), so two acceptances for one position at the same moment cannot both succeed: both
 * append to the position, one loses the race and is run again, finds the position filled, and is
 * answered 409 with who filled it; nothing of it is stored.
 */
@Component
public class RecruitingHandler {

    private final Repository<Applicant> applicants;
    private final Repository<Position> positions;
    private final HiringHandler hiring;
    private final PersonalDataVault vault;

    public RecruitingHandler(@Qualifier("applicantRepository") Repository<Applicant> applicants,
                             @Qualifier("positionRepository") Repository<Position> positions,
                             HiringHandler hiring, PersonalDataVault vault) {
        this.applicants = applicants;
        this.positions = positions;
        this.hiring = hiring;
        this.vault = vault;
    }

    private Aggregate<Position> position(UUID id) {
        return Load.find(positions, id, Position::exists).orElseThrow(() -> notFound("position " + id + " does not exist"));
    }

    @CommandHandler
    public UUID handle(ApplyCommand c) throws Exception {
        Aggregate<Applicant> applicant = Load.forCreate(applicants, c.applicantId(), Applicant::new, "an applicant");
        if (Load.isRepeat(applicant, Applicant::exists, a -> a.sameApplication(c.positionId(), c.source()),
                "applicant " + c.applicantId())) {
            return c.applicantId();
        }
        Aggregate<Position> position = position(c.positionId());
        if (!position.invoke(Position::isOpen)) {
            throw conflict("position " + c.positionId() + " is not open: it is " + position.invoke(Position::statusName));
        }
        SealedPersonalData sealed = new SealedPersonalData(vault.seal(c.applicantId(), c.firstName()),
                vault.seal(c.applicantId(), c.lastName()), vault.seal(c.applicantId(), c.email()));
        applicant.execute(a -> a.submit(c.applicantId(), c.positionId(), sealed, c.source()));
        return c.applicantId();
    }

    @CommandHandler
    public UUID handle(AcceptOfferCommand c) throws Exception {
        Aggregate<Applicant> applicant = Load.find(applicants, c.applicantId(), Applicant::exists)
                .orElseThrow(() -> notFound("applicant " + c.applicantId() + " does not exist"));
        Applicant a = applicant.invoke(x -> x);
        UUID employeeId = RecruitingCommands.employeeIdOf(c.applicantId());
        if (a.stage() == Applicant.Stage.HIRED) {
            return employeeId; // accepted already
        }
        if (a.stage() != Applicant.Stage.OFFER) {
            throw conflict("applicant " + c.applicantId() + " is " + a.stage() + ": only an offer can be accepted");
        }
        Aggregate<Position> position = position(a.positionId());
        if (!position.invoke(Position::isOpen)) {
            UUID by = position.invoke(Position::filledBy);
            throw conflict("position " + a.positionId() + " is no longer open (" + position.invoke(Position::statusName)
                    + (by != null ? " by employee " + by : "") + "): this offer can no longer be accepted");
        }
        SealedPersonalData data = a.personalData();
        String first = vault.open(c.applicantId(), data.firstName()).orElseThrow(() -> erasedAlready(c.applicantId()));
        String last = vault.open(c.applicantId(), data.lastName()).orElseThrow(() -> erasedAlready(c.applicantId()));
        String email = vault.open(c.applicantId(), data.email()).orElseThrow(() -> erasedAlready(c.applicantId()));
        hiring.handle(new HireEmployeeCommand(employeeId, a.positionId(), first, last, email,
                position.invoke(Position::department), position.invoke(Position::title), a.offeredStart(),
                a.offeredSalary(), null));
        applicant.execute(x -> x.hired(employeeId));
        return employeeId;
    }

    private static RuntimeException erasedAlready(UUID applicantId) {
        return conflict("the personal data of applicant " + applicantId + " has been erased");
    }
}
