/**
 * The receipt (回执) after filing: case number and query code large and copyable, the status, the
 * promised date when there is one, what happens next, a print button (the page prints only the
 * receipt) and the way to tracking.
 */
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { href, navigate } from '../router';
import { useApplyWords } from './messages';
import type { Receipt } from './portal-api';
import { formatChinaDateTime } from '../../shared/china-time';

/** While printing, only the receipt shows. */
const PRINT_CSS = `@media print { body * { visibility: hidden !important; } .mf-receipt, .mf-receipt * { visibility: visible !important; } .mf-receipt { position: absolute; left: 0; top: 0; width: 100%; } .mf-no-print { display: none !important; } }`;

export function ReceiptView({ receipt, matterName, promisedDays }: { receipt: Receipt; matterName: string; promisedDays?: number }) {
  const { w } = useApplyWords();
  const trackPath = `/track?caseNo=${encodeURIComponent(receipt.caseNo)}&queryCode=${encodeURIComponent(receipt.queryCode)}`;
  const big = { fontSize: 26, fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 1 } as const;
  return (
    <Card className="mf-receipt" style={{ maxWidth: 760, margin: '0 auto' }} data-testid="receipt">
      <style>{PRINT_CSS}</style>
      <Result status="success" title={w('apply.receipt.title')} subTitle={matterName} style={{ padding: '16px 0' }} />
      <Descriptions bordered column={1} size="middle" items={[
        {
          key: 'caseNo',
          label: w('apply.receipt.caseNo'),
          children: <Typography.Text copyable={{ tooltips: [w('apply.receipt.copy'), w('apply.receipt.copied')] }} strong style={big} data-testid="receipt-case-no">{receipt.caseNo}</Typography.Text>,
        },
        {
          key: 'queryCode',
          label: w('apply.receipt.queryCode'),
          children: <Typography.Text copyable={{ tooltips: [w('apply.receipt.copy'), w('apply.receipt.copied')] }} strong style={big} data-testid="receipt-query-code">{receipt.queryCode}</Typography.Text>,
        },
        {
          key: 'status',
          label: w('apply.receipt.status'),
          children: <span data-testid="receipt-status">{receipt.status === 'submitted' ? w('apply.receipt.status.submitted') : receipt.status}</span>,
        },
        ...(receipt.dueDate
          ? [{ key: 'due', label: w('apply.receipt.due'), children: <span data-testid="receipt-due">{receipt.dueDate}</span> }]
          : promisedDays !== undefined
            ? [{ key: 'due', label: w('apply.receipt.due'), children: <span data-testid="receipt-promised">{w('apply.receipt.promised', { n: promisedDays })}</span> }]
            : []),
      ]} />
      <Typography.Paragraph type="warning" style={{ marginTop: 12 }}>{w('apply.receipt.keep')}</Typography.Paragraph>
      <Typography.Title level={5}>{w('apply.receipt.next')}</Typography.Title>
      <ol style={{ paddingLeft: 20 }}>
        <li>{w('apply.receipt.next1')}</li>
        <li>{w('apply.receipt.next2')}</li>
        <li>{w('apply.receipt.next3')}</li>
        <li>{w('apply.receipt.next4')}</li>
      </ol>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{w('apply.receipt.printedAt', { at: formatChinaDateTime(new Date()) })}</Typography.Paragraph>
      <Flex gap={12} wrap className="mf-no-print">
        <Button type="primary" size="large" href={href(trackPath)} onClick={(e) => { e.preventDefault(); navigate(trackPath); }} data-testid="receipt-track">
          {w('apply.receipt.track')}
        </Button>
        <Button size="large" onClick={() => window.print()} data-testid="receipt-print">
          {w('apply.receipt.print')}
        </Button>
      </Flex>
    </Card>
  );
}
