package org.backoffice.command.hr.recruiting;

import org.backoffice.command.hr.PersonalDataVault;
import org.backoffice.command.hr.employment.jdbc.JdbcEmployeeDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.backoffice.events.hr.ApplicantPersonalDataErasedEvent;
import org.springframework.stereotype.Component;

/**
 * Destroys an applicant's key when their retention period ends. Subscribing (the employee
 * directory's processor): it runs in the unit of work that stores the event, so the event and
 * the shredding commit together or not at all.
 */
@Component
@ProcessingGroup(JdbcEmployeeDirectory.PROCESSING_GROUP)
public class ApplicantKeyShredder {

    private final PersonalDataVault vault;

    public ApplicantKeyShredder(PersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(ApplicantPersonalDataErasedEvent e) {
        vault.shred(e.applicantId());
    }
}
