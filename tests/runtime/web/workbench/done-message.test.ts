import { describe, expect, it } from 'vitest';
import { doneMessage } from '../../../../runtime/web/workbench/case/done-message';

describe('doneMessage', () => {
  it('says the case concluded when the last approval grants or denies it', () => {
    expect(doneMessage('approve', 'granted')).toEqual({ key: 'action.done.approveConcluded', outcomeStatus: 'granted' });
    expect(doneMessage('approve', 'denied')).toEqual({ key: 'action.done.approveConcluded', outcomeStatus: 'denied' });
    expect(doneMessage('accept', 'granted')).toEqual({ key: 'action.done.acceptConcluded', outcomeStatus: 'granted' });
  });
  it('says the case moves on otherwise', () => {
    expect(doneMessage('approve', 'in_progress')).toEqual({ key: 'action.done.approve' });
    expect(doneMessage('deny', 'denied')).toEqual({ key: 'action.done.deny' });
    expect(doneMessage('approve', undefined)).toEqual({ key: 'action.done.approve' });
  });
});
