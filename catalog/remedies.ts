/**
 * The applicant's remedies printed on a refusal (不予受理) or a denial, by matter type, in the
 * citizen's language. Licences (行政许可) follow art. 32 and art. 38 of the Administrative Licensing
 * Law; every administrative act may be reviewed (行政复议法 art. 20: 60 days) or sued
 * (行政诉讼法 art. 46: six months). Public services (公共服务) are not administrative acts: the
 * applicant is told where to raise an objection. A matter's own text (`remedies`) wins.
 */
import type { MatterDefinition } from '../schemas/types.generated.js';

export type RemedyKind = 'refusal' | 'denial';

const REVIEW_OR_SUIT = '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。';
const SERVICE = '如对办理结果有异议，可以向本中心投诉窗口或12345政务服务便民热线反映，也可以依法通过其他途径维护自身权益。';

/** The law each default cites, per matter type code and kind. */
const BASIS: Record<string, Record<RemedyKind, string>> = {
  XK: { refusal: '《中华人民共和国行政许可法》第三十二条', denial: '《中华人民共和国行政许可法》第三十八条' },
};
const GENERAL_BASIS = '《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条';

export interface RemedyText {
  /** What the notice prints for the applicant's rights. */
  text: string;
  /** The law the decision and the remedy rest on. */
  basis: string;
  /** Whether the text is the matter's own (edited in the designer) or the law's default. */
  source: 'matter' | 'default';
}

/**
 * The remedy text for a decision of `kind` on a matter of type `typeCode`.
 * @example remedyText('XK', 'denial').basis // '《中华人民共和国行政许可法》第三十八条'
 */
export function remedyText(typeCode: string | undefined, kind: RemedyKind, own?: MatterDefinition['remedies']): RemedyText {
  const fallback = defaultRemedy(typeCode, kind);
  const text = own?.[kind]?.trim();
  return text ? { text, basis: fallback.basis, source: 'matter' } : fallback;
}

/** The law's default for a matter type: what the designer shows until the editor writes its own. */
export function defaultRemedy(typeCode: string | undefined, kind: RemedyKind): RemedyText {
  if (typeCode === 'GG') return { text: SERVICE, basis: '', source: 'default' };
  return { text: REVIEW_OR_SUIT, basis: BASIS[typeCode ?? '']?.[kind] ?? GENERAL_BASIS, source: 'default' };
}
