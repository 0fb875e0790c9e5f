-- Command side: set-based validation of account numbers, written in the transaction that
-- stores the AccountOpenedEvent (subscribing processor "account-number-lookup").
create table account_number_lookup (
    account_number varchar(64) primary key,
    account_id     uuid        not null unique
);

-- Query side: the "balances" read model.
create table account_view (
    id              uuid           primary key,
    number          varchar(64)    not null,
    name            varchar(255)   not null,
    type            varchar(16)    not null,
    currency        char(3)        not null,
    overdraft_limit numeric(38, 4) not null,
    party_kind      varchar(16),
    party_id        uuid,
    party_name      varchar(255),
    balance         numeric(38, 4) not null,
    debit_total     numeric(38, 4) not null,
    credit_total    numeric(38, 4) not null,
    closed          boolean        not null,
    opened_at       timestamp with time zone not null,
    closed_at       timestamp with time zone,
    last_sequence   bigint         not null
);
create index account_view_number on account_view (number);
create index account_view_party on account_view (party_kind, party_id);

create table ledger_entry (
    account_id       uuid           not null,
    transaction_id   uuid           not null,
    account_sequence bigint         not null,
    side             varchar(6)     not null,
    amount           numeric(38, 4) not null,
    balance_after    numeric(38, 4) not null,
    reference        varchar(1000),
    recorded_at      timestamp with time zone not null,
    primary key (account_id, transaction_id)
);
create index ledger_entry_account_order on ledger_entry (account_id, account_sequence);

create table transaction_view (
    id                uuid           primary key,
    kind              varchar(32)    not null,
    debit_account_id  uuid           not null,
    credit_account_id uuid           not null,
    amount            numeric(38, 4) not null,
    currency          char(3)        not null,
    reference         varchar(1000),
    value_date        date,
    status            varchar(16)    not null,
    reason            varchar(1000),
    reversal_of       uuid,
    reversed_by       uuid,
    recorded_at       timestamp with time zone not null,
    last_sequence     bigint         not null
);
