package org.backoffice.command.it.telephony.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.CreatedResponse;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.it.telephony.NumberBlock;
import org.backoffice.command.it.telephony.NumberPlan;
import org.backoffice.command.it.telephony.TelephonyCommands.AssignPhoneNumberCommand;
import org.backoffice.command.it.telephony.TelephonyCommands.CreateNumberBlockCommand;
import org.backoffice.command.it.telephony.TelephonyCommands.ReleasePhoneNumberCommand;
import org.backoffice.command.it.telephony.TelephonyDirectory;
import org.backoffice.command.it.telephony.TelephonySettings;
import org.backoffice.events.it.NumberBlockKind;
import org.backoffice.events.it.ReturnCause;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

import static org.backoffice.command.common.CommandRejectedException.notFound;

@RestController
@Tag(name = "IT")
public class TelephonyCommandController {

    private final CommandGateway commands;
    private final TelephonyDirectory directory;
    private final TelephonySettings settings;

    public TelephonyCommandController(CommandGateway commands, TelephonyDirectory directory, TelephonySettings settings) {
        this.commands = commands;
        this.directory = directory;
        this.settings = settings;
    }

    public record NumberBlockRequest(UUID id, @NotBlank @Size(max = 200) String name, @NotNull NumberBlockKind kind,
                                     @NotBlank @Size(max = 40) String first, @NotNull @Min(1) @Max(NumberBlock.MAX_SIZE) Integer size) {
    }

    public record NumberAssignmentRequest(@NotBlank @Size(max = 40) String number, UUID employeeId, UUID assetId) {
    }

    public record NumberReleaseRequest(@Size(max = 2000) String note) {
    }

    public record NumberAssigned(UUID id, String number) {
    }

    @PostMapping("/api/v1/number-blocks")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Record a block of the company's numbers: a carrier's direct-dial range (E.164) or the phone system's extensions",
            description = "400 an invalid first number or a size outside 1–10,000; 409 it overlaps another block; 422 its last number is of another length or not valid")
    @StandardErrors.Create
    public ResponseEntity<CreatedResponse> createBlock(@Valid @RequestBody NumberBlockRequest r) {
        UUID id = r.id() != null ? r.id() : UUID.randomUUID();
        String first = NumberPlan.canonical(r.kind(), "first", r.first(), settings.defaultRegion());
        commands.sendAndWait(new CreateNumberBlockCommand(id, r.name().strip(), r.kind(), first, r.size()));
        return ResponseEntity.created(URI.create("/api/v1/number-blocks/" + id)).body(new CreatedResponse(id));
    }

    private String canonical(UUID block, String number) {
        NumberBlockKind kind = directory.block(block).map(TelephonyDirectory.BlockEntry::kind)
                .orElseThrow(() -> notFound("number block " + block + " does not exist"));
        return NumberPlan.canonical(kind, "number", number, settings.defaultRegion());
    }

    @PostMapping("/api/v1/number-blocks/{id}/numbers")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Give a number of the block to an employee or to a device (exactly one)",
            description = "400 not a valid number, or not exactly one holder; 404 no such block; 409 the number is held (by whom); 422 outside the block, an employee not active, a device unknown or retired")
    @StandardErrors.Create
    public ResponseEntity<NumberAssigned> assign(@PathVariable UUID id, @Valid @RequestBody NumberAssignmentRequest r) {
        if ((r.employeeId() == null) == (r.assetId() == null)) {
            throw StandardErrors.invalidField(r.employeeId() == null ? "employeeId" : "assetId",
                    "give exactly one holder: an employeeId or an assetId");
        }
        String number = canonical(id, r.number());
        UUID numberId = NumberPlan.numberId(number);
        commands.sendAndWait(new AssignPhoneNumberCommand(numberId, id, number, r.employeeId(), r.assetId()));
        return ResponseEntity.created(URI.create("/api/v1/number-blocks/" + id + "/numbers/" + number))
                .body(new NumberAssigned(numberId, number));
    }

    @PostMapping("/api/v1/number-blocks/{id}/numbers/{number}/release")
    @PreAuthorize(Allowed.IT)
    @Operation(summary = "Free a number its holder no longer needs", description = "404 never assigned in this block; 409 not assigned now")
    @StandardErrors.Change
    public ResponseEntity<Void> release(@PathVariable UUID id, @PathVariable String number,
                                        @Valid @RequestBody(required = false) NumberReleaseRequest r) {
        String canonical = canonical(id, number);
        commands.sendAndWait(new ReleasePhoneNumberCommand(NumberPlan.numberId(canonical), id, ReturnCause.RETURNED,
                r == null || r.note() == null || r.note().isBlank() ? null : r.note().strip(), null));
        return ResponseEntity.ok().build();
    }
}
