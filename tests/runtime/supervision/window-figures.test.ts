import { describe, expect, it } from 'vitest';
import { windowFigures, type AcceptorFigures, type WindowLookup } from '../../../runtime/supervision/window-figures.js';

const row = (departmentId: string, acceptedBy: string | null, over: Partial<AcceptorFigures> = {}): AcceptorFigures => ({
  departmentId, acceptedBy, cases: 1, timed: 0, onTime: 0, rated: 0, ratingSum: 0, complaints: 0, supplemented: 0, ...over,
});

const lookup: WindowLookup = {
  windowOf: new Map([['a', 'w1'], ['b', 'w2'], ['c', 'w1'], ['stray', 'zz']]),
  windowsOf: new Map([['d1', new Map([['w1', '1号窗口'], ['w2', '2号窗口']])]]),
};

describe('windowFigures', () => {
  it('puts each clerk’s cases under the clerk’s window, summing clerks at one window', () => {
    const out = windowFigures([row('d1', 'a', { cases: 2, timed: 2, onTime: 1, rated: 2, ratingSum: 9 }), row('d1', 'c', { cases: 3, rated: 1, ratingSum: 3, complaints: 1 }), row('d1', 'b', { supplemented: 1 })], lookup);
    expect(out.map((w) => [w.departmentId, w.windowId, w.windowName])).toEqual([['d1', 'w1', '1号窗口'], ['d1', 'w2', '2号窗口']]);
    expect(out[0]!.figures).toEqual({ cases: 5, timed: 2, onTime: 1, satisfactionAverage: 4, complaints: 1, supplemented: 0 });
    expect(out[1]!.figures).toEqual({ cases: 1, timed: 0, onTime: 0, satisfactionAverage: null, complaints: 0, supplemented: 1 });
  });

  it('gathers not accepted, no window and unknown window under the department’s no-window group, last', () => {
    const out = windowFigures([row('d1', null), row('d1', 'nobody'), row('d1', 'stray'), row('d1', 'a'), row('d0', 'a')], lookup);
    expect(out.map((w) => [w.departmentId, w.windowId, w.figures.cases])).toEqual([['d0', null, 1], ['d1', 'w1', 1], ['d1', null, 3]]);
    expect(out[2]!.windowName).toBeNull();
  });

  it('no rows, no windows', () => {
    expect(windowFigures([], lookup)).toEqual([]);
  });
});
