package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's projection of two machines from the two ramps (bench/benchmarks-method.md, "Two servers"): the CPU
 * each action cost, at every step both ran without errors, projected at the highest step both passed.
 */
class TwoServerProjectionTest {

    @Test
    void projectsFromTheHighestStepBothPassedAndLeavesOutStepsWithErrors() {
        Capacity.Result one = new Capacity.Result(List.of(step(100, 806, 0, 46.5, 0.46), step(200, 1608, 0, 96.0, 0.92),
                step(300, 2447, 0, 381.7, 1.22)), 300);
        Capacity.Result two =
                new Capacity.Result(List.of(step(100, 794, 0, 103.7, 0.92), step(200, 1607, 0, 236.3, 1.37),
                        step(300, 2059, 1029, 6795.3, 1.34)), 300);

        List<Report.CostPerAction> rows = Report.costPerAction(one, two);

        assertThat(rows).extracting(Report.CostPerAction::participants).containsExactly(100, 200);
        Report.CostPerAction at = Report.projectedAt(rows);
        assertThat(at).isNotNull();
        assertThat(at.participants()).isEqualTo(200);
        assertThat(at.projected()).isCloseTo(2 * (0.92 / 1608) / (1.37 / 1607), within(1e-9));
        assertThat(at.projected()).isCloseTo(1.35, within(0.01));
    }

    @Test
    void aStepOneRampFailedIsShownButNotProjectedFrom() {
        Capacity.Result one = new Capacity.Result(List.of(step(100, 800, 0, 400, 0.5)), 100);
        Capacity.Result two = new Capacity.Result(List.of(step(100, 800, 0, 100, 0.6)), null);

        List<Report.CostPerAction> rows = Report.costPerAction(one, two);

        assertThat(rows).singleElement().extracting(Report.CostPerAction::bothPassed).isEqualTo(false);
        assertThat(Report.projectedAt(rows)).isNull();
    }

    private static Capacity.Step step(int participants, long actions, long errors, double p95, double serverCores) {
        return new Capacity.Step(participants, 0, 5, actions, errors, 0, p95 / 2, p95, p95 * 1.5, serverCores, 0.1);
    }
}
