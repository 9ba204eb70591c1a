package io.matcher.plan;

import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() {
    Problem p = IssueInstances.generate(4, 16, 10, 6, 6, 2, 4, 0.4, 0.6);
    Schedule sch = new OptimalPlanner().plan(p);
    Placement pl = ExactSolverTest.placementOf(p, sch);
    System.out.println("planner " + pl.objective + " meetings " + pl.meetings + " short " + pl.shortfall);
    Placement again = new SlotReoptimizer(new CostScalingMinCostFlow(), 20, Long.MAX_VALUE, 200).improve(p, pl.slotOf);
    System.out.println("again " + again.objective + " meetings " + again.meetings);
    ExactSolver.Result ex = ExactSolver.solve(p, 20);
    Placement opt = new Placement(p, ex.slotOf());
    System.out.println("opt " + opt.objective + " meetings " + opt.meetings + " short " + opt.shortfall);
    int[] perSlot = new int[p.slots()];
    for (int s : ex.slotOf()) if (s >= 0) perSlot[s]++;
    System.out.println("opt per slot " + java.util.Arrays.toString(perSlot));
    perSlot = new int[p.slots()];
    for (int s : pl.slotOf) if (s >= 0) perSlot[s]++;
    System.out.println("plan per slot " + java.util.Arrays.toString(perSlot));
  }
}
