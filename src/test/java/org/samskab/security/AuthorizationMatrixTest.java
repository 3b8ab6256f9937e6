package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.NotForScreens;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.UserFacingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Issue 17's authorization matrix (docs/adr/0204, docs/reliability.md): every public operation of every service
 * × every role × the member's own network and another network, on MariaDB.
 * <ul>
 * <li>A role the row allows must succeed, each time on a world of its own (the call may change it).</li>
 * <li>A role it does not allow is refused: "not allowed" for a member of the network whose role is too low, "not
 * found" for anyone outside it, and no change.</li>
 * <li>Another network's ids answer exactly as ids that do not exist.</li>
 * </ul>
 * An operation with no row fails {@link #everyOperationHasItsRow()}: a new operation states who may call it. An
 * operation marked {@link NotForScreens} has no row; ArchitectureTest keeps screens from calling it.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    /** Who calls; every role but the site administrator's and the stranger's is held in the network. */
    enum Role {
        SITE_ADMIN, COORDINATOR, FACILITATOR, PARTICIPANT, GUEST, OTHER_NETWORK, SIGNED_OUT;

        boolean inNetwork() {
            return this == COORDINATOR || this == FACILITATOR || this == PARTICIPANT || this == GUEST;
        }
    }

    /** What a cell expects, or what it got. */
    enum Outcome {
        ALLOWED, NOT_ALLOWED, NOT_FOUND,
        /** Expected only: a signed-out visitor may be told either, as long as nothing happens. */
        REFUSED
    }

    /** Where the operation lives, which says how a guest and another network are answered. */
    enum Scope {
        /** On a live gathering's boards and room: a guest of the gathering is in, as a participant is. */
        ROOM,
        /** The network's own pages: a guest is a stranger there. */
        NETWORK,
        /** The caller's own account or lists: no ids of anyone else's. */
        OWN,
        /** A link that is its own key (an invitation, a projector, a join code): whoever holds it. */
        KEY
    }

    /** An operation, called on a world. */
    @FunctionalInterface
    interface Call {
        @Nullable
        Object on(MatrixWorld world);
    }

    /**
     * One row: who the operation allows, where it lives, how it is called. {@code showsNothing} is for
     * operations that filter rather than refuse (a search finds nothing of a network one is not in).
     */
    record Row(String signature, Set<Role> allowed, Scope scope, boolean freshPeople, Map<Role, Outcome> overrides,
            @Nullable Predicate<@Nullable Object> showsNothing, Call call) {

        Outcome expected(Role role) {
            if (allowed.contains(role)) {
                return Outcome.ALLOWED;
            }
            Outcome override = overrides.get(role);
            if (override != null) {
                return override;
            }
            if (role == Role.SIGNED_OUT) {
                return Outcome.REFUSED;
            }
            if (scope == Scope.OWN || scope == Scope.KEY) {
                return Outcome.NOT_ALLOWED;
            }
            return switch (role) {
                case COORDINATOR, FACILITATOR, PARTICIPANT -> Outcome.NOT_ALLOWED;
                case GUEST -> scope == Scope.ROOM ? Outcome.NOT_ALLOWED : Outcome.NOT_FOUND;
                default -> Outcome.NOT_FOUND;
            };
        }

        Row except(Role role, Outcome outcome) {
            Map<Role, Outcome> more = new LinkedHashMap<>(overrides);
            more.put(role, outcome);
            return new Row(signature, allowed, scope, freshPeople, more, showsNothing, call);
        }

        Row filtering(Predicate<@Nullable Object> nothing) {
            return new Row(signature, allowed, scope, freshPeople, overrides, nothing, call);
        }

        Row ownPeople() {
            return new Row(signature, allowed, scope, true, overrides, showsNothing, call);
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void everyOperationHasItsRow() {
        Set<String> operations = publicOperations();
        Set<String> rows = ServiceRows.all(context).stream().map(Row::signature)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(operations);
        withoutRow.removeAll(rows);
        Set<String> withoutOperation = new TreeSet<>(rows);
        withoutOperation.removeAll(operations);
        assertThat(withoutRow).as("public service operations with no row in the authorization matrix").isEmpty();
        assertThat(withoutOperation).as("rows for operations that do not exist (renamed?)").isEmpty();
    }

    @Test
    void everyCellIsAsItsRowSays() {
        MatrixWorld.People people = MatrixWorld.people(fixtures);
        MatrixWorld.People strangers = MatrixWorld.people(fixtures);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        int acrossNetworks = 0;
        for (Row row : ServiceRows.all(context)) {
            // Each row's refused cells share worlds of their own: what one row's setup changes (a wall in private
            // writing, a hidden post) cannot change the next row's answers.
            MatrixWorld shared = MatrixWorld.of(context, people, strangers, false);
            MatrixWorld otherNetwork = MatrixWorld.of(context, strangers, people, false);
            MatrixWorld missing = MatrixWorld.missing(context, shared);
            for (Role role : Role.values()) {
                Outcome expected = row.expected(role);
                MatrixWorld world = expected == Outcome.ALLOWED
                        ? MatrixWorld.of(context, people, strangers, row.freshPeople())
                        : shared;
                Answer answer = call(row, role, world, world);
                cells++;
                if (!answer.matches(expected, row)) {
                    wrong.add(row.signature() + " · " + role + " · own network: expected " + expected + ", got "
                            + answer);
                }
            }
            if (row.scope() == Scope.OWN) {
                continue;
            }
            for (Role role : Role.values()) {
                if (!role.inNetwork() && role != Role.SIGNED_OUT) {
                    continue;
                }
                // The same role, with another network's ids and with ids that do not exist: the same answer.
                Answer there = call(row, role, shared, otherNetwork);
                Answer nowhere = call(row, role, shared, missing);
                acrossNetworks++;
                if (row.scope() == Scope.KEY) {
                    // Whoever holds another network's key is let in by design; a key that does not exist is not.
                    if (nowhere.outcome() == Outcome.ALLOWED) {
                        wrong.add(row.signature() + " · " + role + " · a key that does not exist: got " + nowhere);
                    }
                    continue;
                }
                // A signed-out visitor is refused either way, and never reaches a service: every route sends them to
                // sign in first, whatever the id (RouteMatrixTest). Everyone else gets the very same answer.
                boolean same = row.showsNothing() != null || role == Role.SIGNED_OUT ? nowhere.refused(row)
                        : there.sameAs(nowhere);
                if (!same || !there.refused(row)) {
                    wrong.add(row.signature() + " · " + role + " · another network: got " + there
                            + ", where ids that do not exist got " + nowhere);
                }
            }
        }
        System.out.printf("Authorization matrix: %d operations, %d cells in the own network, %d across networks,"
                + " %d wrong%n", ServiceRows.all(context).size(), cells, acrossNetworks, wrong.size());
        assertThat(wrong).as("cells that are not as their row says").isEmpty();
    }

    /** What a call answered: an outcome, and for a refusal its exception and message key. */
    record Answer(Outcome outcome, @Nullable Object result, @Nullable Throwable thrown) {

        boolean matches(Outcome expected, Row row) {
            if (expected == Outcome.ALLOWED) {
                return outcome == Outcome.ALLOWED && (row.showsNothing() == null || !row.showsNothing().test(result));
            }
            if (outcome == Outcome.ALLOWED) {
                return row.showsNothing() != null && row.showsNothing().test(result);
            }
            return expected == Outcome.REFUSED
                    ? outcome == Outcome.NOT_ALLOWED || outcome == Outcome.NOT_FOUND
                    : outcome == expected;
        }

        boolean refused(Row row) {
            return outcome == Outcome.NOT_ALLOWED || outcome == Outcome.NOT_FOUND
                    || (row.showsNothing() != null && row.showsNothing().test(result));
        }

        boolean sameAs(Answer other) {
            if (outcome != other.outcome) {
                return false;
            }
            if (thrown == null || other.thrown == null) {
                return thrown == other.thrown;
            }
            return thrown.getClass() == other.thrown.getClass() && key(thrown).equals(key(other.thrown));
        }

        private static String key(Throwable thrown) {
            return thrown instanceof UserFacingException refusal ? refusal.messageKey() : String.valueOf(thrown);
        }

        @Override
        public String toString() {
            if (thrown == null) {
                return outcome + (result == null ? "" : " (" + abbreviate(String.valueOf(result)) + ")");
            }
            StackTraceElement where = Arrays.stream(thrown.getStackTrace())
                    .filter(frame -> frame.getClassName().startsWith("org.samskab.")).findFirst().orElse(null);
            return outcome + " " + thrown.getClass().getSimpleName() + "(" + key(thrown) + ")"
                    + (where == null ? "" : " at " + where);
        }

        private static String abbreviate(String text) {
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }

    private Answer call(Row row, Role role, MatrixWorld actors, MatrixWorld target) {
        Fixtures.signOut();
        String email;
        try {
            email = actors.actor(role);
        } catch (RuntimeException setup) {
            return new Answer(Outcome.REFUSED, null, setup);
        }
        try {
            Object result = email == null ? row.call().on(target)
                    : fixtures.as(email, () -> row.call().on(target));
            return new Answer(Outcome.ALLOWED, result, null);
        } catch (PermissionDeniedException denied) {
            return new Answer(Outcome.NOT_ALLOWED, null, denied);
        } catch (ItemNotFoundException missing) {
            return new Answer(Outcome.NOT_FOUND, null, missing);
        } catch (RuntimeException other) {
            // A refusal for another reason (a rule of the board's state, bad setup): never what a row expects.
            return new Answer(Outcome.REFUSED, null, other);
        }
    }

    /** "NoteService.addNote(long,long,String,NoteColour,boolean)" for every public operation of every service. */
    private static Set<String> publicOperations() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> operations = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.samskab")) {
            Class<?> service = ClassUtils.resolveClassName(String.valueOf(candidate.getBeanClassName()),
                    AuthorizationMatrixTest.class.getClassLoader());
            for (Method method : service.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge() && !method.isAnnotationPresent(NotForScreens.class)) {
                    operations.add(signature(method));
                }
            }
        }
        return operations;
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
                + ")";
    }

    /** Roles, for rows. */
    static Set<Role> roles(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }
}
