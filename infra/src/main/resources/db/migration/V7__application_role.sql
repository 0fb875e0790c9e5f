-- The application connects as a role that does not own the schema (${appRole}, placeholder
-- backoffice.database.app-role), so that the append-only rule holds by privilege as well as by
-- trigger: the role may read and append events, never update, delete or truncate them. The
-- migrations run as the owner (spring.flyway.user, or the embedded server's superuser).
--
-- On a server where the migration user may not create roles and the role does not exist yet,
-- nothing is granted and the application keeps running as the owner (the triggers still hold);
-- the README says how to create the role and run this grant.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${appRole}') then
        begin
            create role ${appRole} nologin;
        exception when insufficient_privilege then
            raise warning 'role ${appRole} does not exist and cannot be created by %: the application will run as the owner',
                current_user;
            return;
        end;
    end if;

    execute format('grant usage on schema %I to ${appRole}', current_schema());
    -- Everything the application keeps (read models, tokens, sagas, deadlines, lookup tables,
    -- personal data keys) it may change; Axon deletes old snapshots, so those too.
    execute format('grant select, insert, update, delete on all tables in schema %I to ${appRole}', current_schema());
    execute format('grant usage, select on all sequences in schema %I to ${appRole}', current_schema());
    -- Tables and sequences of later migrations: the same.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to ${appRole}',
        current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to ${appRole}',
        current_schema());

    -- The event store: read and append, nothing else. The chain heads are written by the chain
    -- trigger alone, which runs with its owner's rights.
    revoke update, delete, truncate on domain_event_entry from ${appRole};
    revoke insert, update, delete, truncate on event_stream_head from ${appRole};
    -- Only the owner migrates.
    revoke insert, update, delete, truncate on flyway_schema_history from ${appRole};
end
$$;

alter function backoffice_chain_event() security definer set search_path from current;
