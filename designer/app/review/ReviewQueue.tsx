/** Placeholder until the review queue is built. */
import { Empty } from 'antd';

export function ReviewQueue() {
  return <Empty description="即将推出" />;
}
