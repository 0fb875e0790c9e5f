package org.backoffice.peer;

import org.springframework.data.jpa.repository.JpaRepository;

/** The balances read model's table. */
public interface BalanceRows extends JpaRepository<AccountBalance, String> {
}
