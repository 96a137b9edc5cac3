/**
 * The less-used elements of a material, in its expanded row: 来源渠道 (source) and the file types
 * an upload may have (checked by content on the server).
 * testids: `material-source-<i>`, `material-fileTypes-<i>`.
 */
import { Col, Form, Row, Select, Typography } from 'antd';
import type { FileTypes, Material } from '../../../schemas/types.generated.js';
import { CommitInput } from '../basic/CommitInput';
import type { DefinitionUpdate } from '../editor-tab';
import { useI18n } from '../i18n';
import { patchMaterial } from './material-edits';

const FILE_TYPES: FileTypes = ['pdf', 'ofd', 'jpg', 'png', 'docx', 'xlsx', 'zip'];

interface Props {
  material: Material;
  index: number;
  readOnly: boolean;
  onChange(update: DefinitionUpdate): void;
}

export function MaterialDetails({ material: m, index: i, readOnly, onChange }: Props) {
  const { t } = useI18n();
  return (
    <Form layout="vertical" disabled={readOnly} size="small" style={{ maxWidth: 900 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('materials.source')} style={{ marginBottom: 0 }}>
            {readOnly
              ? <Typography.Text data-testid={`material-source-${i}`}>{m.source ?? '—'}</Typography.Text>
              : <CommitInput data-testid={`material-source-${i}`} value={m.source} maxLength={200} placeholder={t('materials.source.placeholder')} onCommit={(source) => onChange((d) => patchMaterial(d, m.id, { source }))} />}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('materials.fileTypes')} style={{ marginBottom: 0 }}>
            <Select
              data-testid={`material-fileTypes-${i}`}
              mode="multiple"
              allowClear
              placeholder={t('materials.fileTypes.any')}
              value={m.fileTypes ?? []}
              options={FILE_TYPES.map((x) => ({ value: x, label: x.toUpperCase() }))}
              onChange={(fileTypes: FileTypes) => onChange((d) => patchMaterial(d, m.id, { fileTypes }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
