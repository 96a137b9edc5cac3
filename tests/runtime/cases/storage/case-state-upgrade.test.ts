import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { upgradeState, type StateUpgrade } from '../../../../runtime/cases/storage/case-state-upgrade.js';
import { OperationalError } from '../../../../schemas/errors.js';

const upgrades: StateUpgrade[] = [
  { id: 'case-state/2', name: 'AddChannel', up: (s) => ({ ...s, channel: 'window' }) },
  { id: 'case-state/3', name: 'RenameChannel', up: ({ channel, ...s }) => ({ ...s, via: channel }) },
];

describe('upgradeState', () => {
  it('given a state of version 1, when read by engine version 3, then both steps run in order', () => {
    expect(upgradeState({ stateVersion: 1, status: 'submitted' }, upgrades, 3)).toEqual({ stateVersion: 3, status: 'submitted', via: 'window' });
  });

  it('given a state of version 2, then only the later step runs; a current state is returned as it is', () => {
    expect(upgradeState({ stateVersion: 2, channel: 'online' }, upgrades, 3)).toEqual({ stateVersion: 3, via: 'online' });
    const current = { stateVersion: 3, via: 'online' };
    expect(upgradeState(current, upgrades, 3)).toBe(current);
  });

  it('given a state newer than the engine, then OperationalError instead of a misread', () => {
    expect(() => upgradeState({ stateVersion: 4 }, upgrades, 3)).toThrow(OperationalError);
  });
});

describe('case-state/2 RightsNoticeInChinese, on the frozen v1 fixture', () => {
  const v1 = JSON.parse(readFileSync(new URL('../../../fixtures/case-states/v1/refused.json', import.meta.url), 'utf8'));

  it('given a refusal stored by engine v1 with the English art. 38 sentence, when read, then the notice is the Chinese one and nothing else changes', () => {
    const upgraded = upgradeState(structuredClone(v1));
    expect(upgraded.stateVersion).toBe(2);
    expect(upgraded.rightsNotice).toEqual({
      kind: 'refusal',
      remedies: expect.stringContaining('六十日内依法申请行政复议'),
      basis: '《中华人民共和国行政许可法》第三十二条',
    });
    expect(`${upgraded.rightsNotice!.remedies}${upgraded.rightsNotice!.basis}`).not.toMatch(/[A-Za-z]{4}/);
    const { rightsNotice: _a, stateVersion: _b, ...rest } = upgraded as unknown as Record<string, unknown>;
    const { rightsNotice: _c, stateVersion: _d, ...before } = v1;
    expect(rest).toEqual(before);
  });
});
