-- Query side ("headcount" read model): the account an employee is paid to, opened from its
-- sealed event while the employee's key exists; '' once erased (there was one, now unreadable).
alter table employee_view add column iban varchar(34);
alter table employee_view add column bic varchar(11);
