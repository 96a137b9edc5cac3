/** Placeholder until the review page is built. */
import { Empty } from 'antd';
import type { SessionUser } from '../api';

export function ReviewPage(_props: { code: string; user: SessionUser }) {
  return <Empty description="即将推出" />;
}
