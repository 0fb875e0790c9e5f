package org.backoffice.command.common;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.backoffice.command.common.CommandRejectedException.conflict;

/**
 * The one way handlers that span aggregates load them, so that every such step reads "load (in
 * lock order), ask, save" and answers the same to the same mistakes:
 * <ul>
 * <li>a create's client-chosen id is new, or already this kind of record's; an id of another
 * kind of record is the client's conflict (Axon refuses to replay one aggregate's events into
 * another's class);</li>
 * <li>a create sent again with the same details answers as the first time and stores nothing;
 * with other details it is a conflict;</li>
 * <li>a record that must exist is found, or is absent (unknown id, or an id of another kind):
 * the caller says what absence means (404 in the path, 422 in the body).</li>
 * </ul>
 */
public final class Load {

    private Load() {
    }

    /** The aggregate a create with a client-chosen id works on: new, or made before. */
    public static <T> Aggregate<T> forCreate(Repository<T> repository, UUID id, Callable<T> factory, String kind)
            throws Exception {
        try {
            return repository.loadOrCreate(id.toString(), factory);
        } catch (IncompatibleAggregateException e) {
            throw conflict("id " + id + " is already used by something other than " + kind);
        }
    }

    /**
     * Whether this create was made before: true when it was, with the same details (answer as
     * then, store nothing); false when the aggregate is new; a conflict when it was made with
     * other details.
     */
    public static <T> boolean isRepeat(Aggregate<T> aggregate, Predicate<T> exists, Predicate<T> sameDetails,
                                       String what) {
        if (!aggregate.invoke(exists::test)) {
            return false;
        }
        if (!aggregate.invoke(sameDetails::test)) {
            throw conflict(what + " already exists with different details");
        }
        return true;
    }

    /** The record of this id if it exists (and is of this kind); empty otherwise. */
    public static <T> Optional<Aggregate<T>> find(Repository<T> repository, UUID id, Predicate<T> exists) {
        try {
            Aggregate<T> aggregate = repository.load(id.toString());
            return aggregate.invoke(exists::test) ? Optional.of(aggregate) : Optional.empty();
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }
}
