package org.backoffice.command.accounting.bank.jdbc;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.backoffice.command.accounting.bank.BankEntryReferences;
import org.backoffice.events.accounting.BankEntry;
import org.backoffice.events.accounting.BankStatementImportedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The entry references per account, written by a subscribing processor in the transaction that
 * stores the import: two imports of the same entries at once collide on the primary key, and
 * the second is refused instead of booking the entries twice.
 */
@Component
@ProcessingGroup("bank-entry-lookup")
public class JdbcBankEntryReferences implements BankEntryReferences {

    private final JdbcTemplate jdbc;

    public JdbcBankEntryReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> known(UUID accountId, Collection<String> references) {
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(references);
        for (int i = 0; i < all.size(); i += 1000) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 1000));
            known.addAll(jdbc.queryForList("select reference from bank_entry_lookup where account_id = ? and reference = any(?)",
                    String.class, accountId, chunk.toArray(String[]::new)));
        }
        return known;
    }

    @EventHandler
    void on(BankStatementImportedEvent e) {
        jdbc.batchUpdate("insert into bank_entry_lookup (account_id, reference, statement_id) values (?, ?, ?)",
                e.entries().stream().map(BankEntry::reference).map(r -> new Object[] {e.accountId(), r, e.statementId()})
                        .toList());
    }

    @Override
    public boolean isLinked(UUID transactionId) {
        return !jdbc.queryForList("select 1 from bank_linked_transaction where transaction_id = ?", Integer.class,
                transactionId).isEmpty();
    }

    /** Each journal entry a statement entry booked or was linked to, once: a second link collides on the key. */
    @EventHandler
    void on(org.backoffice.events.accounting.BankEntryResolvedEvent e) {
        jdbc.batchUpdate("insert into bank_linked_transaction (transaction_id, statement_id, position) values (?, ?, ?)",
                e.transactionIds().stream().map(t -> new Object[] {t, e.statementId(), e.position()}).toList());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from bank_entry_lookup");
        jdbc.update("delete from bank_linked_transaction");
    }
}
