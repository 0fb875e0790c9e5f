package org.backoffice.query.accounting.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

interface AccountViewRepository extends JpaRepository<AccountViewEntity, UUID>,
        JpaSpecificationExecutor<AccountViewEntity> {
}

interface LedgerEntryRepository extends JpaRepository<LedgerEntryEntity, LedgerEntryEntity.Key>,
        JpaSpecificationExecutor<LedgerEntryEntity> {
}

interface TransactionViewRepository extends JpaRepository<TransactionViewEntity, UUID> {
}
