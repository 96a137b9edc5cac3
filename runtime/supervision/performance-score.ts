/**
 * 绩效评分: a department's performance over a window of time, from four weighted indicators the
 * admin sets. Pure: figures in, score and its explanation out.
 *
 * Each indicator is normalised to 0–100, where 100 is best:
 * - on-time rate (按时办结率): on-time / timed concluded cases → 100 × rate;
 * - satisfaction (满意度): average score 1–5 → 100 × (average − 1) / 4;
 * - complaints (投诉, fewer is better): complaints per case c = complaints / max(cases, 1)
 *   → 100 × max(0, 1 − c / COMPLAINTS_PER_CASE_AT_ZERO): no complaint is 100, one complaint per ten
 *   cases (or more) is 0;
 * - supplement rate (补正率, fewer is better): cases that got a supplement notice / cases
 *   → 100 × (1 − rate).
 * An indicator with no data (nothing concluded on time or late, nobody rated, no case) is left out
 * rather than counted as 0 or 100: the weights of the indicators that have data are rescaled to sum
 * to 1 (share), and score = Σ share × normalised. Weights are any numbers ≥ 0 with a positive sum
 * (40/30/15/15 and 8/6/3/3 score alike). No indicator with data and weight → no score (null).
 *
 * Monotone by construction: for the same weights and the same indicators present, a better indicator
 * (higher on-time rate or satisfaction, fewer complaints or supplements) never lowers the score.
 */

export const INDICATORS = ['onTimeRate', 'satisfaction', 'complaints', 'supplementRate'] as const;
export type Indicator = (typeof INDICATORS)[number];

export type ScoreWeights = Record<Indicator, number>;

export const DEFAULT_WEIGHTS: ScoreWeights = { onTimeRate: 40, satisfaction: 30, complaints: 15, supplementRate: 15 };

/** Complaints per case at which the complaints indicator reaches 0. */
export const COMPLAINTS_PER_CASE_AT_ZERO = 0.1;
/** Largest weight accepted: weights are relative, this only keeps numbers sane. */
export const MAX_WEIGHT = 1000;

/** The raw figures of one department (or the whole centre) over the window. */
export interface ScoreFigures {
  cases: number;
  /** Concluded cases that had a due date; and of those, concluded on time. */
  timed: number;
  onTime: number;
  /** Average rating 1–5, null when nobody rated. */
  satisfactionAverage: number | null;
  complaints: number;
  /** Cases that got a supplement notice (补正). */
  supplemented: number;
}

export interface IndicatorExplanation {
  indicator: Indicator;
  /** The raw value: a rate 0–1, an average 1–5, complaints per case; null when there is no data. */
  value: number | null;
  /** 0–100, 100 best; null when there is no data. */
  normalised: number | null;
  /** The weight as set. */
  weight: number;
  /** The weight's share among the indicators with data (0 when left out). */
  share: number;
  /** share × normalised: the points this indicator adds to the score. */
  contribution: number;
}

export interface ScoreResult {
  /** 0–100, null when no weighted indicator has data. */
  score: number | null;
  indicators: IndicatorExplanation[];
}

export interface WeightProblem {
  /** The bad weight's name, or '' for the whole object. */
  indicator: string;
  message: string;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Raw value and its 0–100 normalisation, or nulls when the figures hold no data for it. */
export function normalise(indicator: Indicator, f: ScoreFigures): { value: number | null; normalised: number | null } {
  switch (indicator) {
    case 'onTimeRate': {
      if (f.timed <= 0) return { value: null, normalised: null };
      const rate = clamp(f.onTime / f.timed, 0, 1);
      return { value: rate, normalised: 100 * rate };
    }
    case 'satisfaction': {
      if (f.satisfactionAverage === null || !Number.isFinite(f.satisfactionAverage)) return { value: null, normalised: null };
      const avg = clamp(f.satisfactionAverage, 1, 5);
      return { value: avg, normalised: (100 * (avg - 1)) / 4 };
    }
    case 'complaints': {
      const perCase = Math.max(0, f.complaints) / Math.max(f.cases, 1);
      return { value: perCase, normalised: 100 * Math.max(0, 1 - perCase / COMPLAINTS_PER_CASE_AT_ZERO) };
    }
    case 'supplementRate': {
      if (f.cases <= 0) return { value: null, normalised: null };
      const rate = clamp(f.supplemented / f.cases, 0, 1);
      return { value: rate, normalised: 100 * (1 - rate) };
    }
  }
}

/** The score of `figures` under `weights` (assumed valid: see {@link checkWeights}), explained. */
export function performanceScore(figures: ScoreFigures, weights: ScoreWeights): ScoreResult {
  const parts = INDICATORS.map((indicator) => ({ indicator, weight: weights[indicator], ...normalise(indicator, figures) }));
  const total = parts.reduce((sum, p) => sum + (p.normalised === null ? 0 : p.weight), 0);
  const indicators = parts.map((p): IndicatorExplanation => {
    const share = p.normalised === null || total <= 0 ? 0 : p.weight / total;
    return { ...p, share, contribution: share * (p.normalised ?? 0) };
  });
  return { score: total > 0 ? indicators.reduce((sum, i) => sum + i.contribution, 0) : null, indicators };
}

/**
 * What is wrong with a weights object sent by a client: every indicator must be a finite number
 * from 0 to {@link MAX_WEIGHT}, no other key, and the sum must be positive. Empty list: valid.
 */
export function checkWeights(input: unknown): WeightProblem[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [{ indicator: '', message: 'must be an object of weights' }];
  const obj = input as Record<string, unknown>;
  const problems: WeightProblem[] = [];
  for (const key of Object.keys(obj)) {
    if (!(INDICATORS as readonly string[]).includes(key)) problems.push({ indicator: key, message: `is not an indicator (${INDICATORS.join(', ')})` });
  }
  for (const indicator of INDICATORS) {
    const w = obj[indicator];
    if (w === undefined) problems.push({ indicator, message: 'is required' });
    else if (typeof w !== 'number' || !Number.isFinite(w)) problems.push({ indicator, message: 'must be a number' });
    else if (w < 0 || w > MAX_WEIGHT) problems.push({ indicator, message: `must be from 0 to ${MAX_WEIGHT}` });
  }
  if (problems.length === 0 && INDICATORS.reduce((s, i) => s + (obj[i] as number), 0) <= 0) {
    problems.push({ indicator: '', message: 'at least one weight must be above 0' });
  }
  return problems;
}
