// @vitest-environment happy-dom
/**
 * CommitInput hands its value over on blur, on Enter or after a pause in typing, never per
 * keystroke, and shows the stored value once not focused. Fake timers stand in for the pause.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { createElement, useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMIT_PAUSE_MS, CommitInput } from '../../../designer/app/basic/CommitInput.js';
import { polyfillMatchMedia } from '../materials/tab-harness.js';

beforeAll(polyfillMatchMedia);
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** An input over a stored value that keeps what it is given, trimmed, and counts the commits. */
function mount(initial: string) {
  const commits: string[] = [];
  function Holder() {
    const [value, setValue] = useState(initial);
    return createElement(CommitInput, { value, 'data-testid': 'in', onCommit: (v: string) => { commits.push(v); setValue(v.trim()); } });
  }
  const view = render(createElement(Holder));
  const input = view.container.querySelector('[data-testid="in"]') as HTMLInputElement;
  const type = (text: string) => act(async () => void fireEvent.change(input, { target: { value: text } }));
  return { commits, input, type };
}

describe('CommitInput', () => {
  it('commits once on blur, not per keystroke, and then shows the stored value', async () => {
    const { commits, input, type } = mount('营业执照');
    await act(async () => void fireEvent.focus(input));
    await type('营业');
    await type('营业执照副本 ');
    expect(commits).toEqual([]);
    await act(async () => void fireEvent.blur(input));
    expect(commits).toEqual(['营业执照副本 ']);
    expect(input.value).toBe('营业执照副本');
  });

  it('commits after a pause in typing while focused, and not again on blur when nothing changed', async () => {
    const { commits, input, type } = mount('a');
    await act(async () => void fireEvent.focus(input));
    await type('ab');
    await act(async () => void vi.advanceTimersByTime(COMMIT_PAUSE_MS - 1));
    expect(commits).toEqual([]);
    await type('abc');
    await act(async () => void vi.advanceTimersByTime(COMMIT_PAUSE_MS));
    expect(commits).toEqual(['abc']);
    expect(input.value).toBe('abc');
    await act(async () => void fireEvent.blur(input));
    expect(commits).toEqual(['abc']);
  });

  it('commits nothing when focus leaves without a change', async () => {
    const { commits, input } = mount('x');
    await act(async () => {
      fireEvent.focus(input);
      fireEvent.blur(input);
    });
    expect(commits).toEqual([]);
  });
});
