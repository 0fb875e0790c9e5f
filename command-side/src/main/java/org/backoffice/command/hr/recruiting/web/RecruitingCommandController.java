package org.backoffice.command.hr.recruiting.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.hr.recruiting.RecruitingCommands.AcceptOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ApplyCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.GiveInterviewFeedbackCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.MakeOfferCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.RejectApplicantCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.ScheduleInterviewCommand;
import org.backoffice.command.hr.recruiting.RecruitingCommands.WithdrawApplicationCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.Recommendation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Recruiting: applicants for open positions, interviews, offers, and the hire on acceptance. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "HR")
public class RecruitingCommandController {

    private final CommandGateway commands;

    public RecruitingCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record ApplicationRequest(UUID id,
                                     @NotBlank @Size(max = 100) String firstName,
                                     @NotBlank @Size(max = 100) String lastName,
                                     @NotBlank @Email @Size(max = 254) String email,
                                     @Size(max = 200) String source) {
    }

    public record InterviewRequest(UUID id, @NotNull Instant at,
                                   @NotNull @NotEmpty @Size(max = 10) List<@NotNull UUID> interviewerIds) {
    }

    public record FeedbackRequest(@NotNull UUID interviewerId, @NotNull Recommendation recommendation,
                                  @NotBlank @Size(max = 4000) String notes) {
    }

    public record OfferRequest(@NotNull Money monthlySalary, @NotNull LocalDate startDate) {
    }

    public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/positions/{id}/applicants")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Apply for an open position", description = "409 when the position is not open. "
            + "Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> apply(@PathVariable UUID id, @Valid @RequestBody ApplicationRequest r) {
        UUID applicantId = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new ApplyCommand(applicantId, id, r.firstName().strip(), r.lastName().strip(),
                r.email().strip(), r.source() == null ? null : r.source().strip()));
        return ResponseEntity.created(URI.create("/api/v1/applicants/" + applicantId)).body(new CreatedResponse(applicantId));
    }

    @PostMapping("/applicants/{id}/interviews")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Schedule an interview with active employees as interviewers")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> interview(@PathVariable UUID id, @Valid @RequestBody InterviewRequest r) {
        UUID interviewId = r.id() != null ? r.id() : UUID.randomUUID();
        commands.sendAndWait(new ScheduleInterviewCommand(id, interviewId, r.at(), List.copyOf(r.interviewerIds())));
        return ResponseEntity.created(URI.create("/api/v1/applicants/" + id + "/interviews/" + interviewId))
                .body(new CreatedResponse(interviewId));
    }

    @PostMapping("/applicants/{id}/interviews/{iid}/feedback")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "An interviewer's feedback on an interview")
    @StandardErrors.Change
    public ResponseEntity<Void> feedback(@PathVariable UUID id, @PathVariable UUID iid, @Valid @RequestBody FeedbackRequest r) {
        commands.sendAndWait(new GiveInterviewFeedbackCommand(id, iid, r.interviewerId(), r.recommendation(),
                r.notes().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/applicants/{id}/offer")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Offer the position: salary and start date", description = "409 unless after an interview")
    @StandardErrors.Change
    public ResponseEntity<Void> offer(@PathVariable UUID id, @Valid @RequestBody OfferRequest r) {
        commands.sendAndWait(new MakeOfferCommand(id, r.monthlySalary(), r.startDate()));
        return ResponseEntity.ok().build();
    }

    /** The answer to an acceptance: the new employee. */
    public record HiredResponse(UUID employeeId) {
    }

    @PostMapping("/applicants/{id}/acceptance")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Accept the offer: hires the applicant into the position as a new employee",
            description = "Answers the new employee's id. 409 when the applicant has no offer or the position was "
                    + "filled meanwhile (the detail says by whom).")
    @StandardErrors.Change
    public ResponseEntity<HiredResponse> accept(@PathVariable UUID id) {
        UUID employeeId = commands.sendAndWait(new AcceptOfferCommand(id));
        return ResponseEntity.ok(new HiredResponse(employeeId));
    }

    @PostMapping("/applicants/{id}/rejection")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Reject the applicant")
    @StandardErrors.Change
    public ResponseEntity<Void> reject(@PathVariable UUID id, @Valid @RequestBody RejectionRequest r) {
        commands.sendAndWait(new RejectApplicantCommand(id, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/applicants/{id}/withdrawal")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "The applicant withdraws")
    @StandardErrors.Change
    public ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        commands.sendAndWait(new WithdrawApplicationCommand(id));
        return ResponseEntity.ok().build();
    }
}
