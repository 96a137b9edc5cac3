/**
 * A notice (文书) laid out as an A4 sheet: issuer, title, number, addressee, the text, the numbered
 * items of a supplement notice, the rights of a refusal or denial, the seal placeholder and the
 * date; `footer` adds lines for the applicant (the query code handed over at the window).
 */
import type { ReactNode } from 'react';
import type { NoticeDocument } from './notice-texts';
import './notice.css';

export function NoticeSheet({ doc, footer }: { doc: NoticeDocument; footer?: ReactNode }) {
  return (
    <article className="wb-notice-sheet" data-testid="notice-sheet" data-kind={doc.kind} lang="zh-CN">
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
      {doc.kind === 'supplement' && <p>请你（单位）按照上述要求补正全部材料后重新提交。补正期间不计入办理时限。</p>}
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
      {footer && <div className="wb-notice-footer">{footer}</div>}
    </article>
  );
}
