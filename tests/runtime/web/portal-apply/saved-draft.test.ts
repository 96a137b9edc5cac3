/** The application in progress survives a reload of the tab; malformed or other versions' drafts are ignored. */
import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from '../../../../runtime/web/portal/apply/saved-draft.js';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

const draft: SavedDraft = {
  situation: 'company',
  applicant: { kind: 'legal_person', name: '某公司', idType: 'uscc', idNumber: 'X', phone: '13800138000' },
  answers: { operatorName: '某公司', hasOnlineSales: true },
  entries: { 'application-form': { mode: 'upload', files: [{ id: 'F1', name: 'a.pdf' }] }, 'safety-manager': { mode: 'deferred', files: [] } },
  step: 3,
};

describe('saved draft', () => {
  it('loads what was saved for the same matter version, nothing for another version', () => {
    const s = memory();
    saveDraft(s, 'M1', 2, draft);
    expect(loadDraft(s, 'M1', 2)).toEqual(draft);
    expect(loadDraft(s, 'M1', 3)).toBeUndefined();
    clearDraft(s, 'M1', 2);
    expect(loadDraft(s, 'M1', 2)).toBeUndefined();
  });
  it.each([
    ['not JSON', '{'],
    ['no applicant', JSON.stringify({ ...draft, applicant: undefined })],
    ['a bad applicant kind', JSON.stringify({ ...draft, applicant: { ...draft.applicant, kind: 'robot' } })],
    ['a bad material mode', JSON.stringify({ ...draft, entries: { x: { mode: 'teleport', files: [] } } })],
    ['a file without a name', JSON.stringify({ ...draft, entries: { x: { mode: 'upload', files: [{ id: 'F' }] } } })],
    ['a fractional step', JSON.stringify({ ...draft, step: 1.5 })],
  ])('ignores %s', (_what, raw) => {
    const s = memory();
    s.m.set('matterflow.apply.M1@1', raw);
    expect(loadDraft(s, 'M1', 1)).toBeUndefined();
  });
  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    expect(() => saveDraft(broken, 'M1', 1, draft)).not.toThrow();
    expect(loadDraft(broken, 'M1', 1)).toBeUndefined();
    expect(() => clearDraft(broken, 'M1', 1)).not.toThrow();
  });
});
