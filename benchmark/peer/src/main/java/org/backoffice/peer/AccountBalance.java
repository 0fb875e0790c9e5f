package org.backoffice.peer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** An account's row in the balances read model. */
@Entity
public class AccountBalance {

    @Id
    private String id;
    private String number;
    private BigDecimal balance;

    protected AccountBalance() {
        // for JPA
    }

    AccountBalance(String id, String number) {
        this.id = id;
        this.number = number;
        this.balance = BigDecimal.ZERO;
    }

    void add(BigDecimal amount) {
        balance = balance.add(amount);
    }

    public String getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getBalance() {
        return balance;
    }
}
