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

/** One leg of a transaction on one account; an account is never on both sides of a transaction. */
// Read-only: written by the projection with plain SQL (BalancesBatch), read through JPA.
@Entity
@Table(name = "ledger_entry")
@IdClass(LedgerEntryEntity.Key.class)
@org.hibernate.annotations.Immutable
class LedgerEntryEntity {

    record Key(UUID accountId, UUID transactionId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    enum Side { DEBIT, CREDIT }

    @Id
    private UUID accountId;
    @Id
    private UUID transactionId;
    /** The account event's sequence number: the order of entries on the account. */
    private long accountSequence;
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
