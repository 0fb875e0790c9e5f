package org.backoffice.events.hr;

/**
 * What a piece of personal data is kept for, and so how long: each class is sealed under a key
 * of its own per person, and erased when its retention has run out.
 * <ul>
 * <li>HR_FILE: the personnel file (e-mail, leave notes, disciplinary reasons, conflict notes),
 * kept while claims from the employment can still be raised.</li>
 * <li>PAYROLL: what the payroll and accounting records need to stay readable (the name, the bank
 * details), kept as long as the books (HGB §257, AO §147).</li>
 * <li>APPLICANT: an applicant's data, kept until a rejection can no longer be challenged.</li>
 * </ul>
 */
public enum RetentionClass {
    HR_FILE, PAYROLL, APPLICANT
}
