package org.backoffice.command.accounting.partner.jdbc;

import org.backoffice.command.accounting.partner.PartnerNumbers;
import org.backoffice.events.accounting.PartyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.backoffice.command.common.CommandRejectedException.conflict;

/**
 * The next personal account number from the account number lookup. Two registrations at the same
 * moment may pick the same number: the lookup's primary key then refuses the second, which is
 * answered 409 and may simply be sent again.
 */
@Component
public class JdbcPartnerNumbers implements PartnerNumbers {

    private final JdbcTemplate jdbc;

    public JdbcPartnerNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String nextFree(PartyKind kind) {
        long from = kind == PartyKind.CUSTOMER ? 10000 : 70000;
        long to = kind == PartyKind.CUSTOMER ? 69999 : 99999;
        Long highest = jdbc.queryForObject("""
                select max(account_number::bigint) from account_number_lookup
                where account_number ~ '^[0-9]{5}$' and account_number::bigint between ? and ?""", Long.class, from, to);
        long next = highest == null ? from : highest + 1;
        if (next > to) {
            throw conflict("accountNumber", "every " + kind.name().toLowerCase() + " account number from " + from + " to "
                    + to + " is taken: give one");
        }
        return Long.toString(next);
    }
}
