-- Command side: the company's IBANs (JdbcCompanyIbans), one account each.
create table company_iban_lookup (
    iban       varchar(34) primary key,
    account_id uuid        not null unique
);

-- Query side ("balances" read model): business partners, and the bank details of company accounts.
create table partner_view (
    id                uuid         primary key,
    kind              varchar(16)  not null,
    name              varchar(200) not null,
    iban              varchar(34),
    bic               varchar(11),
    payment_term_days integer      not null,
    account_id        uuid         not null,
    registered_at     timestamp with time zone not null
);
create index partner_view_kind on partner_view (kind, name);
create table bank_details_view (
    account_id uuid        primary key,
    iban       varchar(34) not null,
    bic        varchar(11)
);
