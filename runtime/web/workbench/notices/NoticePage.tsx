/**
 * A printable notice (文书) of a case (NoticeSheet.tsx lays out the A4 sheet). 打印 calls the
 * browser's print; the print stylesheet leaves only the sheet.
 */
import { Alert, Button, Result, Space, Spin } from 'antd';
import { errorText } from '../error-text';
import { useT } from '../i18n';
import { useCase } from '../case/use-case';
import { href, navigate } from '../router';
import { NOTICE_KINDS, noticesFor, type NoticeKind } from './notice-texts';
import { NoticeSheet } from './NoticeSheet';
import { useNotice } from './use-notice';

export function NoticePage({ caseNo, kind }: { caseNo: string; kind: string }) {
  const t = useT();
  const { data, error } = useCase(caseNo);
  const known = (NOTICE_KINDS as readonly string[]).includes(kind);
  const doc = useNotice(data, known ? (kind as NoticeKind) : undefined);
  const back = `/cases/${encodeURIComponent(caseNo)}`;
  if (error !== undefined) return <Result status="warning" title={errorText(t, error)} />;
  if (!known) return <Result status="404" title={t('notice.unknown')} />;
  if (!data || !doc) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const applies = noticesFor(data.c).includes(kind as NoticeKind);
  return (
    <div data-testid={`notice-page-${kind}`}>
      <Space className="wb-no-print" style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <a
          href={href(back)}
          onClick={(e) => {
            e.preventDefault();
            navigate(back);
          }}
          data-testid="notice-back"
        >
          ← {t('notice.back')}
        </a>
        <Button type="primary" onClick={() => window.print()} data-testid="notice-print">
          {t('notice.print')}
        </Button>
      </Space>
      {!applies && <Alert className="wb-no-print" type="warning" showIcon message={t('notice.notApplicable')} style={{ marginBottom: 16 }} />}
      <NoticeSheet doc={doc} />
    </div>
  );
}
