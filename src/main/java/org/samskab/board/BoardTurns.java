package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.samskab.database.DatabaseReachability;
import org.samskab.database.SavingPausedException;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One board turn's transaction ({@link BoardQueue}, docs/adr/0181): the changes that waited for the turn run in
 * one transaction, under one row lock per board and one commit, in the order they arrived. What the turn holds
 * for its changes (the boards it locked, its members' roles) is bound to the transaction, where
 * {@link ChangePipeline} finds it.
 */
@Component
class BoardTurns {

    /** A change waiting for its turn, and whose and on which board it is (for what its turn reads at once). */
    record Queued<T>(long boardId, long memberId, Supplier<T> work) implements Supplier<T> {
        @Override
        public T get() {
            return work.get();
        }
    }

    /** The boards whose row lock this turn's transaction holds (bound while a turn runs several changes). */
    private static final Object LOCKED_IN_TURN = new Object();
    /** The turn's roles, read by {@link #rolesOf} (bound while a turn runs several changes). */
    private static final Object ROLES_IN_TURN = new Object();

    private final TransactionTemplate transactions;
    private final NetworkAccess access;
    private final DatabaseReachability reachability;
    @PersistenceContext
    @SuppressWarnings("NullAway.Init") // injected by JPA after construction
    private EntityManager entityManager;

    BoardTurns(PlatformTransactionManager transactionManager, NetworkAccess access,
            DatabaseReachability reachability) {
        this.reachability = reachability;
        this.transactions = new TransactionTemplate(transactionManager);
        // READ COMMITTED: see docs/adr/0003, as every change's transaction.
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.access = access;
    }

    /** Whether an earlier change of this turn locked the board (its row and latest state are this turn's). */
    static boolean lockedInTurn(long boardId) {
        return TransactionSynchronizationManager.getResource(LOCKED_IN_TURN) instanceof Set<?> locked
                && locked.contains(boardId);
    }

    /** Notes that this turn now holds the board's row lock (nothing to note outside a turn). */
    static void lockedNow(long boardId) {
        if (TransactionSynchronizationManager.getResource(LOCKED_IN_TURN) instanceof Set<?> locked) {
            @SuppressWarnings("unchecked")
            Set<Long> boardIds = (Set<Long>) locked;
            boardIds.add(boardId);
        }
    }

    /**
     * The member's role as the turn read it; null outside a turn, and for anyone not in the network (a guest of the
     * board's gathering, say), whose place the caller reads itself.
     */
    static @Nullable NetworkRole roleInTurn(long networkId, long memberId) {
        if (TransactionSynchronizationManager.getResource(ROLES_IN_TURN) instanceof Map<?, ?> turnRoles
                && turnRoles.get(networkId) instanceof Map<?, ?> roles
                && roles.get(memberId) instanceof NetworkRole role) {
            return role;
        }
        return null;
    }

    /**
     * Runs one turn. If one of its changes is refused or fails, nothing of the turn is committed and each runs
     * again alone, so the others are not refused with it. A failed commit fails them all: whether it reached the
     * database is unknown, and running them again could store a change twice.
     */
    void runTogether(List<BoardQueue.Waiting<?>> turn, LongFunction<@Nullable Long> networkOf) {
        // Changes that queued before saving paused are refused in their turn, not sent to the pool to wait.
        if (reachability.savingPaused()) {
            turn.forEach(change -> change.fail(new SavingPausedException()));
            return;
        }
        if (turn.size() > 1) {
            List<@Nullable Object> results = new ArrayList<>(turn.size());
            try {
                transactions.executeWithoutResult(status -> {
                    TransactionSynchronizationManager.bindResource(LOCKED_IN_TURN, new HashSet<Long>());
                    try {
                        TransactionSynchronizationManager.bindResource(ROLES_IN_TURN, rolesOf(turn, networkOf));
                        for (BoardQueue.Waiting<?> change : turn) {
                            Object result = change.attempt();
                            forgetAllButBoards(); // a write the database refuses fails here, as this change's
                            results.add(result);
                        }
                    } catch (RuntimeException e) {
                        status.setRollbackOnly();
                    } finally {
                        TransactionSynchronizationManager.unbindResource(LOCKED_IN_TURN);
                        TransactionSynchronizationManager.unbindResourceIfPossible(ROLES_IN_TURN);
                    }
                });
            } catch (RuntimeException e) {
                failed(e);
                turn.forEach(change -> change.fail(e));
                return;
            }
            if (results.size() == turn.size()) {
                for (int i = 0; i < turn.size(); i++) {
                    turn.get(i).succeed(results.get(i));
                }
                return;
            }
        }
        for (BoardQueue.Waiting<?> change : turn) {
            if (reachability.savingPaused()) {
                change.fail(new SavingPausedException());
                continue;
            }
            try {
                change.succeed(transactions.execute(status -> change.attempt()));
            } catch (RuntimeException e) {
                failed(e);
                change.fail(e);
            }
        }
    }

    /**
     * A database found gone pauses saving here, before the next turn starts, rather than when the member's screen
     * hears of it: the changes waiting behind this one are then refused at once instead of each waiting for the pool.
     */
    private void failed(RuntimeException e) {
        reachability.reportFailure(e);
    }

    /**
     * The roles of a turn's members in its boards' networks, read in one query per network instead of one per
     * change: that read was a fifth of a change's work in a turn (JFR, bench/benchmarks-analysis.md). Read in
     * the turn's transaction, before its first change: a role changed meanwhile is as if it changed a moment later.
     */
    private Map<Long, Map<Long, NetworkRole>> rolesOf(List<BoardQueue.Waiting<?>> turn,
            LongFunction<@Nullable Long> networkOf) {
        Map<Long, Set<Long>> membersByNetwork = new HashMap<>();
        for (BoardQueue.Waiting<?> waiting : turn) {
            if (waiting.change() instanceof Queued<?> queued) {
                Long networkId = networkOf.apply(queued.boardId());
                if (networkId != null) {
                    membersByNetwork.computeIfAbsent(networkId, id -> new HashSet<>()).add(queued.memberId());
                }
            }
        }
        Map<Long, Map<Long, NetworkRole>> roles = new HashMap<>();
        membersByNetwork.forEach((networkId, members) -> roles.put(networkId, access.rolesIn(networkId, members)));
        return roles;
    }

    /**
     * Between the changes of a turn: writes what the change did and lets go of what it read, keeping only the
     * locked boards. Hibernate checks every entity it holds for changes before each query, so a turn that kept
     * everything would check a growing pile 31 times over: that was a third of the turn's CPU (JFR).
     */
    private void forgetAllButBoards() {
        entityManager.flush();
        var context = entityManager.unwrap(org.hibernate.engine.spi.SessionImplementor.class)
                .getPersistenceContextInternal();
        List<Object> read = new ArrayList<>();
        for (var entry : context.reentrantSafeEntityEntries()) {
            if (!(entry.getKey() instanceof Board)) {
                read.add(entry.getKey());
            }
        }
        read.forEach(entityManager::detach);
    }
}
