/**
 * Text and number inputs that hand their value to the definition only when the editor is done
 * (blur, or Enter in a one-line input), not per keystroke, so the page's dirty flag, metrics and
 * lint do not churn while typing. While focused they show what is being typed; otherwise the
 * definition's value, so an edit made valid (an empty name keeps the old one) shows as stored.
 */
import { Input, InputNumber } from 'antd';
import type { InputNumberProps, InputProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { useState } from 'react';

interface CommitTextProps {
  value: string | undefined;
  onCommit(value: string): void;
}

export function CommitInput({ value, onCommit, ...rest }: CommitTextProps & Omit<InputProps, 'value' | 'onChange' | 'onBlur' | 'onFocus'>) {
  const draft = useDraft(value ?? '', onCommit);
  return <Input {...rest} value={draft.shown} onFocus={draft.start} onChange={(e) => draft.type(e.target.value)} onBlur={draft.commit} onPressEnter={draft.commit} />;
}

export function CommitTextArea({ value, onCommit, ...rest }: CommitTextProps & Omit<TextAreaProps, 'value' | 'onChange' | 'onBlur' | 'onFocus'>) {
  const draft = useDraft(value ?? '', onCommit);
  return <Input.TextArea {...rest} value={draft.shown} onFocus={draft.start} onChange={(e) => draft.type(e.target.value)} onBlur={draft.commit} />;
}

interface CommitNumberProps {
  value: number | undefined;
  onCommit(value: number | null): void;
}

export function CommitNumber({ value, onCommit, ...rest }: CommitNumberProps & Omit<InputNumberProps<number>, 'value' | 'onChange' | 'onBlur' | 'onFocus'>) {
  const draft = useDraft<number | null>(value ?? null, onCommit);
  return <InputNumber<number> {...rest} value={draft.shown} onFocus={draft.start} onChange={(v) => draft.type(v)} onBlur={draft.commit} onPressEnter={draft.commit} />;
}

/** The typing state of one input: `null` while not being edited. */
function useDraft<T>(value: T, onCommit: (value: T) => void) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  return {
    shown: draft === null ? value : draft.value,
    start: () => setDraft({ value }),
    type: (next: T) => setDraft({ value: next }),
    commit: () => {
      if (draft !== null && draft.value !== value) onCommit(draft.value);
      setDraft(null);
    },
  };
}
