/** Placeholder until online application is built. */
import { Empty } from 'antd';

export function ApplyPage(_props: { code: string }) {
  return <Empty description="即将推出" />;
}
