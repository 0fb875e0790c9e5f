-- Query side ("balances" read model): the open items and payments of business partners, and
-- which payment settled how much of which item. Amounts as the events say; what is open as of a
-- date is computed from the dates (a settlement counts from its payment's booking date, until
-- either side is reversed).
create table open_item_view (
    item_id         uuid           primary key,
    partner_id      uuid           not null,
    document_number varchar(36),
    document_date   date           not null,
    booking_date    date           not null,
    due_date        date           not null,
    amount          numeric(38, 4) not null,
    currency        char(3)        not null,
    reversal_id     uuid,
    reversal_date   date
);
create index open_item_view_partner on open_item_view (partner_id, due_date);

create table partner_payment_view (
    payment_id      uuid           primary key,
    partner_id      uuid           not null,
    document_number varchar(36),
    booking_date    date           not null,
    amount          numeric(38, 4) not null,
    currency        char(3)        not null,
    reversal_id     uuid,
    reversal_date   date
);
create index partner_payment_view_partner on partner_payment_view (partner_id, booking_date);

create table open_item_settlement (
    item_id    uuid           not null,
    payment_id uuid           not null,
    amount     numeric(38, 4) not null,
    primary key (item_id, payment_id)
);
create index open_item_settlement_payment on open_item_settlement (payment_id);
