package io.matcher.plan;

/** Gives each chosen pair a slot: a (list) edge colouring of the bipartite investor–startup graph. */
public interface SlotAssigner {

  /**
   * @param required candidate indices chosen by the selection, most important first; placed even if that
   *                 needs recolouring, dropped (slot -1) only when no repair works
   * @param optional further candidate indices, best first, added only where they fit without exceeding any
   *                 maximum or table count (startups below their minimum are served first)
   * @return the slot of each required and optional candidate, -1 when not placed
   */
  Result assign(Problem problem, int[] required, int[] optional);

  /**
   * @param requiredSlots slot per required candidate, -1 if dropped
   * @param optionalSlots slot per optional candidate, -1 if not added
   * @param kempeSwaps    alternating-path recolourings performed
   */
  record Result(int[] requiredSlots, int[] optionalSlots, int kempeSwaps) {
  }
}
