package org.backoffice.command.hr.recruiting;

import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.Employee;
import org.backoffice.command.hr.employment.HiringHandler;
import org.backoffice.command.hr.employment.Position;
import org.backoffice.command.hr.employment.PositionFacts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.common.Load;
import org.backoffice.command.hr.recruiting.RecruitingCommands.AcceptOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ApplyCommand;
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
        PositionFacts position = position(c.positionId()).invoke(Position::facts);
        applicant.execute(a -> a.applyFor(c, position, vault));
        return c.applicantId();
    }

    @CommandHandler
    public UUID handle(AcceptOfferCommand c) throws Exception {
        Aggregate<Applicant> applicant = Load.find(applicants, c.applicantId(), Applicant::exists)
                .orElseThrow(() -> notFound("applicant " + c.applicantId() + " does not exist"));
        UUID employeeId = RecruitingCommands.employeeIdOf(c.applicantId());
        if (applicant.invoke(Applicant::isHired)) {
            return employeeId; // accepted already
        }
        Aggregate<Position> position = position(applicant.invoke(Applicant::positionId));
        PositionFacts facts = position.invoke(Position::facts);
        hiring.handle(applicant.invoke(a -> a.hireOnAcceptance(employeeId, facts, vault)));
        applicant.execute(a -> a.hired(employeeId));
        return employeeId;
    }
}
