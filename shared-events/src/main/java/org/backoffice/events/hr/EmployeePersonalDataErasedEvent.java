package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The key of one class of the employee's personal data was destroyed: what was sealed under it
 * can never be read again. retentionClass is null in events stored before data was sealed per
 * class: then everything was erased at once.
 */
@Revision("1")
public record EmployeePersonalDataErasedEvent(UUID employeeId, RetentionClass retentionClass) {

    public EmployeePersonalDataErasedEvent(UUID employeeId) {
        this(employeeId, null);
    }

    /** Whether this erasure covered the class (an erasure of everything covers each). */
    public boolean covers(RetentionClass c) {
        return retentionClass == null || retentionClass == c;
    }
}
