/** Placeholder until this tab is built. */
import { Empty } from 'antd';
import type { EditorTabProps } from '../editor-tab';

export function MaterialsTab(_props: EditorTabProps) {
  return <Empty description="即将推出" />;
}
