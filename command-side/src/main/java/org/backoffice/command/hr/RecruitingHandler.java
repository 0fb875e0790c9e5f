package org.backoffice.command.hr;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.backoffice.command.hr.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.RecruitingCommands.AcceptOfferCommand;
import org.backoffice.command.hr.RecruitingCommands.ApplyCommand;
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
        try {
            Aggregate<Position> position = positions.load(id.toString());
            if (position.invoke(Position::exists)) {
                return position;
            }
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            // unknown: below
        }
        throw notFound("position " + id + " does not exist");
    }

    @CommandHandler
    public UUID handle(ApplyCommand c) throws Exception {
        Aggregate<Applicant> applicant;
        try {
            applicant = applicants.loadOrCreate(c.applicantId().toString(), Applicant::new);
        } catch (IncompatibleAggregateException e) {
            throw conflict("id " + c.applicantId() + " is already used by something other than an applicant");
        }
        if (applicant.invoke(Applicant::exists)) {
            if (!applicant.invoke(a -> a.sameApplication(c.positionId(), c.source()))) {
                throw conflict("applicant " + c.applicantId() + " already exists with different details");
            }
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
        Aggregate<Applicant> applicant;
        try {
            applicant = applicants.load(c.applicantId().toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw notFound("applicant " + c.applicantId() + " does not exist");
        }
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
