/** Placeholder until the compare view is built. */
import { Empty } from 'antd';

export function ComparePage(_props: { code: string }) {
  return <Empty description="即将推出" />;
}
