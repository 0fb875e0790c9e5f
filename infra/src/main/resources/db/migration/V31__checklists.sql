-- HR: onboarding and offboarding checklists.

-- Command side: the open tasks the system completes by itself (ChecklistAutomation), per employee.
create table checklist_task_directory (
    checklist_id         uuid         not null,
    task_key             varchar(60)  not null,
    employee_id          uuid         not null,
    kind                 varchar(20)  not null,
    reference_date       date         not null,
    automatic_completion varchar(40)  not null,
    primary key (checklist_id, task_key)
);
create index checklist_task_directory_employee on checklist_task_directory (employee_id, automatic_completion);

-- Read model: each checklist and its tasks, with the instants they opened and were done (as of any instant).
create table checklist_view (
    id             uuid        primary key,
    employee_id    uuid        not null,
    kind           varchar(20) not null,
    reference_date date        not null,
    opened_at      timestamp with time zone not null,
    completed_at   timestamp with time zone
);
create index checklist_view_employee on checklist_view (employee_id);

create table checklist_task_view (
    checklist_id         uuid         not null,
    task_key             varchar(60)  not null,
    position             integer      not null,
    title                varchar(200) not null,
    department           varchar(20)  not null,
    owner_role           varchar(20)  not null,
    due_days             integer      not null,
    due_date             date         not null,
    automatic_completion varchar(40),
    completed_at         timestamp with time zone,
    completed_on         date,
    completed_by         varchar(200),
    completed_automatically varchar(40),
    note                 varchar(2000),
    note_erased          boolean      not null default false,
    primary key (checklist_id, task_key)
);
create index checklist_task_view_department on checklist_task_view (department, due_date);
