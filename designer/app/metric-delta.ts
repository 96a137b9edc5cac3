/**
 * The change of one metric between two versions: the difference and the per-cent change of the
 * earlier figure, rounded to a whole per cent; `percent` is null when the earlier figure is 0
 * (a change from nothing has no ratio).
 *
 * @example metricDelta(20, 7) // { change: -13, percent: -65 }
 */
export function metricDelta(before: number, after: number): { change: number; percent: number | null } {
  const change = after - before;
  return { change, percent: before === 0 ? null : Math.round((change / before) * 100) };
}
