-- Personal data keys (crypto-shredding): one AES-256 key per person, never in an event, a
-- snapshot or a log. Erasure deletes the row; the sealed data in the events stays unreadable.
create table personal_data_key (
    subject_id uuid primary key,
    secret     bytea not null,
    created_at timestamp with time zone not null default now()
);

-- Command side: the employee directory for rules across employees (subscribing processor
-- "employee-directory", same transaction as the events).
create table employee_directory (
    employee_id uuid primary key,
    email       varchar(254),
    hired_on    date not null,
    last_day    date
);
create index employee_directory_email on employee_directory (email);

create table employee_salary_step (
    employee_id    uuid           not null,
    step           integer        not null,
    effective_date date           not null,
    amount         numeric(38, 4) not null,
    currency       char(3)        not null,
    primary key (employee_id, step)
);

-- Query side: the "headcount" read model.
create table employee_view (
    id                   uuid    primary key,
    position_id          uuid,
    first_name           varchar(100),
    last_name            varchar(100),
    email                varchar(254),
    personal_data_erased boolean not null,
    start_date           date    not null,
    last_day             date,
    last_sequence        bigint  not null
);

create table employee_assignment (
    employee_id uuid         not null,
    sequence    bigint       not null,
    valid_from  date         not null,
    department  varchar(100) not null,
    job_title   varchar(200) not null,
    manager_id  uuid,
    primary key (employee_id, sequence)
);
create index employee_assignment_department on employee_assignment (department);

create table employee_salary (
    employee_id uuid           not null,
    sequence    bigint         not null,
    valid_from  date           not null,
    amount      numeric(38, 4) not null,
    currency    char(3)        not null,
    primary key (employee_id, sequence)
);

create table position_view (
    id            uuid         primary key,
    title         varchar(200) not null,
    department    varchar(100) not null,
    status        varchar(8)   not null,
    employee_id   uuid,
    opened_at     timestamp with time zone not null,
    ended_at      timestamp with time zone,
    last_sequence bigint       not null
);

-- Query side: payroll runs (part of the "balances" read model).
create table payroll_run_view (
    run_id            uuid        primary key,
    period            varchar(7)  not null unique,
    status            varchar(16) not null,
    employees_paid    integer     not null default 0,
    total_paid        numeric(38, 4),
    currency          char(3),
    payments_rejected integer     not null default 0,
    started_at        timestamp with time zone not null,
    completed_at      timestamp with time zone
);

create table payroll_payment_view (
    run_id         uuid           not null,
    employee_id    uuid           not null,
    transaction_id uuid           not null,
    amount         numeric(38, 4) not null,
    currency       char(3)        not null,
    days_employed  integer        not null,
    status         varchar(16)    not null,
    reason         varchar(1000),
    primary key (run_id, employee_id)
);
