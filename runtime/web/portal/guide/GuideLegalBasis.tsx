/** 设定依据: each law or regulation, its article and the article's text. */
import { Typography } from 'antd';
import type { LegalBasis } from '../../../../schemas/types.generated.js';

export function GuideLegalBasis({ basis }: { basis: LegalBasis[] }) {
  return (
    <ol style={{ paddingLeft: 20, margin: 0 }} className="portal-wrap">
      {basis.map((b, i) => (
        <li key={i} style={{ marginBottom: 8 }} data-testid="guide-law">
          <Typography.Text strong>
            {b.title}
            {b.article ? ` ${b.article}` : ''}
          </Typography.Text>
          {b.text && (
            <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }}>
              {b.text}
            </Typography.Paragraph>
          )}
        </li>
      ))}
    </ol>
  );
}
