package org.backoffice.peer;

import java.math.BigDecimal;

/**
 * The commands and events. Plain classes with fields rather than records: Axon's default
 * serializer (XStream) writes and reads the fields of the events.
 */
final class Messages {

    private Messages() {
    }

    /** Opens an account; an EQUITY account may go below zero, any other may not. */
    static final class OpenAccount {
        final String id;
        final String number;
        final String type;

        OpenAccount(String id, String number, String type) {
            this.id = id;
            this.number = number;
            this.type = type;
        }
    }

    /** Moves amount from one account to another: one transaction, two legs, one unit of work. */
    static final class Transfer {
        final String id;
        final String from;
        final String to;
        final BigDecimal amount;

        Transfer(String id, String from, String to, BigDecimal amount) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.amount = amount;
        }
    }

    static final class AccountOpened {
        String accountId;
        String number;
        String type;

        AccountOpened() {
        }

        AccountOpened(String accountId, String number, String type) {
            this.accountId = accountId;
            this.number = number;
            this.type = type;
        }
    }

    static final class TransferRecorded {
        String transactionId;
        String from;
        String to;
        BigDecimal amount;

        TransferRecorded() {
        }

        TransferRecorded(String transactionId, String from, String to, BigDecimal amount) {
            this.transactionId = transactionId;
            this.from = from;
            this.to = to;
            this.amount = amount;
        }
    }

    static final class AccountDebited {
        String accountId;
        String transactionId;
        BigDecimal amount;

        AccountDebited() {
        }

        AccountDebited(String accountId, String transactionId, BigDecimal amount) {
            this.accountId = accountId;
            this.transactionId = transactionId;
            this.amount = amount;
        }
    }

    static final class AccountCredited {
        String accountId;
        String transactionId;
        BigDecimal amount;

        AccountCredited() {
        }

        AccountCredited(String accountId, String transactionId, BigDecimal amount) {
            this.accountId = accountId;
            this.transactionId = transactionId;
            this.amount = amount;
        }
    }
}
