/**
 * Immediate dominators of a directed acyclic graph given in topological order, numbered nodes.
 * Pass predecessors to get dominators, successors (with the order reversed) to get
 * post-dominators. Returns `idom[v]`, with `idom[root] === root` and -1 for nodes the root does
 * not reach.
 *
 * 1. Number the nodes by position in the order; a dominator always comes earlier.
 * 2. Visit nodes in order; every predecessor is final by then (this is why a DAG needs one pass,
 *    where the general Cooper–Harvey–Kennedy algorithm iterates to a fixpoint).
 * 3. idom(v) is the nearest common dominator of v's processed predecessors, found by walking
 *    the two idom chains up until they meet.
 */
export function immediateDominators(
  order: readonly number[],
  predecessors: (v: number) => readonly number[],
  root: number,
  size: number,
): Int32Array {
  // 1. Positions.
  const pos = new Int32Array(size).fill(-1);
  order.forEach((v, i) => (pos[v] = i));
  const idom = new Int32Array(size).fill(-1);
  idom[root] = root;
  // 2. One pass.
  for (const v of order) {
    if (v === root) continue;
    let d = -1;
    for (const p of predecessors(v)) {
      if (idom[p] === -1) continue;
      // 3. Nearest common dominator.
      d = d === -1 ? p : intersect(p, d);
    }
    idom[v] = d;
  }
  return idom;

  function intersect(a: number, b: number): number {
    while (a !== b) {
      while (pos[a] > pos[b]) a = idom[a];
      while (pos[b] > pos[a]) b = idom[b];
    }
    return a;
  }
}
