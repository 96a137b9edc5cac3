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
      ...['accept', 'refuse', 'supplement-request', 'approve', 'deny', 'return', 'deliver', 'acknowledge', 'suspend', 'resume', 'extension-request', 'extension-decision'].flatMap((a) => [`action.${a}`, `action.help.${a}`]),
      ...['accept', 'refuse', 'supplement-request', 'approve', 'deny', 'return', 'deliver', 'acknowledge', 'suspend', 'resume', 'extension-request', 'extension-approved', 'extension-refused'].map((a) => `action.done.${a}`),
      ...['refuse', 'deny', 'return', 'suspend', 'extension-request'].map((a) => `action.reasonPlaceholder.${a}`),
      ...['reason', 'toNode', 'kind', 'days', 'extendDays', 'items', 'decision'].map((n) => `action.need.${n}`),
      ...['method', 'recipient', 'date', 'address', 'waybillNo', 'email'].map((n) => `delivery.need.${n}`),
      ...['window', 'post', 'electronic'].map((m) => `delivery.method.${m}`),
      ...['countersign', 'anysign'].map((m) => `sign.mode.${m}`),
      ...['approve', 'deny', 'return'].map((m) => `sign.action.${m}`),
      ...['pending', 'approved', 'refused'].map((s) => `extension.status.${s}`),
      ...['provided', 'missing', 'defective'].map((s) => `intake.receipt.${s}`),
      ...['required', 'tooLong', 'idCard', 'uscc', 'phone', 'email'].map((p) => `intake.applicant.err.${p}`),
      ...['online', 'window'].map((c) => `desk.channel.${c}`),
      ...['request_extension', 'decide_extension', 'deliver', 'acknowledge'].map((a) => `history.${a}`),
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
