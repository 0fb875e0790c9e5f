package org.backoffice.peer;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The transfer: one command whose handler records the transaction and loads both accounts from
 * their repository, debiting one and crediting the other, in the command's one unit of work (and
 * so one database transaction): all three events are stored, or none.
 */
@Component
public class TransferHandler {

    private final Repository<Account> accounts;
    private final Repository<Transaction> transactions;

    public TransferHandler(Repository<Account> accounts, Repository<Transaction> transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @CommandHandler
    public void handle(Messages.Transfer command) throws Exception {
        if (command.from.equals(command.to)) {
            throw new IllegalArgumentException("a transfer needs two accounts");
        }
        transactions.newInstance(() -> new Transaction(command.id, command.from, command.to, command.amount));
        // The repository locks each account it loads until the unit of work ends: taking the two
        // locks in one order keeps two opposite transfers from waiting on each other.
        boolean fromFirst = command.from.compareTo(command.to) < 0;
        Aggregate<Account> first = accounts.load(fromFirst ? command.from : command.to);
        Aggregate<Account> second = accounts.load(fromFirst ? command.to : command.from);
        Aggregate<Account> from = fromFirst ? first : second;
        Aggregate<Account> to = fromFirst ? second : first;
        from.execute(account -> account.debit(command.id, command.amount));
        to.execute(account -> account.credit(command.id, command.amount));
    }
}
