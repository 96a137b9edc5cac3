/**
 * The bookkeeping behind rename and remove: `var` names rewritten in JsonLogic (scoped per-element
 * rules left alone), and which fields' conditions read a field.
 */
import { describe, expect, it } from 'vitest';
import { conditionReaders, renameVars } from '../../../designer/form-builder/form-rewrites.js';
import { baseForm } from './form-fixtures.js';

describe('renameVars (for the matter\'s conditions outside the form)', () => {
  it.each([
    [{ '==': [{ var: 'byAgent' }, true] }, { '==': [{ var: 'viaAgent' }, true] }],
    [{ var: ['byAgent', false] }, { var: ['viaAgent', false] }],
    [{ var: 'byAgent.x' }, { var: 'viaAgent.x' }],
    [{ var: 'byAgentName' }, { var: 'byAgentName' }],
    [{ missing: ['byAgent', 'a'] }, { missing: ['viaAgent', 'a'] }],
    [{ missing: 'byAgent' }, { missing: 'viaAgent' }],
    [{ missing_some: [1, ['byAgent']] }, { missing_some: [1, ['viaAgent']] }],
    [{ some: [{ var: 'byAgent' }, { var: 'byAgent' }] }, { some: [{ var: 'viaAgent' }, { var: 'byAgent' }] }],
    [{ and: [{ '!': { var: 'byAgent' } }, 'byAgent'] }, { and: [{ '!': { var: 'viaAgent' } }, 'byAgent'] }],
  ])('%j → %j', (rule, expected) => {
    expect(renameVars(rule, 'byAgent', 'viaAgent')).toEqual(expected);
  });
});

describe('condition readers', () => {
  it('lists the fields whose condition reads a field or a field inside it', () => {
    const form = baseForm();
    expect(conditionReaders(form, 'byAgent')).toEqual(['basics.agentName', 'basics.agentPhone']);
    expect(conditionReaders(form, 'agentName')).toEqual(['basics.agentPhone']);
    expect(conditionReaders(form, 'address')).toEqual(['address']);
    expect(conditionReaders(form, 'applicantName')).toEqual([]);
  });
});
