/** The removed / added / changed elements of a compare report, per kind, as compact lists. */
import { Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { CompareResponse } from './compare-api';
import { fieldLabelKey } from './field-labels';
import { named, valueText } from './value-text';

type Kind = 'materials' | 'steps' | 'fields' | 'situations';
const KINDS: Kind[] = ['materials', 'steps', 'fields', 'situations'];

function Items({ items, testId, color, none }: { items: Array<{ id: string; name: string }>; testId: string; color: string; none: string }) {
  return (
    <span data-testid={testId} data-count={items.length}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{none}</Typography.Text>
      ) : (
        items.map((i) => (
          <Tag key={i.id} color={color} title={i.id} data-testid="compare-item">
            {i.name}
          </Tag>
        ))
      )}
    </span>
  );
}

/** `names`: material and department names by id, so changed references read as names. */
export function ChangeLists({ report, names = {} }: { report: CompareResponse; names?: Record<string, string> }) {
  const { t } = useI18n();
  const none = t('compare.none');
  const words = { yes: t('compare.yes'), no: t('compare.no') };
  const fieldName = (field: string) => {
    const key = fieldLabelKey(field);
    return key ? t(key) : field;
  };
  const changed: Array<{ key: string; kind: string; name: string; detail: ReactNode }> = [];
  for (const kind of KINDS) {
    for (const c of report[kind].changed) {
      changed.push({
        key: `${kind}:${c.id}`,
        kind: t(`compare.kind.${kind}`),
        name: c.name,
        detail: c.fields.map((f) => `${fieldName(f.field)}: ${valueText(named(f.field, f.before, names), words)} → ${valueText(named(f.field, f.after, names), words)}`).join('；'),
      });
    }
  }
  for (const g of report.guide) changed.push({ key: `guide:${g.field}`, kind: t('compare.kind.guide'), name: fieldName(g.field), detail: `${valueText(g.before, words)} → ${valueText(g.after, words)}` });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <table className="compare-changes" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={th} />
            <th style={th}>{t('compare.removed')}</th>
            <th style={th}>{t('compare.added')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind}>
              <td style={{ ...td, whiteSpace: 'nowrap', fontWeight: 600 }}>{t(`compare.kind.${kind}`)}</td>
              <td style={td}>
                <Items items={report[kind].removed} testId={`compare-removed-${kind}`} color="red" none={none} />
              </td>
              <td style={td}>
                <Items items={report[kind].added} testId={`compare-added-${kind}`} color="green" none={none} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <Typography.Text strong>{t('compare.changed')}</Typography.Text>
        <div data-testid="compare-changed" data-count={changed.length}>
          {changed.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={none} />
          ) : (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {changed.map((c) => (
                <li key={c.key} data-testid="compare-changed-item" style={{ marginBottom: 2 }}>
                  <Tag color="orange">{c.kind}</Tag>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8, wordBreak: 'break-all' }}>
                    {c.detail}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Space>
  );
}

const th = { textAlign: 'left' as const, padding: '6px 8px', borderBottom: '1px solid #f0f0f0', background: '#fafafa', fontWeight: 600 };
const td = { padding: '6px 8px', borderBottom: '1px solid #f0f0f0', verticalAlign: 'top' as const };
