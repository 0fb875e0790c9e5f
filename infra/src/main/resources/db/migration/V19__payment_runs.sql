-- Query side ("balances" read model): payment runs, their transfers and the items each pays.
create table payment_run_view (
    id                 uuid          primary key,
    status             varchar(16)   not null,
    prepared_by        varchar(100)  not null,
    prepared_at        timestamp with time zone not null,
    approved_by        varchar(100),
    approved_at        timestamp with time zone,
    cancelled_by       varchar(100),
    cancel_reason      varchar(500),
    bank_account_id    uuid          not null,
    debtor_name        varchar(200)  not null,
    debtor_iban        varchar(34)   not null,
    debtor_bic         varchar(11),
    transit_account_id uuid          not null,
    execution_date     date          not null,
    due_until          date          not null,
    currency           char(3)       not null,
    payment_count      integer       not null,
    total              numeric(38, 4) not null
);
create index payment_run_view_prepared on payment_run_view (prepared_at desc);

create table payment_run_payment (
    run_id        uuid           not null,
    payment_id    uuid           not null,
    position      integer        not null,
    partner_id    uuid           not null,
    creditor_name varchar(200)   not null,
    iban          varchar(34)    not null,
    bic           varchar(11),
    amount        numeric(38, 4) not null,
    remittance    varchar(140),
    status        varchar(16)    not null,
    reason        varchar(1000),
    primary key (run_id, payment_id)
);
create unique index payment_run_payment_id on payment_run_payment (payment_id);

create table payment_run_item (
    run_id          uuid           not null,
    payment_id      uuid           not null,
    item_id         uuid           not null,
    document_number varchar(36),
    amount          numeric(38, 4) not null,
    primary key (run_id, payment_id, item_id)
);
create index payment_run_item_item on payment_run_item (item_id);
