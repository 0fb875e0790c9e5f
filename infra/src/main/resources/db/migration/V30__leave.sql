-- Leave and absences (issue 20).

-- Command side: what payroll needs of leave, kept in step with the leave events.
alter table employee_directory add column leave_payout_days numeric(8, 2);

create table employee_unpaid_leave (
    leave_id    uuid primary key,
    employee_id uuid not null,
    first_day   date not null,
    last_day    date not null
);
create index employee_unpaid_leave_employee on employee_unpaid_leave (employee_id);

alter table payroll_payment_view add column leave_payout numeric(38, 4);

-- Read model (headcount): leave accounts, entitlement changes, leaves with their working days.
create table leave_account_view (
    employee_id         uuid primary key,
    annual_days         numeric(6, 2) not null,
    carry_over_limit    numeric(6, 2) not null,
    carry_over_deadline varchar(7)    not null,
    opened_at           timestamptz   not null,
    settled_on          date,
    untaken_days        numeric(8, 2),
    paid_out            boolean,
    last_sequence       bigint        not null
);

create table leave_entitlement_view (
    employee_id uuid          not null,
    from_year   int           not null,
    annual_days numeric(6, 2) not null,
    primary key (employee_id, from_year)
);

create table leave_view (
    leave_id        uuid primary key,
    employee_id     uuid        not null,
    type            varchar(16) not null,
    first_day       date        not null,
    last_day        date        not null,
    working_days    date[]      not null,
    day_count       int         not null,
    sealed_note     text,
    status          varchar(16) not null,
    requested_at    timestamptz not null,
    decided_at      timestamptz,
    decision_reason varchar(2000)
);
create index leave_view_employee on leave_view (employee_id, first_day);
create index leave_view_days on leave_view (first_day, last_day);

-- Personal data sealed per retention class (a key per person and class); the keys made before
-- hold everything of their person (class ALL).
alter table personal_data_key add column retention_class varchar(16) not null default 'ALL';
alter table personal_data_key drop constraint personal_data_key_pkey;
alter table personal_data_key add primary key (subject_id, retention_class);

-- The last period an employee was paid for: where the payroll class's retention starts.
alter table employee_directory add column last_paid_on date;
update employee_directory d set last_paid_on = (
    select max(to_date(r.period || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day')::date
    from payroll_payment_view p join payroll_run_view r on r.run_id = p.run_id where p.employee_id = d.employee_id);

-- Read model (headcount): what of an employee's personal data is erased, by class, and the plan.
alter table employee_view add column hr_file_erased boolean not null default false;
alter table employee_view add column payroll_erased boolean not null default false;
update employee_view set hr_file_erased = personal_data_erased, payroll_erased = personal_data_erased;

create table employee_erasure_view (
    employee_id     uuid        not null,
    retention_class varchar(16) not null,
    retention_start date        not null,
    retained_until  date        not null,
    basis           varchar(300) not null,
    requested_at    timestamptz not null,
    erased_at       timestamptz,
    primary key (employee_id, retention_class)
);
