-- The inventory as of any past instant: every status each asset went through, with when.
create table asset_status_history (
    asset_id   uuid        not null,
    sequence   bigint      not null,
    changed_at timestamp with time zone not null,
    status     varchar(16) not null,
    primary key (asset_id, sequence)
);

-- Rebuild the inventory read model from the events (its processor starts over without a token),
-- so that the history covers assets registered before this migration.
delete from asset_view;
delete from token_entry where processor_name = 'inventory';
