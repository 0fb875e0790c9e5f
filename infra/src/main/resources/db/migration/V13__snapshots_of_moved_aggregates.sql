-- The aggregates moved into feature packages (accounting.ledger, hr.employment, it.asset). A
-- snapshot names its aggregate's class, so the snapshots taken before the move name classes that
-- no longer exist. Snapshots are only a cache of what the events say: the old ones are removed,
-- the aggregates are rebuilt from their events on next load and snapshotted again. Events are
-- untouched (their classes did not move).
delete from snapshot_event_entry
 where payload_type in ('org.backoffice.command.accounting.Account',
                        'org.backoffice.command.hr.Employee',
                        'org.backoffice.command.it.Asset');
