package org.backoffice.command.hr.checklist.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.backoffice.command.common.Allowed;
import org.backoffice.command.common.StandardErrors;
import org.backoffice.command.hr.checklist.ChecklistCommands.CompleteChecklistTaskCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@RestController
@Tag(name = "HR")
public class ChecklistCommandController {

    private final CommandGateway commands;

    public ChecklistCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    public record TaskCompletionRequest(@Size(max = 2000) String note) {
    }

    /** The caller's roles without the ROLE_ prefix. */
    static Set<String> rolesOf(Principal user) {
        if (!(user instanceof Authentication auth)) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
    }

    @PostMapping("/api/v1/checklists/{id}/tasks/{key}/completion")
    @PreAuthorize(Allowed.CHECKLIST_TASKS)
    @Operation(summary = "Complete a task of an onboarding or offboarding checklist by hand, with an optional note",
            description = "Only a user with the task's owner role (HR, ACCOUNTING or IT) or ADMIN may (403 otherwise, "
                    + "nothing stored); 404 for an unknown checklist or task; 409 when the task is already done (also "
                    + "when the system completed it by itself). The note is personal data (sealed under the employee's key). "
                    + "When the last task is done the checklist is done.")
    @StandardErrors.Change
    public ResponseEntity<Void> completeTask(@PathVariable UUID id, @PathVariable String key,
                                             @Valid @RequestBody TaskCompletionRequest r, Principal user) {
        commands.sendAndWait(new CompleteChecklistTaskCommand(id, key, user.getName(), rolesOf(user), r.note()));
        return ResponseEntity.ok().build();
    }
}
