package org.backoffice.query.accounting.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

interface AccountViewRepository extends JpaRepository<AccountViewEntity, UUID>,
        JpaSpecificationExecutor<AccountViewEntity> {

    interface CurrencyTotals {
        String getCurrency();

        BigDecimal getDebits();

        BigDecimal getCredits();
    }

    @Query("""
            select a.currency as currency, sum(a.debitTotal) as debits, sum(a.creditTotal) as credits
            from AccountViewEntity a group by a.currency order by a.currency""")
    List<CurrencyTotals> totalsByCurrency();
}

interface LedgerEntryRepository extends JpaRepository<LedgerEntryEntity, LedgerEntryEntity.Key>,
        JpaSpecificationExecutor<LedgerEntryEntity> {
}

interface TransactionViewRepository extends JpaRepository<TransactionViewEntity, UUID> {
}
