-- Command side: the tax codes' versions as postings read them (JdbcTaxRates), written in the
-- transaction that stores the tax code's events.
create table tax_code_lookup (
    code varchar(20) primary key,
    kind varchar(16) not null
);
create table tax_rate_lookup (
    code                 varchar(20)    not null references tax_code_lookup (code),
    valid_from           date           not null,
    rate                 numeric(7, 4)  not null,
    tax_account_id       uuid,
    input_tax_account_id uuid,
    primary key (code, valid_from)
);

-- Query side ("balances" read model): tax codes with their versions.
create table tax_code_view (
    code          varchar(20)  primary key,
    name          varchar(200) not null,
    kind          varchar(16)  not null,
    base_box      varchar(8),
    tax_box       varchar(8),
    input_tax_box varchar(8),
    defined_at    timestamp with time zone not null
);
create table tax_code_version_view (
    code                 varchar(20)    not null,
    valid_from           date           not null,
    rate                 numeric(7, 4)  not null,
    tax_account_id       uuid,
    input_tax_account_id uuid,
    primary key (code, valid_from)
);

-- Query side: the balance sheet or P&L position each account is shown under, and the chart
-- template applied (at most one).
alter table account_view add column group_code varchar(16);
create table chart_view (
    chart_id   uuid        primary key,
    template   varchar(8)  not null,
    currency   char(3)     not null,
    applied_at timestamp with time zone not null
);

-- Query side ("balances" read model): the totals the statements and the VAT return read
-- (StatementsProjection): per account and booking day, and per tax code, role, booking day and
-- day recorded; statement_posting names every entry counted in them.
create table statement_posting (
    transaction_id uuid primary key
);
create table account_day_total (
    account_id   uuid           not null,
    booking_date date           not null,
    debit        numeric(38, 4) not null,
    credit       numeric(38, 4) not null,
    primary key (account_id, booking_date)
);
create index account_day_total_day on account_day_total (booking_date);
create table vat_day_total (
    tax_code     varchar(20)    not null,
    tax_role     varchar(16)    not null,
    booking_date date           not null,
    recorded_on  date           not null,
    debit        numeric(38, 4) not null,
    credit       numeric(38, 4) not null,
    primary key (tax_code, tax_role, booking_date, recorded_on)
);

-- The balances read model learnt in V14 and here to keep entries' legs, document dates and these
-- totals. Entries stored before are read again: the processor starts over from the first event
-- (every write of the read model is idempotent, so what it holds already is not counted twice),
-- and the rows it keeps as they were get the document date the upcaster gives their events.
update transaction_view set document_date = value_date where document_date is null;
delete from token_entry where processor_name = 'balances';
