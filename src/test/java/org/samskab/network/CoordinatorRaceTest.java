package org.samskab.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.InvalidInputException;
import org.samskab.network.NetworkViews.MemberEntry;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CoordinatorRaceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NetworkService networks;

    @Test
    void twoCoordinatorsDemotingEachOtherAtOnceLeaveOneCoordinator() throws Exception {
        for (int round = 0; round < 5; round++) {
            var network = fixtures.network();
            String second = fixtures.member(network, NetworkRole.COORDINATOR, "Second Coordinator", null);
            List<MemberEntry> members = fixtures.as(network.coordinator(),
                    () -> networks.membersByOrganisation(network.id(), Locale.ENGLISH)).stream()
                    .flatMap(g -> g.members().stream()).toList();
            long firstMembership = members.stream().filter(m -> m.email().equals(network.coordinator()))
                    .findFirst().orElseThrow().membershipId();
            long secondMembership = members.stream().filter(m -> m.email().equals(second)).findFirst()
                    .orElseThrow().membershipId();

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> results = new ArrayList<>();
            results.add(pool.submit(() -> demote(network.coordinator(), network.id(), secondMembership, start)));
            results.add(pool.submit(() -> demote(second, network.id(), firstMembership, start)));
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            pool.shutdown();

            assertThat(succeeded).as("demotions that went through").isEqualTo(1);
            assertThat(countCoordinators(network, second)).as("coordinators left").isEqualTo(1);
        }
    }

    private long countCoordinators(Fixtures.TestNetwork network, String second) {
        // Whoever is still a member can read the list; both still are (as participants or coordinator).
        return fixtures.as(second, () -> networks.membersByOrganisation(network.id(), Locale.ENGLISH)).stream()
                .flatMap(g -> g.members().stream()).filter(m -> m.role() == NetworkRole.COORDINATOR).count();
    }

    private boolean demote(String actor, long networkId, long membershipId, CountDownLatch start) throws Exception {
        start.await();
        try {
            fixtures.as(actor, () -> networks.changeRole(networkId, membershipId, NetworkRole.PARTICIPANT));
            return true;
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKey()).isEqualTo("validation.last-coordinator");
            return false;
        } catch (org.samskab.base.PermissionDeniedException demotedFirst) {
            return false; // the other was quicker and this actor is no longer a coordinator
        }
    }
}
