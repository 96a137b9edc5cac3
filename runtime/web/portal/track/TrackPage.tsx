/** Placeholder until case tracking is built. Reads ?caseNo=&queryCode= from the URL itself. */
import { Empty } from 'antd';

export function TrackPage() {
  return <Empty description="即将推出" />;
}
