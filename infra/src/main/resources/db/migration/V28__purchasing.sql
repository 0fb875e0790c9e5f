-- IT purchasing: the catalogue, device requests, purchase orders and their receipts.

-- Command side (subscribing processor "purchasing-directory", same transaction as the events).
create table catalogue_directory (
    model_id     uuid           primary key,
    type         varchar(16)    not null,
    name         varchar(200)   not null,
    supplier_id  uuid           not null,
    unit_price   numeric(38, 4) not null,
    currency     char(3)        not null,
    tax_code     varchar(20)    not null,
    discontinued boolean        not null default false
);

create table device_request_directory (
    request_id uuid        primary key,
    status     varchar(16) not null,
    model_id   uuid,
    order_id   uuid
);

create table purchasing_accounts_directory (
    fixed_asset_account_id uuid not null,
    low_value_account_id   uuid not null
);

-- Query side: part of the "inventory" read model.
create table catalogue_view (
    id           uuid           primary key,
    type         varchar(16)    not null,
    name         varchar(200)   not null,
    specs        varchar(2000),
    supplier_id  uuid           not null,
    unit_price   numeric(38, 4) not null,
    currency     char(3)        not null,
    tax_code     varchar(20)    not null,
    discontinued_at timestamp with time zone,
    added_at     timestamp with time zone not null
);

create table device_request_view (
    id                uuid        primary key,
    reason            varchar(16) not null,
    type              varchar(16) not null,
    employee_id       uuid,
    replaces_asset_id uuid,
    note              varchar(2000),
    status            varchar(16) not null,
    model_id          uuid,
    order_id          uuid,
    rejection_reason  varchar(2000),
    requested_at      timestamp with time zone not null,
    decided_at        timestamp with time zone,
    last_sequence     bigint      not null
);
create index device_request_view_status on device_request_view (status);

create table purchase_order_view (
    id          uuid  primary key,
    supplier_id uuid  not null,
    lines       text  not null,
    ordered     integer not null,
    received    integer not null default 0,
    placed_at   timestamp with time zone not null,
    last_sequence bigint not null
);

create table purchase_receipt_view (
    receipt_id      uuid         primary key,
    order_id        uuid         not null,
    invoice_number  varchar(100) not null,
    invoice_date    date         not null,
    devices         text         not null,
    received_at     timestamp with time zone not null,
    entry_id        uuid,
    posting_failure varchar(2000),
    posted_at       timestamp with time zone
);
create index purchase_receipt_view_order on purchase_receipt_view (order_id);

alter table purchasing_accounts_directory add column depreciation_account_id uuid not null;
alter table purchasing_accounts_directory add column disposal_account_id uuid not null;

-- Depreciation: straight line by month, from the month of acquisition (German pro rata
-- temporis), to zero. How much of an asset's cost its schedule has written off by the end of a
-- month: n months of cost/life rounded to the cent, the whole cost in the last. One definition for
-- the command side (what each month posts) and the query side (the book value as of a date).
create function it_depreciation_through(cost numeric, life_months integer, acquired date, through_month date)
    returns numeric language sql immutable as $$
    select case
        when n <= 0 then 0
        when n >= life_months then cost
        else n * round(cost / life_months, 2)
    end
    from (select (extract(year from through_month) * 12 + extract(month from through_month))
               - (extract(year from acquired) * 12 + extract(month from acquired)) + 1 as n) m
$$;

-- Command side: the fixed assets to depreciate (subscribing processor "depreciation-register"):
-- what has been posted of each, and whether it is disposed of. position orders the rows as they
-- came, so that a month's run covers exactly the rows it saw.
create table fixed_asset_register (
    asset_id              uuid           primary key,
    position              bigserial      not null unique,
    cost                  numeric(38, 4) not null,
    currency              char(3)        not null,
    acquired              date           not null,
    life_months           integer        not null,
    asset_account_id      uuid           not null,
    depreciation_account_id uuid         not null,
    disposal_account_id   uuid           not null,
    depreciated           numeric(38, 4) not null default 0,
    disposed              boolean        not null default false
);

create table depreciation_month (
    month    date primary key,
    entry_id uuid
);

-- Query side: part of the "inventory" read model.
create table fixed_asset_view (
    asset_id    uuid           primary key,
    cost        numeric(38, 4) not null,
    currency    char(3)        not null,
    acquired    date           not null,
    life_months integer        not null,
    receipt_id  uuid           not null,
    disposed_at timestamp with time zone,
    disposed_value numeric(38, 4)
);

create table depreciation_run_view (
    month       date primary key,
    entry_id    uuid,
    assets      integer        not null,
    total       numeric(38, 4) not null,
    currency    char(3)        not null,
    posted_at   timestamp with time zone not null,
    register_position bigint not null
);
