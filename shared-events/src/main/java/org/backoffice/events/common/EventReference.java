package org.backoffice.events.common;

/**
 * What an event was decided on, other than its cause: a stored event (eventId, e.g. the salary
 * change a payment was computed with) or an aggregate (aggregateId, e.g. the invoice a payment
 * settled: its first event). role says what it was to the event ("salary", "invoice"); scope, if
 * any, names the aggregate of the referring event's effects it concerns (the transaction of one
 * employee's payment within a whole payroll run). Read by the audit trail; decides nothing.
 */
public record EventReference(String role, String eventId, String aggregateId, String scope) {

    public static EventReference toEvent(String role, String eventId) {
        return new EventReference(role, eventId, null, null);
    }

    public static EventReference toAggregate(String role, Object aggregateId) {
        return new EventReference(role, null, String.valueOf(aggregateId), null);
    }

    public EventReference within(Object scopeAggregateId) {
        return new EventReference(role, eventId, aggregateId, scopeAggregateId == null ? null : scopeAggregateId.toString());
    }
}
