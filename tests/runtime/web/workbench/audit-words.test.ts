import { describe, expect, it } from 'vitest';
import { auditKey } from '../../../../runtime/web/workbench/case/audit-words';
import { DICTIONARIES } from '../../../../runtime/web/workbench/i18n';

const has = (k: string) => k in DICTIONARIES['zh-CN'];

describe('auditKey', () => {
  it('names engine actions by the history word and the other events by their own', () => {
    expect(auditKey('case.request_extension', has)).toBe('history.request_extension');
    expect(auditKey('case.accept', has)).toBe('history.accept');
    expect(auditKey('calendar.recomputed', has)).toBe('audit.recomputed');
    expect(auditKey('case.created', has)).toBe('audit.created');
  });
  it('never shows an unknown id as the word', () => {
    expect(auditKey('case.something_new', has)).toBe('audit.other');
    expect(auditKey('weird', has)).toBe('audit.other');
    for (const key of ['audit.other', 'audit.recomputed', 'history.request_extension']) expect((DICTIONARIES['zh-CN'] as Record<string, string>)[key]).toBeTruthy();
  });
});
