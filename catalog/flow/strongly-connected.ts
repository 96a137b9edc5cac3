/**
 * The strongly connected components of a directed graph (Tarjan), each listed in the order the
 * ids were given, components ordered by their first member. Used to name exactly the nodes that
 * lie on a cycle, which Kahn's algorithm alone cannot: it also leaves behind nodes downstream of
 * a cycle. Iterative, so a long chain cannot overflow the call stack. O(N + E).
 */
export function stronglyConnectedComponents(
  ids: readonly string[],
  successors: (id: string) => readonly string[],
): string[][] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of ids) {
    if (index.has(root)) continue;
    // Each frame is a node and how many of its successors were already visited.
    const frames: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const succ = successors(frame.id);
      if (frame.next < succ.length) {
        const w = succ[frame.next++];
        if (!position.has(w)) continue;
        if (!index.has(w)) {
          open(w);
          frames.push({ id: w, next: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        }
        continue;
      }
      frames.pop();
      const v = frame.id;
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        components.push(component.sort((a, b) => position.get(a)! - position.get(b)!));
      }
    }
  }
  return components.sort((a, b) => position.get(a[0])! - position.get(b[0])!);

  function open(id: string): void {
    index.set(id, counter);
    low.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
  }
}
