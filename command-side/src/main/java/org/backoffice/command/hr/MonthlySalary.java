package org.backoffice.command.hr;

import org.backoffice.events.common.Money;

import static org.backoffice.command.common.CommandRejectedException.ruleViolated;

/** The rule every salary of the HR department follows (a hire, a raise, an offer): more than zero. */
public final class MonthlySalary {

    private MonthlySalary() {
    }

    /** Refused (422) unless the salary is greater than zero; "what" names it in the answer. */
    public static void requirePositive(Money salary, String what) {
        if (!salary.isPositive()) {
            throw ruleViolated(what + " must be greater than zero");
        }
    }
}
