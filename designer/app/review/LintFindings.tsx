/**
 * A draft's lint report: errors (they block publishing) and warnings. Given the draft's definition,
 * each finding is said in the designer's language, naming its step, edge, material or field by
 * name (lint-words.ts); without it, the lint's English message and where it applies.
 */
import { Alert, List, Tag, Typography } from 'antd';
import type { LintFinding, LintReport } from '../../../catalog/lint/lint-finding.js';
import { useI18n } from '../i18n';
import { lintWords, type LintSubject } from '../lint-words';

function where(f: LintFinding): string | undefined {
  return f.nodeId ?? f.edgeId ?? f.materialId ?? f.field ?? f.path;
}

interface Words {
  definition?: LintSubject;
  /** Department names by id. */
  departments?: Record<string, string>;
}

function Findings({ items, testId, color, definition, departments }: { items: LintFinding[]; testId: string; color: string } & Words) {
  const { lang } = useI18n();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={items}
      renderItem={(f) => (
        <List.Item data-testid="lint-finding" data-severity={f.severity}>
          <Tag color={color}>{f.rule}</Tag>
          <Typography.Text>{definition ? lintWords(f, definition, lang, { departments }) : f.message}</Typography.Text>
          {!definition && where(f) && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{where(f)}</Typography.Text>}
        </List.Item>
      )}
    />
  );
}

export function LintFindings({ report, definition, departments }: { report: LintReport } & Words) {
  const { t } = useI18n();
  if (report.errors.length === 0 && report.warnings.length === 0) {
    return <Alert type="success" showIcon message={t('review.lint.ok')} data-testid="review-lint-ok" />;
  }
  return (
    <div>
      {report.errors.length > 0 && (
        <>
          <Typography.Text strong type="danger">{t('review.lint.errors', { n: report.errors.length })}</Typography.Text>
          <Findings items={report.errors} testId="review-lint-errors" color="red" definition={definition} departments={departments} />
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <Typography.Text strong style={{ color: '#d48806' }}>{t('review.lint.warnings', { n: report.warnings.length })}</Typography.Text>
          <Findings items={report.warnings} testId="review-lint-warnings" color="orange" definition={definition} departments={departments} />
        </>
      )}
    </div>
  );
}
