package org.backoffice.query.accounting.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One leg of an entry on one account, identified by the account event that posted it. */
// Read-only: written by the projection with plain SQL (BalancesBatch), read through JPA.
@Entity
@Table(name = "ledger_entry")
@IdClass(LedgerEntryEntity.Key.class)
@org.hibernate.annotations.Immutable
class LedgerEntryEntity {

    record Key(UUID accountId, long accountSequence) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    enum Side { DEBIT, CREDIT }

    @Id
    private UUID accountId;
    /** The account event's sequence number: the order of entries on the account. */
    @Id
    private long accountSequence;
    private UUID transactionId;
    @Enumerated(EnumType.STRING)
    private Side side;
    private BigDecimal amount;
    private BigDecimal balanceAfter;
    private String reference;
    private Instant recordedAt;

    protected LedgerEntryEntity() {
    }

    UUID transactionId() { return transactionId; }
    Side side() { return side; }
    BigDecimal amount() { return amount; }
    BigDecimal balanceAfter() { return balanceAfter; }
    String reference() { return reference; }
    Instant recordedAt() { return recordedAt; }
}
