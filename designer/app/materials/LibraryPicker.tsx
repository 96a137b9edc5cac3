/**
 * The shared material library (共享材料库) as a searchable list to pick one or more entries from;
 * entries already used by the matter are marked, not hidden (a matter may ask for two ID cards).
 * testids: `material-library-search`, `material-library-pick-<libraryId>`, `material-library-ok`.
 */
import { Checkbox, Empty, Input, List, Modal, Space, Tag, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import type { Material, SharedMaterial } from '../../../schemas/types.generated.js';
import { useI18n } from '../i18n';
import { searchLibrary, usageByLibraryId } from './library-search';

interface Props {
  open: boolean;
  library: readonly SharedMaterial[];
  materials: readonly Material[];
  onPick(entries: SharedMaterial[]): void;
  onClose(): void;
}

export function LibraryPicker({ open, library, materials, onPick, onClose }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => searchLibrary(library, query), [library, query]);
  const usage = useMemo(() => usageByLibraryId(materials), [materials]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const close = () => {
    setPicked(new Set());
    setQuery('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('materials.picker.title')}
      width={720}
      onCancel={close}
      onOk={() => {
        onPick(library.filter((e) => picked.has(e.id)));
        close();
      }}
      okText={t('materials.picker.ok', { n: picked.size })}
      cancelText={t('materials.picker.cancel')}
      okButtonProps={okProps(picked.size === 0)}
      destroyOnHidden
    >
      <Input.Search allowClear value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('materials.picker.search')} data-testid="material-library-search" style={{ marginBottom: 8 }} />
      <List
        size="small"
        style={{ maxHeight: 420, overflowY: 'auto' }}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t('materials.picker.empty')} /> }}
        renderItem={(e) => (
          <List.Item key={e.id} onClick={() => toggle(e.id, !picked.has(e.id))} style={{ cursor: 'pointer' }}>
            <Space align="start">
              <Checkbox checked={picked.has(e.id)} onClick={(ev) => ev.stopPropagation()} onChange={(ev) => toggle(e.id, ev.target.checked)} data-testid={`material-library-pick-${e.id}`} />
              <div>
                <Space size={4}>
                  <Typography.Text strong>{e.name}</Typography.Text>
                  {e.issuer && <Typography.Text type="secondary">{t('materials.picker.issuer')}：{e.issuer}</Typography.Text>}
                  {usage.has(e.id) && <Tag color="blue">{t('materials.picker.used')}</Tag>}
                </Space>
                {e.note && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.note}</Typography.Text></div>}
              </div>
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}

/** The OK button's props; a data attribute is not a declared prop, hence the widened type. */
function okProps(disabled: boolean): ButtonProps {
  const props: ButtonProps & { 'data-testid': string } = { disabled, 'data-testid': 'material-library-ok' };
  return props;
}
