/** Every word the workbench shows exists in both languages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../../runtime/web/workbench/i18n';
import { NOTICE_KINDS } from '../../../../runtime/web/workbench/notices/notice-texts';
import { SUSPEND_KINDS } from '../../../../runtime/web/workbench/case/case-actions';
import { DUE_TONES } from '../../../../runtime/web/workbench/inbox/due-tone';

const ROOT = new URL('../../../../runtime/web/workbench/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('workbench words', () => {
  const zh = DICTIONARIES['zh-CN'] as Record<string, string>;
  const en = DICTIONARIES.en as Record<string, string>;

  it('has every literal key the sources use, in zh-CN and English', () => {
    const used = new Set<string>();
    for (const file of sources(ROOT)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in zh) || !(k in en));
    expect(missing).toEqual([]);
  });

  it('has the keys made at run time', () => {
    const made = [
      ...['submitted', 'supplement_requested', 'refused', 'in_progress', 'suspended', 'granted', 'denied', 'withdrawn'].map((s) => `status.${s}`),
      ...DUE_TONES.map((t) => `tone.${t}`),
      ...['accept', 'refuse', 'supplement-request', 'approve', 'deny', 'return', 'suspend', 'resume', 'extend'].flatMap((a) => [`action.${a}`, `action.done.${a}`, `action.help.${a}`]),
      ...['refuse', 'deny', 'return', 'suspend', 'extend'].map((a) => `action.reasonPlaceholder.${a}`),
      ...['reason', 'toNode', 'kind', 'days', 'extendDays', 'items'].map((n) => `action.need.${n}`),
      ...SUSPEND_KINDS.map((k) => `suspend.${k}`),
      ...NOTICE_KINDS.map((k) => `notice.${k}`),
      ...['provided', 'missing', 'defective', 'deferred', 'committed'].map((s) => `material.${s}`),
      ...['submit', 'accept', 'refuse', 'request_supplement', 'supplement', 'approve', 'deny', 'return', 'suspend', 'resume', 'extend', 'withdraw', 'deem_accepted', 'conclude', 'applicant', 'system', 'account'].map((a) => `history.${a}`),
      ...['current', 'visited', 'pending'].flatMap((s) => [`flow.state.${s}`, `flow.legend.${s}`]),
      ...['urgency', 'opened', 'received'].map((s) => `inbox.sort.${s}`),
      'applicant.individual',
      'applicant.legal_person',
    ];
    expect(made.filter((k) => !(k in zh) || !(k in en))).toEqual([]);
  });

  it('keeps both dictionaries the same size, with no empty words', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.entries({ ...zh, ...en }).filter(([, v]) => !v.trim())).toEqual([]);
  });
});
