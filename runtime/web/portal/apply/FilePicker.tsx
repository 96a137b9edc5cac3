/**
 * A material's files: a real `<input type=file>` (phones open the camera or the file picker; tests
 * call setInputFiles on it) that uploads each chosen file at once, refuses a file whose detected
 * type the material does not accept, and lists the uploaded ones with a remove button.
 */
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { acceptOf, typeAccepted, type FileRef } from './application';
import { useApplyWords } from './messages';
import { uploadFile } from './portal-api';

/** Files per material the server accepts (`fileIds` maxItems). */
const MAX_FILES = 20;

interface Props {
  fileTypes: readonly string[] | undefined;
  files: readonly FileRef[];
  onAdd(file: FileRef): void;
  onRemove(id: string): void;
  testId: string;
  disabled?: boolean;
}

export function FilePicker({ fileTypes, files, onAdd, onRemove, testId, disabled }: Props) {
  const { w } = useApplyWords();
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const full = files.length >= MAX_FILES;

  const choose = async (list: FileList | null) => {
    const chosen = [...(list ?? [])].slice(0, MAX_FILES - files.length);
    setError(undefined);
    setBusy((n) => n + chosen.length);
    for (const file of chosen) {
      try {
        const stored = await uploadFile(file);
        if (!typeAccepted(fileTypes, stored.type)) setError(w('apply.materials.wrongType', { types: (fileTypes ?? []).join(' / ') }));
        else onAdd({ id: stored.id, name: stored.name });
      } catch (err) {
        setError(w('apply.materials.uploadFailed', { msg: (err as Error).message }));
      } finally {
        setBusy((n) => n - 1);
      }
    }
  };

  return (
    <div>
      <label
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          minHeight: 40,
          padding: '4px 15px',
          border: '1px dashed #d9d9d9',
          borderRadius: 6,
          cursor: disabled || full ? 'not-allowed' : 'pointer',
          background: '#fafafa',
        }}
      >
        {busy > 0 ? w('apply.materials.uploading') : w('apply.materials.upload')}
        <input
          type="file"
          multiple
          accept={acceptOf(fileTypes) || undefined}
          disabled={disabled || full}
          data-testid={testId}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files).finally(() => (input.value = ''));
          }}
        />
      </label>
      {error && (
        <Typography.Paragraph type="danger" style={{ margin: '6px 0 0' }} data-testid={`${testId}-error`}>
          {error}
        </Typography.Paragraph>
      )}
      {files.map((f) => (
        <Flex key={f.id} align="center" gap={8} style={{ marginTop: 6 }} data-testid={`${testId}-file`}>
          <Typography.Text ellipsis style={{ maxWidth: 'calc(100% - 64px)' }}>{f.name}</Typography.Text>
          <Button size="small" type="link" danger onClick={() => onRemove(f.id)} disabled={disabled}>
            {w('apply.materials.remove')}
          </Button>
        </Flex>
      ))}
    </div>
  );
}
