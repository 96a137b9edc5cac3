import { describe, expect, it } from 'vitest';
import { materialState } from '../../../../runtime/web/workbench/case/material-state';

describe('materialState', () => {
  it('shows a notice item as supplied once provided, awaited otherwise', () => {
    expect(materialState('provided', true).key).toBe('materials.supplied');
    expect(materialState('missing', true).key).toBe('materials.awaited');
    expect(materialState('defective', true).key).toBe('materials.awaited');
  });
  it('shows its status for a material not on the notice', () => {
    expect(materialState('provided', false)).toEqual({ key: 'material.provided', color: 'green' });
    expect(materialState('deferred', false)).toEqual({ key: 'material.deferred', color: 'gold' });
  });
});
