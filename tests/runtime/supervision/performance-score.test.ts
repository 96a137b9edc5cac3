import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWeights, DEFAULT_WEIGHTS, INDICATORS, normalise, performanceScore, type ScoreFigures, type ScoreWeights } from '../../../runtime/supervision/performance-score.js';

const base: ScoreFigures = { cases: 20, timed: 10, onTime: 8, satisfactionAverage: 4, complaints: 1, supplemented: 5 };
const byName = (r: ReturnType<typeof performanceScore>, name: string) => r.indicators.find((i) => i.indicator === name)!;

describe('normalise', () => {
  it.each([
    ['onTimeRate', { ...base, timed: 10, onTime: 8 }, 0.8, 80],
    ['satisfaction', { ...base, satisfactionAverage: 5 }, 5, 100],
    ['satisfaction', { ...base, satisfactionAverage: 1 }, 1, 0],
    ['satisfaction', { ...base, satisfactionAverage: 3 }, 3, 50],
    ['complaints', { ...base, cases: 20, complaints: 0 }, 0, 100],
    ['complaints', { ...base, cases: 20, complaints: 1 }, 0.05, 50],
    ['complaints', { ...base, cases: 20, complaints: 5 }, 0.25, 0],
    ['supplementRate', { ...base, cases: 20, supplemented: 5 }, 0.25, 75],
  ] as const)('%s of %o is %d → %d', (indicator, figures, value, normalised) => {
    const got = normalise(indicator, figures);
    expect(got.value).toBeCloseTo(value, 10);
    expect(got.normalised).toBeCloseTo(normalised, 10);
  });

  it('an indicator without data is null, not 0 or 100', () => {
    const empty: ScoreFigures = { cases: 0, timed: 0, onTime: 0, satisfactionAverage: null, complaints: 0, supplemented: 0 };
    expect(normalise('onTimeRate', empty).normalised).toBeNull();
    expect(normalise('satisfaction', empty).normalised).toBeNull();
    expect(normalise('supplementRate', empty).normalised).toBeNull();
  });
});

describe('performanceScore', () => {
  it('explains itself: contributions add up to the score, shares to 1', () => {
    const r = performanceScore(base, DEFAULT_WEIGHTS);
    // 0.4 × 80 + 0.3 × 75 + 0.15 × 50 + 0.15 × 75 = 32 + 22.5 + 7.5 + 11.25
    expect(r.score).toBeCloseTo(73.25, 10);
    expect(r.indicators.map((i) => i.indicator)).toEqual([...INDICATORS]);
    expect(r.indicators.reduce((s, i) => s + i.contribution, 0)).toBeCloseTo(r.score!, 10);
    expect(r.indicators.reduce((s, i) => s + i.share, 0)).toBeCloseTo(1, 10);
    expect(byName(r, 'onTimeRate')).toMatchObject({ value: 0.8, normalised: 80, weight: 40, share: 0.4, contribution: 32 });
  });

  it('leaves an indicator without data out and rescales the others', () => {
    const r = performanceScore({ ...base, satisfactionAverage: null }, DEFAULT_WEIGHTS);
    expect(byName(r, 'satisfaction')).toMatchObject({ normalised: null, share: 0, contribution: 0, weight: 30 });
    expect(byName(r, 'onTimeRate').share).toBeCloseTo(40 / 70, 10);
    expect(r.score).toBeCloseTo((40 * 80 + 15 * 50 + 15 * 75) / 70, 10);
  });

  it('has no score when no weighted indicator has data', () => {
    const r = performanceScore({ cases: 0, timed: 0, onTime: 0, satisfactionAverage: null, complaints: 0, supplemented: 0 }, { onTimeRate: 1, satisfaction: 1, complaints: 0, supplementRate: 1 });
    expect(r.score).toBeNull();
  });

  // A weight is 0 or at least 0.001: below that, scaling by the property's k can underflow a
  // denormal weight to 0 (5e-324 × 0.001), a float artefact and not a weight an admin sets.
  const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1000, noNaN: true }));
  const weights = fc.record<ScoreWeights>({
    onTimeRate: weight,
    satisfaction: weight,
    complaints: weight,
    supplementRate: weight,
  }).filter((w) => INDICATORS.some((i) => w[i] > 1e-6));
  const figures = fc
    .record({ cases: fc.integer({ min: 1, max: 500 }), timed: fc.integer({ min: 1, max: 500 }), onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }), sat: fc.option(fc.double({ min: 1, max: 5, noNaN: true })), complaints: fc.integer({ min: 0, max: 100 }), supShare: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map((r): ScoreFigures => ({ cases: r.cases, timed: r.timed, onTime: Math.floor(r.onTimeShare * r.timed), satisfactionAverage: r.sat, complaints: r.complaints, supplemented: Math.floor(r.supShare * r.cases) }));

  it('property: weights of any positive scale give the same score (they are normalised)', () => {
    fc.assert(
      fc.property(figures, weights, fc.double({ min: 0.001, max: 1000, noNaN: true }), (f, w, k) => {
        const scaled = Object.fromEntries(INDICATORS.map((i) => [i, w[i] * k])) as ScoreWeights;
        const a = performanceScore(f, w).score;
        const b = performanceScore(f, scaled).score;
        if (a === null) return b === null;
        return b !== null && Math.abs(a - b) < 1e-6 && a >= -1e-9 && a <= 100 + 1e-9;
      }),
    );
  });

  it('property: a better indicator never lowers the score', () => {
    fc.assert(
      fc.property(figures, weights, fc.constantFrom(...INDICATORS), (f, w, indicator) => {
        const better: ScoreFigures = { ...f };
        if (indicator === 'onTimeRate') better.onTime = Math.min(f.timed, f.onTime + 1);
        if (indicator === 'satisfaction') better.satisfactionAverage = f.satisfactionAverage === null ? null : Math.min(5, f.satisfactionAverage + 0.5);
        if (indicator === 'complaints') better.complaints = Math.max(0, f.complaints - 1);
        if (indicator === 'supplementRate') better.supplemented = Math.max(0, f.supplemented - 1);
        const before = performanceScore(f, w).score;
        const after = performanceScore(better, w).score;
        return before === null ? after === null : after !== null && after >= before - 1e-9;
      }),
    );
  });
});

describe('checkWeights', () => {
  it('accepts four numbers of any positive scale', () => {
    expect(checkWeights(DEFAULT_WEIGHTS)).toEqual([]);
    expect(checkWeights({ onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 0.5 })).toEqual([]);
  });

  it('names each bad weight', () => {
    const problems = checkWeights({ onTimeRate: -1, satisfaction: 'high', complaints: 1e9, speed: 3 });
    expect(problems.map((p) => p.indicator).sort()).toEqual(['complaints', 'onTimeRate', 'satisfaction', 'speed', 'supplementRate']);
    expect(problems.find((p) => p.indicator === 'supplementRate')!.message).toBe('is required');
    expect(checkWeights({ onTimeRate: Number.NaN, satisfaction: 1, complaints: 1, supplementRate: 1 })).toEqual([{ indicator: 'onTimeRate', message: 'must be a number' }]);
  });

  it('refuses all zeros and non-objects', () => {
    expect(checkWeights({ onTimeRate: 0, satisfaction: 0, complaints: 0, supplementRate: 0 })).toEqual([{ indicator: '', message: 'at least one weight must be above 0' }]);
    expect(checkWeights([1, 2, 3, 4])).toHaveLength(1);
    expect(checkWeights(null)).toHaveLength(1);
  });
});
