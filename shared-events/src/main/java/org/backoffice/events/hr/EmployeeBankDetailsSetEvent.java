package org.backoffice.events.hr;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The bank account an employee is paid to: IBAN and BIC sealed under the employee's own key, as
 * the name is (never plaintext in an event). After erasure they read as erased.
 */
@Revision("1")
public record EmployeeBankDetailsSetEvent(UUID employeeId, String sealedIban, String sealedBic) {
}
