/**
 * Where the editor's submitted draft stands, as an Alert: in review, rejected with the admin's
 * reason, or published as version N. Renders nothing for a draft still being edited. Publishing
 * ends the draft, so pass `publishedVersion` (the live version) to say "published" once it is gone.
 *
 * @example <DraftOutcome draft={matter.draft} />
 */
import { Alert } from 'antd';
import { useI18n } from '../i18n';
import { draftOutcome, shortTime, type DraftLike } from './review-logic';

export function DraftOutcome({ draft, publishedVersion }: { draft: DraftLike | null | undefined; publishedVersion?: number | null }) {
  const { t } = useI18n();
  const outcome = draftOutcome(draft, publishedVersion);
  switch (outcome.kind) {
    case 'in_review':
      return <Alert type="info" showIcon data-testid="draft-outcome" data-outcome="in_review" message={t('review.outcome.in_review', { at: shortTime(outcome.submittedAt) })} />;
    case 'rejected':
      return (
        <Alert
          type="error"
          showIcon
          data-testid="draft-outcome"
          data-outcome="rejected"
          message={t('review.outcome.rejected', { reason: outcome.reason })}
          description={outcome.reviewedBy ? t('review.outcome.rejectedBy', { by: outcome.reviewedBy, at: shortTime(outcome.reviewedAt) }) : undefined}
        />
      );
    case 'published':
      return <Alert type="success" showIcon data-testid="draft-outcome" data-outcome="published" message={t('review.outcome.published', { n: outcome.version })} />;
    default:
      return null;
  }
}
