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
