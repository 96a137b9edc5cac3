/**
 * A printable notice (文书) of a case, laid out as an A4 sheet: issuer, title, number, addressee,
 * the text (notice-texts.ts), the numbered items of a supplement notice, the rights of a refusal or
 * denial, the seal placeholder and the date. 打印 calls the browser's print; the print stylesheet
 * leaves only the sheet.
 */
import { Alert, Button, Result, Space, Spin } from 'antd';
import { useMemo } from 'react';
import { errorText } from '../error-text';
import { useT } from '../i18n';
import { useCase } from '../case/use-case';
import { href, navigate } from '../router';
import { buildNotice, NOTICE_KINDS, noticesFor, type NoticeKind } from './notice-texts';
import './notice.css';

export function NoticePage({ caseNo, kind }: { caseNo: string; kind: string }) {
  const t = useT();
  const { data, error } = useCase(caseNo);
  const known = (NOTICE_KINDS as readonly string[]).includes(kind);
  const doc = useMemo(() => {
    if (!data || !known) return undefined;
    const def = data.version.definition;
    const department = data.departments.find((d) => d.id === (data.c.departmentId ?? def.departmentId)) ?? { name: def.implementingBody ?? def.departmentId };
    return buildNotice({
      kind: kind as NoticeKind,
      case: data.c,
      matter: { name: def.name, promisedDays: def.promisedDays, implementingBody: def.implementingBody, materials: def.materials, result: def.result },
      department,
      now: new Date().toISOString(),
    });
  }, [data, kind, known]);
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
      <article className="wb-notice-sheet" data-testid="notice-sheet" lang="zh-CN">
        <div className="wb-notice-issuer">{doc.issuer}</div>
        <div className="wb-notice-title">{doc.title}</div>
        <div className="wb-notice-docno">{doc.docNo}</div>
        <p className="wb-notice-recipient">{doc.recipient}</p>
        {doc.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {doc.items.length > 0 && (
          <ol className="wb-notice-items" data-testid="notice-items">
            {doc.items.map((item) => (
              <li key={item.no} data-testid="notice-item">
                {item.text}
              </li>
            ))}
          </ol>
        )}
        {kind === 'supplement' && <p>请你（单位）按照上述要求补正全部材料后重新提交。补正期间不计入办理时限。</p>}
        {doc.rights && (
          <p className="wb-notice-rights" data-testid="notice-rights">
            {doc.rights}
          </p>
        )}
        <div className="wb-notice-sign">
          <span className="wb-notice-seal" data-testid="notice-seal">
            {doc.sealText}
          </span>
          <div>{doc.issuer}</div>
          <div data-testid="notice-date">{doc.date}</div>
        </div>
        {doc.contact && <div className="wb-notice-contact">{doc.contact}</div>}
      </article>
    </div>
  );
}
