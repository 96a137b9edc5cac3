/** Placeholder until complaints are built. Reads ?caseNo=&queryCode= or ?matter= from the URL itself. */
import { Empty } from 'antd';

export function ComplaintPage() {
  return <Empty description="即将推出" />;
}
