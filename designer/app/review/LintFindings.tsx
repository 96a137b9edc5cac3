/** A draft's lint report: errors (they block publishing) and warnings, each with where it applies. */
import { Alert, List, Tag, Typography } from 'antd';
import type { LintFinding, LintReport } from '../../../catalog/lint/lint-finding.js';
import { useI18n } from '../i18n';

function where(f: LintFinding): string | undefined {
  return f.nodeId ?? f.edgeId ?? f.materialId ?? f.field ?? f.path;
}

function Findings({ items, testId, color }: { items: LintFinding[]; testId: string; color: string }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={items}
      renderItem={(f) => (
        <List.Item data-testid="lint-finding" data-severity={f.severity}>
          <Tag color={color}>{f.rule}</Tag>
          <Typography.Text>{f.message}</Typography.Text>
          {where(f) && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{where(f)}</Typography.Text>}
        </List.Item>
      )}
    />
  );
}

export function LintFindings({ report }: { report: LintReport }) {
  const { t } = useI18n();
  if (report.errors.length === 0 && report.warnings.length === 0) {
    return <Alert type="success" showIcon message={t('review.lint.ok')} data-testid="review-lint-ok" />;
  }
  return (
    <div>
      {report.errors.length > 0 && (
        <>
          <Typography.Text strong type="danger">{t('review.lint.errors', { n: report.errors.length })}</Typography.Text>
          <Findings items={report.errors} testId="review-lint-errors" color="red" />
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <Typography.Text strong style={{ color: '#d48806' }}>{t('review.lint.warnings', { n: report.warnings.length })}</Typography.Text>
          <Findings items={report.warnings} testId="review-lint-warnings" color="orange" />
        </>
      )}
    </div>
  );
}
