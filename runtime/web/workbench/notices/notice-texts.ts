/**
 * The texts of the printable notices (文书), built from the case, the matter version it runs on and
 * the department. Pure: NoticePage.tsx lays out what `buildNotice` returns.
 *
 * - acceptance 受理通知书 — the case was accepted; the promised days and the due date.
 * - supplement 补正材料通知书 — 一次性告知: every item of the notice, numbered, with its problem and note.
 * - refusal 不予受理决定书 / denial 不予许可决定书 — the reasons, who decided at which step (and the
 *   rule of a gateway), the law it rests on and the applicant's remedies, all as the server stored
 *   them in `rightsNotice` (catalog/remedies.ts: the matter's own text or its type's default), so a
 *   public service does not print the licensing law's rights.
 * - grant 准予许可决定书 — the result (licence), how it is delivered and, once issued, how it was.
 */

export type NoticeKind = 'acceptance' | 'supplement' | 'refusal' | 'denial' | 'grant';

export const NOTICE_KINDS: readonly NoticeKind[] = ['acceptance', 'supplement', 'refusal', 'denial', 'grant'];

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  acceptance: '受理通知书',
  supplement: '补正材料通知书',
  refusal: '不予受理决定书',
  denial: '不予许可决定书',
  grant: '准予许可决定书',
};

/** Short mark in the document number: 受 / 补 / 不受 / 不许 / 准. */
const DOC_MARK: Record<NoticeKind, string> = { acceptance: '受', supplement: '补', refusal: '不受', denial: '不许', grant: '准' };

export interface NoticeCase {
  caseNo: string;
  status: string;
  applicant: { name: string; kind?: string; idNumber?: string };
  receivedAt: string;
  acceptedAt?: string;
  dueDate?: string;
  concludedAt?: string;
  outcome?: string;
  reasons?: string;
  notice?: { items: Array<{ materialId: string; problem: 'missing' | 'defective'; note?: string }>; issuedAt: string };
  /** What a refusal or denial tells the applicant, in Chinese (stored by the server). */
  rightsNotice?: { kind: 'refusal' | 'denial'; basis?: string; remedies: string; decidedBy?: string; stepName?: string; rule?: string };
  /** How the result was issued (统一出件). */
  delivery?: { method: 'window' | 'post' | 'electronic'; recipient?: string; date?: string; address?: string; waybillNo?: string; email?: string; at: string };
}

export interface NoticeMatter {
  name: string;
  promisedDays: number;
  implementingBody?: string;
  materials: Array<{ id: string; name: string }>;
  result?: { name: string; delivery?: string[] };
  /** The matter type code (XK 行政许可 …); only a licence cites the Administrative Licensing Law. Absent: a licence. */
  typeCode?: string;
}

/** The title of a notice: a matter other than a licence is 不予办理 / 准予办理, not 许可. */
export function noticeTitle(kind: NoticeKind, typeCode?: string): string {
  if (typeCode === undefined || typeCode === 'XK') return NOTICE_TITLES[kind];
  if (kind === 'denial') return '不予办理决定书';
  if (kind === 'grant') return '准予办理决定书';
  return NOTICE_TITLES[kind];
}

export interface NoticeDepartment {
  name: string;
  address?: string;
  phone?: string;
}

export interface NoticeItem {
  no: number;
  text: string;
}

export interface NoticeDocument {
  kind: NoticeKind;
  title: string;
  docNo: string;
  recipient: string;
  paragraphs: string[];
  items: NoticeItem[];
  /** The rights paragraph of a refusal or a denial. */
  rights?: string;
  issuer: string;
  sealText: string;
  date: string;
  contact?: string;
}

const DIGITS = '〇一二三四五六七八九';

/** 2026-11-25 (or an instant, read in China time) → 2026年11月25日. */
export function chineseDate(isoDateOrInstant: string): string {
  const day = isoDateOrInstant.length > 10 ? new Date(Date.parse(isoDateOrInstant) + 8 * 3600_000).toISOString().slice(0, 10) : isoDateOrInstant;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2026 → 二〇二六 (the year as official documents print it in seals and dates). */
export function chineseYear(year: number): string {
  return String(year)
    .split('')
    .map((c) => DIGITS[Number(c)])
    .join('');
}

/** The city of a department name: 汉江市市场监督管理局 → 汉江市 (undefined when no 市 is named). */
export function cityOf(departmentName: string): string | undefined {
  return /^(.+?市)/.exec(departmentName)?.[1];
}

const PROBLEM_TEXT: Record<'missing' | 'defective', string> = { missing: '未提交', defective: '不符合要求' };

/** The engine's note on an item it added itself (runtime/engine/supplement-actions.ts ENGINE_ADDED_NOTE), in the notice's words. */
const ENGINE_ADDED_NOTE = 'needed and not provided: added to the notice by the completeness check';

function noteText(note: string | undefined): string {
  if (!note) return '';
  return `（${note === ENGINE_ADDED_NOTE ? '本申请所需材料，尚未提交' : note}）`;
}

const DELIVERY_TEXT: Record<string, string> = { window: '窗口领取', mail: '免费邮寄', post: '邮寄送达', electronic: '电子证照' };

/** The decision's basis sentence: `根据《…》的规定，` when the server named the law, nothing otherwise. */
const basisOf = (c: NoticeCase) => (c.rightsNotice?.basis ? `根据${c.rightsNotice.basis}的规定，` : '');

/** Who decided at which step, and the rule of a gateway, in words (once: a gateway's denial has it as its reasons already). */
function decidedText(c: NoticeCase): string[] {
  const r = c.rightsNotice;
  if (!r) return [];
  const out: string[] = [];
  const who = [r.stepName ? `审查环节：${r.stepName}` : '', r.decidedBy ? `决定人：${r.decidedBy}` : ''].filter(Boolean).join('；');
  if (who) out.push(`${who}。`);
  if (r.rule && r.rule !== c.reasons) out.push(`判定依据：${r.rule}。`);
  return out;
}

/** How the result went out, in the notice's words (统一出件). */
export function deliveryText(d: NonNullable<NoticeCase['delivery']>): string {
  switch (d.method) {
    case 'window':
      return `已于${d.date ? chineseDate(d.date) : chineseDate(d.at)}窗口领取${d.recipient ? `（领取人：${d.recipient}）` : ''}。`;
    case 'post':
      return `已于${chineseDate(d.date ?? d.at)}邮寄送达${d.address ? `至${d.address}` : ''}${d.waybillNo ? `（运单号：${d.waybillNo}）` : ''}。`;
    case 'electronic':
      return `已于${chineseDate(d.date ?? d.at)}电子送达${d.email ? `（${d.email}）` : ''}。`;
  }
}

export interface NoticeInput {
  kind: NoticeKind;
  case: NoticeCase;
  matter: NoticeMatter;
  department: NoticeDepartment;
  /** When the notice is printed (an instant); its date is the event's when the case has one. */
  now: string;
}

export function buildNotice({ kind, case: c, matter, department, now }: NoticeInput): NoticeDocument {
  const issuer = matter.implementingBody ?? department.name;
  const year = Number((c.receivedAt || now).slice(0, 4));
  const docNo = `${issuer}${DOC_MARK[kind]}字〔${year}〕第${c.caseNo}号`;
  const recipient = `${c.applicant.name}：`;
  const received = chineseDate(c.receivedAt);
  const materialName = (id: string) => matter.materials.find((m) => m.id === id)?.name ?? id;
  const licence = matter.typeCode === undefined || matter.typeCode === 'XK';
  const base = { kind, title: noticeTitle(kind, matter.typeCode), docNo, recipient, issuer, sealText: `${issuer}（印章）`, items: [] as NoticeItem[] };
  const contact = department.phone || department.address ? `联系地址：${department.address ?? '—'}　联系电话：${department.phone ?? '—'}` : undefined;
  const withContact = contact ? { contact } : {};
  switch (kind) {
    case 'acceptance':
      return {
        ...base,
        ...withContact,
        paragraphs: [
          `你（单位）于${received}提出的${matter.name}申请（办件编号：${c.caseNo}），申请材料齐全、符合法定形式，${licence ? '根据《中华人民共和国行政许可法》第三十二条的规定，' : ''}本机关决定予以受理。`,
          `本机关将在受理之日起${matter.promisedDays}个工作日内作出决定${c.dueDate ? `（预计于${chineseDate(c.dueDate)}前）` : ''}。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内。`,
          `你（单位）可凭办件编号和查询码通过政务服务网站查询办理进度。`,
        ],
        date: chineseDate(c.acceptedAt ?? now),
      };
    case 'supplement': {
      const items = (c.notice?.items ?? []).map((item, i) => ({
        no: i + 1,
        text: `${materialName(item.materialId)}：${PROBLEM_TEXT[item.problem]}${noteText(item.note)}`,
      }));
      return {
        ...base,
        ...withContact,
        items,
        paragraphs: [
          `你（单位）于${received}提出的${matter.name}申请（办件编号：${c.caseNo}），经审查，申请材料不齐全或者不符合法定形式。${licence ? '根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，' : ''}现一次性告知你（单位）需要补正的全部内容如下（共${items.length}项）：`,
        ],
        date: chineseDate(c.notice?.issuedAt ?? now),
      };
    }
    case 'refusal':
      return {
        ...base,
        ...withContact,
        paragraphs: [
          `你（单位）于${received}提出的${matter.name}申请（办件编号：${c.caseNo}），经审查，不予受理，理由如下：`,
          c.reasons ?? '（未填写理由）',
          ...decidedText(c),
          `${basisOf(c)}本机关决定不予受理。`,
        ],
        ...(c.rightsNotice?.remedies ? { rights: c.rightsNotice.remedies } : {}),
        date: chineseDate(c.concludedAt ?? now),
      };
    case 'denial':
      return {
        ...base,
        ...withContact,
        paragraphs: [
          `你（单位）于${received}提出的${matter.name}申请（办件编号：${c.caseNo}），本机关已于${chineseDate(c.acceptedAt ?? c.receivedAt)}依法受理。经审查，你（单位）的申请不符合法定条件、标准，理由如下：`,
          c.reasons ?? '（未填写理由）',
          ...decidedText(c),
          `${basisOf(c)}本机关决定${licence ? '不予行政许可' : '不予办理'}。`,
        ],
        ...(c.rightsNotice?.remedies ? { rights: c.rightsNotice.remedies } : {}),
        date: chineseDate(c.concludedAt ?? now),
      };
    case 'grant': {
      const delivery = (matter.result?.delivery ?? []).map((d) => DELIVERY_TEXT[d] ?? d).join('、');
      return {
        ...base,
        ...withContact,
        paragraphs: [
          `你（单位）于${received}提出的${matter.name}申请（办件编号：${c.caseNo}），本机关已于${chineseDate(c.acceptedAt ?? c.receivedAt)}依法受理。经审查，你（单位）的申请符合法定条件、标准。`,
          `${licence ? '根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可' : '本机关决定准予办理'}${matter.result ? `，颁发《${matter.result.name}》` : ''}。`,
          ...(c.delivery ? [`送达情况：${deliveryText(c.delivery)}`] : delivery ? [`领取方式：${delivery}。`] : []),
        ],
        date: chineseDate(c.concludedAt ?? now),
      };
    }
  }
}

/** The notices a case in its present state has: what has happened to it so far. */
export function noticesFor(c: Pick<NoticeCase, 'acceptedAt' | 'notice' | 'outcome'>): NoticeKind[] {
  const out: NoticeKind[] = [];
  if (c.notice) out.push('supplement');
  if (c.acceptedAt) out.push('acceptance');
  if (c.outcome === 'refused') out.push('refusal');
  if (c.outcome === 'denied') out.push('denial');
  if (c.outcome === 'granted') out.push('grant');
  return out;
}
