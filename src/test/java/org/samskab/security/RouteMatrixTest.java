package org.samskab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.security.AuthorizationMatrixTest.Role.COORDINATOR;
import static org.samskab.security.AuthorizationMatrixTest.Role.FACILITATOR;
import static org.samskab.security.AuthorizationMatrixTest.Role.GUEST;
import static org.samskab.security.AuthorizationMatrixTest.Role.OTHER_NETWORK;
import static org.samskab.security.AuthorizationMatrixTest.Role.PARTICIPANT;
import static org.samskab.security.AuthorizationMatrixTest.Role.SIGNED_OUT;
import static org.samskab.security.AuthorizationMatrixTest.Role.SITE_ADMIN;
import static org.samskab.security.AuthorizationMatrixTest.roles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.KaribuTest;
import org.samskab.security.AuthorizationMatrixTest.Role;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The authorization matrix's screens (docs/adr/0204): every route × every role × own network / another network,
 * in Karibu with the portal's real security (a signed-out visitor is sent to sign in, a role the route does not
 * take gets the not-found page). Another network's ids show exactly what ids that do not exist show: the same
 * page and the same text. A route without its row fails {@link #everyRouteHasItsRow()}.
 */
class RouteMatrixTest extends KaribuTest {

    private static final Set<Role> MEMBERS = roles(COORDINATOR, FACILITATOR, PARTICIPANT);
    private static final Set<Role> IN_THE_ROOM = roles(COORDINATOR, FACILITATOR, PARTICIPANT, GUEST);
    private static final Set<Role> SIGNED_IN_MEMBERS = roles(SITE_ADMIN, COORDINATOR, FACILITATOR, PARTICIPANT,
            OTHER_NETWORK);
    private static final Set<Role> ANYONE = roles(Role.values());
    private static final String NOT_FOUND = "NotFoundView";
    private static final String SIGN_IN = "LoginView";

    /**
     * A route: its view, who sees it, its address in a world, whether that address holds ids of a network's
     * things, and what a role it does not take is shown instead (the not-found page, unless said otherwise).
     */
    record RouteRow(String view, Set<Role> allowed, Function<MatrixWorld, String> path, boolean holdsIds,
            Map<Role, String> otherwise) {

        String expected(Role role) {
            if (allowed.contains(role)) {
                return view;
            }
            String instead = otherwise.get(role);
            if (instead != null) {
                return instead;
            }
            return role == SIGNED_OUT ? SIGN_IN : NOT_FOUND;
        }

        RouteRow except(Role role, String shown) {
            Map<Role, String> more = new EnumMap<>(Role.class);
            more.putAll(otherwise);
            more.put(role, shown);
            return new RouteRow(view, allowed, path, holdsIds, more);
        }
    }

    private static RouteRow route(String view, Set<Role> allowed, Function<MatrixWorld, String> path) {
        return new RouteRow(view, allowed, path, true, Map.of());
    }

    private static RouteRow page(String view, Set<Role> allowed, String path) {
        return new RouteRow(view, allowed, w -> path, false, Map.of());
    }

    static List<RouteRow> rows() {
        return List.of(
                page("NetworksView", roles(SITE_ADMIN, COORDINATOR, FACILITATOR, PARTICIPANT, GUEST, OTHER_NETWORK),
                        ""),
                page("LoginView", ANYONE, "login"),
                page("AdminView", roles(SITE_ADMIN), "admin"),
                page("ProfileView", SIGNED_IN_MEMBERS, "profile"),
                page("MyActionsView", SIGNED_IN_MEMBERS, "actions"),
                // An action is made of a note the member may read: the note's id is in the address.
                route("RecordActionView", MEMBERS, w -> "actions/new?note=" + w.publishedNote()),
                page("GuestEndedView", ANYONE, "guest/ended"),
                route("NetworkView", MEMBERS, w -> "networks/" + w.network()),
                route("SearchView", MEMBERS, w -> "networks/" + w.network() + "/search"),
                route("GatheringView", MEMBERS, w -> "gatherings/" + w.gathering()),
                route("HarvestView", MEMBERS, w -> "gatherings/" + w.publishedGathering() + "/harvest"),
                route("BoardView", IN_THE_ROOM, w -> "boards/" + w.idea()),
                route("ReplayView", MEMBERS, w -> "boards/" + w.idea() + "/replay"),
                route("BreakoutOverviewView", IN_THE_ROOM, w -> "breakouts/" + w.breakout()),
                // Keys: whoever holds one is let in; they are checked below only for not leaking a missing key.
                new RouteRow("ProjectorView", ANYONE, w -> "room/" + w.projectorSecret(), false, Map.of()),
                new RouteRow("AcceptInvitationView", ANYONE, w -> "invitation/" + w.invitationToken(), false,
                        Map.of()),
                // The join page sends whoever is in the gathering's room (its network's members, its guests) straight
                // to the board the room is on; anyone else is asked to join.
                new RouteRow("JoinView", roles(SITE_ADMIN, OTHER_NETWORK, SIGNED_OUT), w -> "j/" + w.joinCode(), false,
                        inTheRoomOnTheBoard()),
                new RouteRow("JoinAsMemberView", roles(), w -> "j/" + w.joinCode() + "/member", false,
                        withSignedIn(inTheRoomOnTheBoard(), "JoinView")));
    }

    private static Map<Role, String> inTheRoomOnTheBoard() {
        Map<Role, String> shown = new EnumMap<>(Role.class);
        IN_THE_ROOM.forEach(role -> shown.put(role, "BoardView"));
        return shown;
    }

    /** Signing in as a member first: the room's people land on the board, others on the join page. */
    private static Map<Role, String> withSignedIn(Map<Role, String> inTheRoom, String others) {
        Map<Role, String> shown = new EnumMap<>(inTheRoom);
        shown.put(SITE_ADMIN, others);
        shown.put(OTHER_NETWORK, others);
        return shown;
    }

    @Test
    void everyRouteHasItsRow() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> views = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.samskab")) {
            views.add(ClassUtils.getShortName(String.valueOf(candidate.getBeanClassName())));
        }
        Set<String> rows = new TreeSet<>(rows().stream().map(RouteRow::view).toList());
        assertThat(rows).as("routes with a row in the matrix").isEqualTo(views);
    }

    @Test
    void everyRouteShowsEachRoleWhatItsRowSays() {
        MatrixWorld.People people = MatrixWorld.people(fixtures);
        MatrixWorld.People strangers = MatrixWorld.people(fixtures);
        MatrixWorld own = MatrixWorld.of(context, people, strangers, false);
        MatrixWorld other = MatrixWorld.of(context, strangers, people, false);
        MatrixWorld missing = MatrixWorld.missing(context, own);
        // Everything the addresses need is made before anyone signs in.
        for (RouteRow row : rows()) {
            row.path().apply(own);
            row.path().apply(other);
        }
        own.actor(GUEST);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            if (role != Role.values()[0]) {
                closeUi(); // the previous role's UI; the last one is closed after the test
            }
            String email = own.actor(role);
            if (email == null) {
                Fixtures.signOut();
            } else {
                fixtures.signIn(email);
            }
            openUi();
            for (RouteRow row : rows()) {
                String path = row.path().apply(own);
                Shown shown = open(path);
                cells++;
                if (!shown.view().equals(row.expected(role))) {
                    wrong.add(role + " at /" + path + ": expected " + row.expected(role) + ", shown " + shown);
                }
                if (!row.holdsIds() || !(role.inNetwork() || role == SIGNED_OUT)) {
                    continue;
                }
                Shown there = open(row.path().apply(other));
                Shown nowhere = open(row.path().apply(missing));
                cells++;
                if (!there.equals(nowhere)) {
                    wrong.add(role + " at " + row.view() + ": another network's ids show " + there
                            + ", ids that do not exist " + nowhere);
                }
            }
        }
        System.out.printf("Route matrix: %d routes, %d cells, %d wrong%n", rows().size(), cells, wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** The view a navigation ends on, and its markup (with every number taken out). */
    record Shown(String view, String text) {
        @Override
        public String toString() {
            return view + " \"" + (text.length() > 100 ? text.substring(0, 100) + "…" : text) + "\"";
        }
    }

    private static Shown open(String path) {
        UI ui = UI.getCurrent();
        try {
            int query = path.indexOf('?');
            if (query < 0) {
                ui.navigate(path);
            } else {
                ui.navigate(path.substring(0, query),
                        com.vaadin.flow.router.QueryParameters.fromString(path.substring(query + 1)));
            }
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException denied) {
            // Karibu throws where Vaadin's route-access error, in production mode, shows the not-found page (404):
            // a role a route does not take learns nothing of whether the page exists (NotFoundBrowserTest).
            return new Shown(NOT_FOUND, "");
        }
        var view = ui.getCurrentView();
        // What the page holds, markup and text, with every number taken out (ids differ; nothing else may).
        return new Shown(view.getClass().getSimpleName(), view.getElement().getOuterHTML().replaceAll("\\d+", "#"));
    }
}
