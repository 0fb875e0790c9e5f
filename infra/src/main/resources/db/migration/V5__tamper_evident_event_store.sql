-- The event store is append-only and tamper-evident.
--
-- 1. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE of domain_event_entry for everyone,
--    the owner included (a superuser can only get round them by switching triggers off, which is
--    what the integrity check is there to reveal). Snapshots are not covered: Axon deletes old
--    snapshots, and a snapshot is only a cache of what the events already say.
-- 2. Hash chain per aggregate: each event's hash covers its stored bytes (ids, sequence, type,
--    timestamp, payload, metadata, position) and the hash of the aggregate's previous event. A
--    chain per aggregate rather than one global chain: Axon already serialises the writers of one
--    aggregate, so computing the link adds no lock between unrelated writers (a global chain would
--    make every append in the system wait for the previous commit). Personal data is sealed in the
--    payload, so erasing a key changes no stored byte and breaks no link.
-- 3. Heads: event_stream_head keeps each aggregate's last sequence number, position and hash, so
--    that removing the last events of a stream, or a whole stream, is detected as well.
-- 4. stored_at: when the row was written (clock time, not transaction start), used by the audit
--    log to tell a gap left by a rolled-back writer from one a writer may still fill.

alter table domain_event_entry add column stored_at timestamp with time zone not null default clock_timestamp();
alter table domain_event_entry add column previous_hash bytea;
alter table domain_event_entry add column hash bytea;

create table event_stream_head (
    aggregate_identifier varchar(255) primary key,
    last_sequence        bigint       not null,
    last_position        bigint       not null,
    last_hash            bytea        not null
);

create function backoffice_event_hash(e domain_event_entry, previous bytea) returns bytea
    language sql immutable as $$
    select sha256(
        coalesce(previous, '\x'::bytea) || '\x00'::bytea ||
        convert_to(e.global_index::text, 'UTF8') || '\x00'::bytea ||
        convert_to(e.event_identifier, 'UTF8') || '\x00'::bytea ||
        convert_to(e.aggregate_identifier, 'UTF8') || '\x00'::bytea ||
        convert_to(e.sequence_number::text, 'UTF8') || '\x00'::bytea ||
        convert_to(coalesce(e.type, ''), 'UTF8') || '\x00'::bytea ||
        convert_to(e.time_stamp, 'UTF8') || '\x00'::bytea ||
        convert_to(e.payload_type, 'UTF8') || '\x00'::bytea ||
        convert_to(coalesce(e.payload_revision, ''), 'UTF8') || '\x00'::bytea ||
        e.payload || '\x00'::bytea ||
        coalesce(e.meta_data, '\x'::bytea))
$$;

create function backoffice_chain_event() returns trigger language plpgsql as $$
declare
    previous bytea;
begin
    if new.sequence_number > 0 then
        select hash into previous from domain_event_entry
        where aggregate_identifier = new.aggregate_identifier and sequence_number = new.sequence_number - 1;
    end if;
    new.previous_hash := previous;
    new.hash := backoffice_event_hash(new, previous);
    insert into event_stream_head (aggregate_identifier, last_sequence, last_position, last_hash)
    values (new.aggregate_identifier, new.sequence_number, new.global_index, new.hash)
    on conflict (aggregate_identifier) do update
        set last_sequence = excluded.last_sequence, last_position = excluded.last_position,
            last_hash = excluded.last_hash
        where event_stream_head.last_sequence < excluded.last_sequence;
    return new;
end
$$;

create trigger domain_event_entry_chain before insert on domain_event_entry
    for each row execute function backoffice_chain_event();

create function backoffice_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'domain_event_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger domain_event_entry_append_only before update or delete on domain_event_entry
    for each row execute function backoffice_refuse_change();
create trigger domain_event_entry_no_truncate before truncate on domain_event_entry
    for each statement execute function backoffice_refuse_change();

-- Privileges: no one but the owner may change stored events (the application should connect
-- as a role that does not own the table; see the README). The triggers hold for the owner too.
revoke update, delete, truncate on domain_event_entry from public;
revoke update, delete, truncate on event_stream_head from public;

-- Events stored before this migration join the chain in their order.
do $$
declare
    r domain_event_entry;
    previous bytea;
    last_aggregate varchar(255) := null;
begin
    alter table domain_event_entry disable trigger domain_event_entry_append_only;
    for r in select * from domain_event_entry order by aggregate_identifier, sequence_number loop
        if last_aggregate is distinct from r.aggregate_identifier then
            previous := null;
            last_aggregate := r.aggregate_identifier;
        end if;
        update domain_event_entry set previous_hash = previous, hash = backoffice_event_hash(r, previous)
        where global_index = r.global_index;
        select hash into previous from domain_event_entry where global_index = r.global_index;
        insert into event_stream_head values (r.aggregate_identifier, r.sequence_number, r.global_index, previous)
        on conflict (aggregate_identifier) do update set last_sequence = excluded.last_sequence,
            last_position = excluded.last_position, last_hash = excluded.last_hash;
    end loop;
    alter table domain_event_entry enable trigger domain_event_entry_append_only;
end
$$;

alter table domain_event_entry alter column hash set not null;
create index domain_event_entry_stored_at on domain_event_entry (stored_at);
