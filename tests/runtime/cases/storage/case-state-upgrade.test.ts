import { describe, expect, it } from 'vitest';
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
