/** A text input of the properties panel that makes one command when the user is done (blur or Enter), not one per keystroke. */
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

export function CommitTextInput({ value, onCommit, testId }: { value: string; onCommit(v: string): void; testId: string }) {
  const [text, setText] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    setText(value);
    last.current = value;
  }, [value]);
  const commit = () => {
    if (text !== last.current) onCommit(text);
  };
  return <Input value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onPressEnter={commit} data-testid={testId} />;
}
