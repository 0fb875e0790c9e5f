package org.backoffice.command.hr.employment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.hr.employment.Commands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.hr.employment.Commands.ChangeSalaryCommand;
import org.backoffice.command.hr.employment.Commands.ClosePositionCommand;
import org.backoffice.command.hr.employment.Commands.ErasePersonalDataCommand;
import org.backoffice.command.hr.employment.Commands.HireEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.OpenConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.OpenPositionCommand;
import org.backoffice.command.hr.employment.Commands.RecordDisciplinaryActionCommand;
import org.backoffice.command.hr.employment.Commands.ResolveConflictCaseCommand;
import org.backoffice.command.hr.employment.Commands.TerminateEmployeeCommand;
import org.backoffice.command.hr.employment.Commands.TransferEmployeeCommand;
import org.backoffice.events.common.Money;
import org.backoffice.events.hr.DisciplinaryLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "HR")
public class HrCommandController {

    private final CommandGateway commands;
    private final java.time.Clock clock;

    public HrCommandController(CommandGateway commands, java.time.Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record OpenPositionRequest(UUID id, @NotBlank @Size(max = 200) String title,
                                      @NotBlank @Size(max = 100) String department) {
    }

    public record HireRequest(UUID id, UUID positionId,
                              @NotBlank @Size(max = 100) String firstName,
                              @NotBlank @Size(max = 100) String lastName,
                              @NotBlank @Email @Size(max = 254) String email,
                              @NotBlank @Size(max = 100) String department,
                              @NotBlank @Size(max = 200) String jobTitle,
                              @NotNull LocalDate startDate,
                              @NotNull Money monthlySalary,
                              UUID managerId) {
    }

    public record TransferRequest(@NotBlank @Size(max = 100) String department,
                                  @NotBlank @Size(max = 200) String jobTitle,
                                  UUID managerId,
                                  @NotNull LocalDate effectiveDate) {
    }

    public record SalaryChangeRequest(@NotNull Money monthlySalary, @NotNull LocalDate effectiveDate) {
    }

    public record DisciplinaryActionRequest(UUID id, @NotNull DisciplinaryLevel level,
                                            @NotBlank @Size(max = 2000) String reason, @NotNull LocalDate date) {
    }

    public record ReviewRequest(UUID id,
                                @NotNull @Pattern(regexp = "\\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?",
                                        message = "must be a year (2026), half (2026-H1), quarter (2026-Q3) or month (2026-09)")
                                String period,
                                @NotNull @Min(1) @Max(5) Integer rating,
                                @NotNull UUID reviewerId,
                                @NotBlank @Size(max = 4000) String summary) {
    }

    public record TerminationRequest(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 2000) String reason,
                                     @io.swagger.v3.oas.annotations.media.Schema(description = "why the employment ends; "
                                             + "CONDUCT needs an active written or final warning on the last day")
                                     org.backoffice.events.hr.TerminationGrounds grounds) {

        public TerminationRequest(LocalDate effectiveDate, String reason) {
            this(effectiveDate, reason, null);
        }
    }

    public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ConflictRequest(UUID id, @NotNull @Size(min = 2, max = 2, message = "must name exactly two employees")
                                  List<@NotNull UUID> employeeIds,
                                  @NotBlank @Size(max = 4000) String description) {
    }

    public record ResolutionRequest(@NotBlank @Size(max = 4000) String outcome) {
    }

    public record MediatorRequest(@NotNull UUID mediatorId) {
    }

    public record SessionNoteRequest(@NotNull UUID employeeId, @NotBlank @Size(max = 4000) String note) {
    }

    public record SessionRequest(UUID id, @NotNull LocalDate date,
                                 @io.swagger.v3.oas.annotations.media.Schema(description = "a note per party, each optional")
                                 @Size(max = 2, message = "at most one note per party") List<@NotNull @Valid SessionNoteRequest> notes) {
    }

    public record EscalationRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    public record FollowUpRequest(UUID id, @NotNull LocalDate date, @Size(max = 500) String purpose) {
    }

    private static UUID idOr(UUID given) {
        return given != null ? given : UUID.randomUUID();
    }

    private static ResponseEntity<CreatedResponse> created(String path, UUID id) {
        return ResponseEntity.created(URI.create(path + id)).body(new CreatedResponse(id));
    }

    @PostMapping("/positions")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Open a position")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> openPosition(@Valid @RequestBody OpenPositionRequest r) {
        UUID id = idOr(r.id());
        commands.sendAndWait(new OpenPositionCommand(id, r.title().strip(), r.department().strip()));
        return created("/api/v1/positions/", id);
    }

    @PostMapping("/positions/{id}/closure")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Close an open position unfilled")
    @StandardErrors.Change
    public ResponseEntity<Void> closePosition(@PathVariable UUID id) {
        commands.sendAndWait(new ClosePositionCommand(id));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/employees")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Hire an employee, optionally into an open position",
            description = "409 when the e-mail is used by an active employee or the position is not open")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> hire(@Valid @RequestBody HireRequest r) {
        UUID id = idOr(r.id());
        commands.sendAndWait(new HireEmployeeCommand(id, r.positionId(), r.firstName().strip(), r.lastName().strip(),
                r.email().strip(), r.department().strip(), r.jobTitle().strip(), r.startDate(), r.monthlySalary(),
                r.managerId()));
        return created("/api/v1/employees/", id);
    }

    @PostMapping("/employees/{id}/transfer")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Move an employee to another department, job or manager")
    @StandardErrors.Change
    public ResponseEntity<Void> transfer(@PathVariable UUID id, @Valid @RequestBody TransferRequest r) {
        commands.sendAndWait(new TransferEmployeeCommand(id, r.department().strip(), r.jobTitle().strip(), r.managerId(),
                r.effectiveDate()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/employees/{id}/salary-change")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Change the monthly salary from a date on")
    @StandardErrors.Change
    public ResponseEntity<Void> changeSalary(@PathVariable UUID id, @Valid @RequestBody SalaryChangeRequest r) {
        commands.sendAndWait(new ChangeSalaryCommand(id, r.monthlySalary(), r.effectiveDate()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/employees/{id}/disciplinary-actions")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Record a disciplinary action (its reason is personal data)",
            description = "422 dated in the future or before the start date; 409 no longer employed")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> discipline(@PathVariable UUID id, @Valid @RequestBody DisciplinaryActionRequest r) {
        UUID actionId = idOr(r.id());
        commands.sendAndWait(new RecordDisciplinaryActionCommand(id, actionId, r.level(), r.reason().strip(), r.date()));
        return created("/api/v1/employees/" + id + "/disciplinary-actions/", actionId);
    }

    @PostMapping("/employees/{id}/disciplinary-actions/{actionId}/withdrawal")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Withdraw a disciplinary action, with the reason (personal data)",
            description = "404 no such action; 409 already withdrawn, or the HR file is erased")
    @StandardErrors.Change
    public ResponseEntity<Void> withdrawDisciplinaryAction(@PathVariable UUID id, @PathVariable UUID actionId,
                                                           @Valid @RequestBody WithdrawalRequest r) {
        commands.sendAndWait(new Commands.WithdrawDisciplinaryActionCommand(id, actionId, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/employees/{id}/reviews")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Record a performance review for a period",
            description = "One review per employee and period; the reviewer is another active employee. "
                    + "Idempotent on a client-chosen id.")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest r) {
        UUID reviewId = idOr(r.id());
        commands.sendAndWait(new Commands.RecordPerformanceReviewCommand(id, reviewId, r.period(), r.rating(),
                r.reviewerId(), r.summary().strip()));
        return created("/api/v1/employees/" + id + "/reviews/", reviewId);
    }

    @PostMapping("/employees/{id}/termination")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Terminate the employment; effectiveDate is the last day worked",
            description = "grounds CONDUCT: 422 unless a written or final warning is active (neither withdrawn nor expired) "
                    + "on the last day (an Abmahnung before a dismissal for conduct)")
    @StandardErrors.Change
    public ResponseEntity<Void> terminate(@PathVariable UUID id, @Valid @RequestBody TerminationRequest r) {
        commands.sendAndWait(new TerminateEmployeeCommand(id, r.effectiveDate(), r.reason().strip(), r.grounds()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/employees/{id}/bank-details")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "The IBAN and BIC an employee is paid to (personal data, sealed under the employee's key)",
            description = "409 after the personal data was erased.")
    @StandardErrors.Change
    public ResponseEntity<Void> setBankDetails(@PathVariable UUID id,
                                               @Valid @RequestBody org.backoffice.command.common.BankDetailsRequest r) {
        org.backoffice.events.accounting.BankDetails details = r.validated("");
        commands.sendAndWait(new org.backoffice.command.hr.employment.Commands.SetEmployeeBankDetailsCommand(id,
                details.iban(), details.bic()));
        return ResponseEntity.ok().build();
    }

    /** One class of the employee's personal data: ERASED now (or before), or SCHEDULED for the day after retainedUntil. */
    public record ErasureStep(org.backoffice.events.hr.RetentionClass retentionClass, LocalDate retentionStart,
                              LocalDate retainedUntil,
                              @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"ERASED", "SCHEDULED"}) String status,
                              @io.swagger.v3.oas.annotations.media.Schema(description = "the day it is erased on, when scheduled")
                              LocalDate erasesOn,
                              String basis) {
    }

    public record ErasurePlanResponse(UUID employeeId, List<ErasureStep> classes) {
    }

    @PostMapping("/employees/{id}/erasure")
    @PreAuthorize(Allowed.ADMIN)
    @Operation(summary = "Erase a former employee's personal data, each retention class when its retention ends (ADMIN)",
            description = "Each class whose retention has run out is erased at once; each other one is scheduled for the day "
                    + "after its retention ends, on a durable deadline. The answer is the plan; asked again, the same plan. "
                    + "409 while the employee is not terminated or the last day has not passed.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The erasure plan")
    public ResponseEntity<ErasurePlanResponse> erase(@PathVariable UUID id) {
        List<org.backoffice.events.hr.PlannedErasure> plan = commands.sendAndWait(new ErasePersonalDataCommand(id));
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(new ErasurePlanResponse(id, plan.stream().map(p -> p.retainedUntil().isBefore(today)
                ? new ErasureStep(p.retentionClass(), p.retentionStart(), p.retainedUntil(), "ERASED", null, p.basis())
                : new ErasureStep(p.retentionClass(), p.retentionStart(), p.retainedUntil(), "SCHEDULED",
                        p.retainedUntil().plusDays(1), p.basis())).toList()));
    }

    @PostMapping("/conflicts")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Open a conflict case between two active employees")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> openConflict(@Valid @RequestBody ConflictRequest r) {
        UUID id = idOr(r.id());
        commands.sendAndWait(new OpenConflictCaseCommand(id, List.copyOf(r.employeeIds()), r.description().strip()));
        return created("/api/v1/conflicts/", id);
    }

    @PostMapping("/conflicts/{id}/resolution")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Record the agreement that resolves a conflict case, once", description = "409 already closed")
    @StandardErrors.Change
    public ResponseEntity<Void> resolveConflict(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest r) {
        commands.sendAndWait(new ResolveConflictCaseCommand(id, r.outcome().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/conflicts/{id}/escalation")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Escalate a conflict case the mediation could not resolve (closes it)", description = "409 already closed")
    @StandardErrors.Change
    public ResponseEntity<Void> escalateConflict(@PathVariable UUID id, @Valid @RequestBody EscalationRequest r) {
        commands.sendAndWait(new Commands.EscalateConflictCaseCommand(id, r.reason().strip()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/conflicts/{id}/mediator")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Assign the mediator of a conflict case: an active employee who is not a party",
            description = "409 closed; 422 a party, or not an active employee (mediatorId)")
    @StandardErrors.Change
    public ResponseEntity<Void> assignMediator(@PathVariable UUID id, @Valid @RequestBody MediatorRequest r) {
        commands.sendAndWait(new Commands.AssignConflictMediatorCommand(id, r.mediatorId()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/conflicts/{id}/sessions")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Record a session of a conflict case with a note per party (each sealed under that party's key)",
            description = "409 closed; 422 no mediator yet, dated in the future or before the case was opened (date), "
                    + "a note for someone who is not a party or two for one (notes[i].employeeId)")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> recordSession(@PathVariable UUID id, @Valid @RequestBody SessionRequest r) {
        UUID sessionId = idOr(r.id());
        commands.sendAndWait(new Commands.RecordConflictSessionCommand(id, sessionId, r.date(), (r.notes() == null ? List.<SessionNoteRequest>of() : r.notes()).stream()
                .map(n -> new Commands.ConflictSessionNote(n.employeeId(), n.note().strip())).toList()));
        return created("/api/v1/conflicts/" + id + "/sessions/", sessionId);
    }

    @PostMapping("/conflicts/{id}/follow-ups")
    @PreAuthorize(Allowed.HR)
    @Operation(summary = "Schedule a follow-up of a conflict case: on its day a durable reminder marks it due",
            description = "409 closed; 422 a day in the past (date)")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> scheduleFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpRequest r) {
        UUID followUpId = idOr(r.id());
        commands.sendAndWait(new Commands.ScheduleConflictFollowUpCommand(id, followUpId, r.date(),
                r.purpose() == null || r.purpose().isBlank() ? null : r.purpose().strip()));
        return created("/api/v1/conflicts/" + id + "/follow-ups/", followUpId);
    }
}
