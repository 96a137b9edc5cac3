/**
 * 情形与材料: the matter's situations and its application materials. Edits are pure updates (see
 * material-edits.ts, situation-edits.ts) handed to the page's `onChange`; text is committed on
 * blur. Read-only shows the same without edit controls.
 * testids: `situation-…` (SituationsList), `material-…` (MaterialsTable, ConditionEditor,
 * LibraryPicker), `material-add`, `material-library`, `materials-summary`.
 */
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { EditorTabProps } from '../editor-tab';
import { useI18n } from '../i18n';
import { LibraryPicker } from './LibraryPicker';
import { addFromLibrary, addMaterial } from './material-edits';
import { MaterialsTable } from './MaterialsTable';
import { SituationsList } from './SituationsList';

export function MaterialsTab({ definition, readOnly, onChange, sharedMaterials }: EditorTabProps) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const materials = definition.materials;
  const count = (r: string) => materials.filter((m) => m.requirement === r).length;
  const full = materials.length >= 200;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('materials.situations')}>
        <SituationsList definition={definition} readOnly={readOnly} onChange={onChange} />
      </Card>
      <Card
        size="small"
        title={
          <Space>
            {t('materials.list')}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="materials-summary">
              {t('materials.count', { n: materials.length, required: count('required'), conditional: count('conditional'), optional: count('optional') })}
            </Typography.Text>
          </Space>
        }
        extra={
          !readOnly && (
            <Space>
              <Button disabled={full} onClick={() => onChange((d) => addMaterial(d, t('materials.new')))} data-testid="material-add">
                + {t('materials.add')}
              </Button>
              <Button type="primary" ghost disabled={full || sharedMaterials.length === 0} onClick={() => setPicking(true)} data-testid="material-library">
                {t('materials.library')}
              </Button>
            </Space>
          )
        }
      >
        <MaterialsTable definition={definition} readOnly={readOnly} onChange={onChange} />
      </Card>
      <LibraryPicker
        open={picking}
        library={sharedMaterials}
        materials={materials}
        onPick={(entries) => onChange((d) => addFromLibrary(d, entries))}
        onClose={() => setPicking(false)}
      />
    </Space>
  );
}
