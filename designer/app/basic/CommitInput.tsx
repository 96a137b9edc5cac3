/**
 * Text and number inputs that hand their value to the definition when the editor is done (blur,
 * Enter in a one-line input, or a pause in typing), not per keystroke, so the page's dirty flag,
 * metrics and lint do not churn while typing. The pause matters: a disabled 保存 button takes no
 * click (so no blur) until a change has arrived. While focused they show what is being typed;
 * otherwise the definition's value, so an edit made valid (an empty name keeps the old one) shows
 * as stored.
 */
import { Input, InputNumber } from 'antd';
import type { InputNumberProps, InputProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { useEffect, useRef, useState } from 'react';

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

/** How long typing must pause before the value is handed over while the input keeps focus. */
export const COMMIT_PAUSE_MS = 600;

/** The typing state of one input: `null` while not being edited. */
function useDraft<T>(value: T, onCommit: (value: T) => void) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const latest = useRef({ draft, value, onCommit });
  latest.current = { draft, value, onCommit };
  const timer = useRef<ReturnType<typeof setTimeout>>();
  /** Hands the draft over if it differs from what the definition holds. */
  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { draft: d, value: v, onCommit: commit } = latest.current;
    if (d !== null && d.value !== v) commit(d.value);
  };
  // An input removed while typing (row deleted, page left) still hands over what was typed.
  useEffect(() => () => { if (timer.current !== undefined) flush(); }, []);
  return {
    shown: draft === null ? value : draft.value,
    start: () => setDraft({ value }),
    type: (next: T) => {
      setDraft({ value: next });
      latest.current.draft = { value: next };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_PAUSE_MS);
    },
    commit: () => {
      flush();
      setDraft(null);
    },
  };
}
