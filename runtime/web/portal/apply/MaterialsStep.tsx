/** Step 4: the materials this situation and these answers need (recomputed live), then the optional ones. */
import { Collapse, Space, Typography } from 'antd';
import type { Material } from '../../../../schemas/types.generated';
import type { MaterialEntry } from './application';
import { MaterialRow } from './MaterialRow';
import { useApplyWords } from './messages';
import type { PlacedError } from './submit-errors';

const EMPTY: MaterialEntry = { mode: 'upload', files: [] };

interface Props {
  needed: readonly Material[];
  optional: readonly Material[];
  entries: Readonly<Record<string, MaterialEntry>>;
  onEntry(id: string, change: (e: MaterialEntry) => MaterialEntry): void;
  showProblems: boolean;
  serverErrors: readonly PlacedError[];
}

export function MaterialsStep({ needed, optional, entries, onEntry, showProblems, serverErrors }: Props) {
  const { w } = useApplyWords();
  const row = (m: Material, problems: boolean) => (
    <MaterialRow
      key={m.id}
      material={m}
      entry={entries[m.id] ?? EMPTY}
      onChange={(change) => onEntry(m.id, change)}
      showProblems={problems}
      serverError={serverErrors.find((e) => e.step === 'materials' && e.target === m.id)?.message}
    />
  );
  return (
    <div data-testid="apply-materials">
      <Typography.Paragraph type="secondary">{needed.length > 0 ? w('apply.materials.hint') : w('apply.materials.none')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {needed.map((m) => row(m, showProblems))}
      </Space>
      {optional.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          items={[{ key: 'optional', label: `${w('apply.materials.optional')} (${optional.length})`, children: <Space direction="vertical" style={{ width: '100%' }}>{optional.map((m) => row(m, false))}</Space> }]}
        />
      )}
    </div>
  );
}
