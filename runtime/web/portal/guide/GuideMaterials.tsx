/**
 * 申请材料 per situation: one tab per situation (one list when the matter has none), each material
 * with why it is needed (materialsFor), its 容缺 / 告知承诺 badges, original or copy, copies,
 * medium, file types, source and note.
 */
import { Badge, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { MatterDefinition } from '../../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { alwaysNeeded, materialsFor, type GuideMaterial, type MaterialNeed } from './guide-materials';

const NEED_COLOR: Record<MaterialNeed, string> = { required: 'red', situation: 'volcano', conditional: 'gold', optional: 'default' };

export function GuideMaterials({ def }: { def: MatterDefinition }) {
  const { t } = useI18n();
  const lists = useMemo(
    () => (def.situations.length === 0 ? [{ id: 'all', name: '', description: undefined, list: materialsFor(def, undefined) }] : def.situations.map((s) => ({ ...s, list: materialsFor(def, s.id) }))),
    [def],
  );
  if (def.situations.length === 0) return <MaterialList id="all" list={lists[0]!.list} />;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('guide.materials.hint')}
      </Typography.Paragraph>
      <Tabs
        data-testid="guide-situations"
        items={lists.map((s) => ({
          key: s.id,
          label: (
            <span data-testid={`guide-situation-tab-${s.id}`}>
              {s.name} <Badge count={alwaysNeeded(s.list)} color="#c0392b" size="small" title={t('guide.materials.alwaysCount', { n: alwaysNeeded(s.list) })} />
            </span>
          ),
          children: (
            <>
              {s.description && <Typography.Paragraph type="secondary">{s.description}</Typography.Paragraph>}
              <MaterialList id={s.id} list={s.list} />
            </>
          ),
        }))}
      />
    </>
  );
}

function MaterialList({ id, list }: { id: string; list: GuideMaterial[] }) {
  const { t } = useI18n();
  if (list.length === 0) return <Typography.Text type="secondary">{t('guide.materials.none')}</Typography.Text>;
  return (
    <ol data-testid={`guide-situation-${id}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {list.map((g, i) => (
        <li key={g.material.id} data-testid="guide-material" data-material-id={g.material.id} data-need={g.need} style={{ padding: '10px 0', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}>
          <MaterialItem n={i + 1} item={g} />
        </li>
      ))}
    </ol>
  );
}

function MaterialItem({ n, item }: { n: number; item: GuideMaterial }) {
  const { t } = useI18n();
  const m = item.material;
  const facts = [
    t(`guide.form.${m.form}`),
    t('guide.material.countValue', { n: m.count }),
    t(`guide.medium.${m.medium}`),
    ...(m.fileTypes?.length && m.medium !== 'paper' ? [m.fileTypes.join(' / ').toUpperCase()] : []),
  ];
  return (
    <div style={{ display: 'flex', gap: 8 }} className="portal-wrap">
      <span style={{ flex: 'none', width: 22, height: 22, borderRadius: 11, background: '#fff1f0', color: '#c0392b', fontSize: 12, display: 'grid', placeItems: 'center', marginTop: 1 }}>{n}</span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div>
          <Typography.Text strong data-testid="guide-material-name">
            {m.name}
          </Typography.Text>{' '}
          <Tag color={NEED_COLOR[item.need]} style={{ marginInlineEnd: 4 }}>
            {t(`guide.need.${item.need}`)}
          </Tag>
          {m.deferrable && (
            <Tooltip title={t('guide.badge.deferrable.tip')}>
              <Tag color="green" data-testid="badge-deferrable" style={{ marginInlineEnd: 4 }}>
                {t('guide.badge.deferrable')}
              </Tag>
            </Tooltip>
          )}
          {m.waivableByCommitment && (
            <Tooltip title={t('guide.badge.commitment.tip')}>
              <Tag color="purple" data-testid="badge-commitment">
                {t('guide.badge.commitment')}
              </Tag>
            </Tooltip>
          )}
        </div>
        <div style={{ fontSize: 13, color: '#595959', marginTop: 2 }} data-testid="guide-material-facts">
          {facts.join(' · ')}
        </div>
        {item.need === 'conditional' && (
          <div style={{ fontSize: 13, color: '#ad6800', marginTop: 2 }} data-testid="guide-material-condition">
            {item.condition ? t('guide.need.when', { text: item.condition }) : t('guide.need.clerk')}
            {item.answerRule && <Typography.Text type="secondary" style={{ fontSize: 12 }}>（{t('guide.need.rule', { text: item.answerRule })}）</Typography.Text>}
          </div>
        )}
        {item.need === 'situation' && item.condition && (
          <div style={{ fontSize: 13, color: '#8c8c8c', marginTop: 2 }}>{t('guide.need.when', { text: item.condition })}</div>
        )}
        {(m.source || m.note) && (
          <div style={{ fontSize: 12, color: '#8c8c8c', marginTop: 2 }}>
            {m.source && <span>{t('guide.material.source')}：{m.source}</span>}
            {m.source && m.note && ' · '}
            {m.note && <span>{t('guide.material.note')}：{m.note}</span>}
          </div>
        )}
      </div>
    </div>
  );
}
