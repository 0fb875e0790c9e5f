-- Disciplinary and conflict procedures (issue 20). Read models of the headcount processor; the
-- personal data (reasons, notes) stays sealed here and is opened when read, so an erasure needs
-- no update. Each row keeps when it became known, so every read answers as of any instant.

create table disciplinary_action_view (
    action_id                 uuid primary key,
    employee_id               uuid        not null,
    level                     varchar(32) not null,
    action_date               date        not null,
    expires_on                date        not null,
    -- true for an action stored before the expiry was: expires_on is the date + the default 24 months
    expiry_assumed            boolean     not null,
    -- the reason as stored before it was sealed (plain text), or sealed under the HR-file key
    plain_reason              varchar(2000),
    sealed_reason             text,
    recorded_at               timestamptz not null,
    withdrawn_at              timestamptz,
    withdrawn_on              date,
    sealed_withdrawal_reason  text
);
create index disciplinary_action_view_employee on disciplinary_action_view (employee_id, action_date);

create table conflict_case_view (
    conflict_id   uuid primary key,
    employee_a    uuid          not null,
    employee_b    uuid          not null,
    description   varchar(4000) not null,
    opened_at     timestamptz   not null,
    -- AGREED or ESCALATED once closed, with the agreement or the reason for the escalation
    closed_as     varchar(16),
    closed_text   varchar(4000),
    closed_at     timestamptz
);
create index conflict_case_view_open on conflict_case_view (opened_at);
create index conflict_case_view_parties on conflict_case_view (employee_a, employee_b);

create table conflict_mediator_view (
    conflict_id  uuid        not null,
    sequence     bigint      not null,
    mediator_id  uuid        not null,
    assigned_at  timestamptz not null,
    primary key (conflict_id, sequence)
);

create table conflict_session_view (
    session_id   uuid primary key,
    conflict_id  uuid        not null,
    session_date date        not null,
    mediator_id  uuid        not null,
    recorded_at  timestamptz not null
);
create index conflict_session_view_case on conflict_session_view (conflict_id, session_date);

create table conflict_session_note_view (
    session_id   uuid not null,
    employee_id  uuid not null,
    sealed_note  text not null,
    primary key (session_id, employee_id)
);

create table conflict_follow_up_view (
    follow_up_id   uuid primary key,
    conflict_id    uuid        not null,
    follow_up_date date        not null,
    purpose        varchar(500),
    scheduled_at   timestamptz not null,
    due_at         timestamptz
);
create index conflict_follow_up_view_case on conflict_follow_up_view (conflict_id, follow_up_date);

-- Why an employment ended, when given (a termination for conduct needs a warning before it).
alter table employee_view add column termination_grounds varchar(16);
