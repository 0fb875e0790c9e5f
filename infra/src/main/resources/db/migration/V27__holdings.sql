-- What an employee holds, as of any instant, and what an offboarding gave back: each device's
-- status history names the employee concerned (its new holder, or the one it came back from)
-- and why it came back.
alter table asset_status_history add column employee_id uuid;
alter table asset_status_history add column cause varchar(16);
create index asset_status_history_employee on asset_status_history (employee_id);

-- Rebuild the inventory read model from the events (its processor starts over without a
-- token), so that the history of assets registered before this migration names them too.
delete from asset_status_history;
delete from asset_view;
delete from free_range;
delete from ip_address_view;
delete from network_view;
delete from site_view;
delete from phone_number_view;
delete from number_block_view;
delete from licence_seat_view;
delete from licence_version;
delete from licence_view;
delete from token_entry where processor_name = 'inventory';
