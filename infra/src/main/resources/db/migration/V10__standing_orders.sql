-- Supplier standing orders (read model of the accounting projections) and each month paid.
create table standing_order_view (
    id                  uuid         primary key,
    supplier_account_id uuid         not null,
    bank_account_id     uuid         not null,
    amount              numeric(38, 4) not null,
    currency            char(3)      not null,
    day_of_month        integer      not null,
    start_month         varchar(7)   not null,
    end_month           varchar(7),
    reference           varchar(400) not null,
    status              varchar(16)  not null,
    created_at          timestamp with time zone not null,
    cancelled_at        timestamp with time zone
);
create index standing_order_view_status on standing_order_view (status);

create table standing_order_execution (
    order_id       uuid        not null references standing_order_view (id) on delete cascade,
    month          varchar(7)  not null,
    transaction_id uuid        not null,
    status         varchar(16) not null,
    reason         text,
    executed_at    timestamp with time zone not null,
    primary key (order_id, month)
);
