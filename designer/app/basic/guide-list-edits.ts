/**
 * The edits of the basic-information tab's list and compound elements: 设定依据 (legal basis),
 * 受理条件 (acceptance conditions), 办理窗口 (windows), 收费 (fees) and 审批结果 (result), as
 * pure functions of the definition. Items are addressed by position (they have no ids); each edit
 * keeps the definition valid: a required title or name left empty keeps its old value, lists stay
 * within their maximum sizes, and an emptied list is removed. (The fallbacks 法律法规 / 办理窗口 /
 * 收费项目 are guide content, which is Chinese, not UI text.)
 */
import type { Fees, GuideWindow, LegalBasis, MatterDefinition, MatterResult } from '../../../schemas/types.generated.js';

export type GuideListKey = 'legalBasis' | 'acceptanceConditions' | 'windows';
type ItemOf<K extends GuideListKey> = NonNullable<MatterDefinition[K]>[number];

const LIST_MAX: Record<GuideListKey, number> = { legalBasis: 50, acceptanceConditions: 50, windows: 20 };

/** The list with `item` appended (unless full). */
export function addItem<K extends GuideListKey>(def: MatterDefinition, key: K, item: ItemOf<K>): MatterDefinition {
  const list = (def[key] ?? []) as ItemOf<K>[];
  if (list.length >= LIST_MAX[key]) return def;
  return { ...def, [key]: [...list, normalizeItem(key, item, item)] };
}

/** The list without its `index`-th item; the element is removed when that empties it. */
export function removeItem(def: MatterDefinition, key: GuideListKey, index: number): MatterDefinition {
  const list = (def[key] ?? []) as unknown[];
  if (index < 0 || index >= list.length) return def;
  return withList(def, key, list.filter((_, i) => i !== index));
}

/** The `index`-th item moved `delta` places, kept within the list. */
export function moveItem(def: MatterDefinition, key: GuideListKey, index: number, delta: number): MatterDefinition {
  const list = [...((def[key] ?? []) as unknown[])];
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (index < 0 || index >= list.length || to === index) return def;
  const [moved] = list.splice(index, 1);
  list.splice(to, 0, moved);
  return { ...def, [key]: list };
}

/**
 * The `index`-th item replaced by `next`, made valid against the old one.
 * @example patchItem(def, 'legalBasis', 0, { title: '《食品安全法》', article: '第三十五条' })
 */
export function patchItem<K extends GuideListKey>(def: MatterDefinition, key: K, index: number, next: ItemOf<K>): MatterDefinition {
  const list = [...((def[key] ?? []) as ItemOf<K>[])];
  if (index < 0 || index >= list.length) return def;
  list[index] = normalizeItem(key, next, list[index]);
  return { ...def, [key]: list };
}

function withList(def: MatterDefinition, key: GuideListKey, list: unknown[]): MatterDefinition {
  const { [key]: _old, ...rest } = def;
  return list.length === 0 ? (rest as MatterDefinition) : { ...def, [key]: list };
}

function normalizeItem<K extends GuideListKey>(key: K, next: ItemOf<K>, old: ItemOf<K>): ItemOf<K> {
  if (key === 'acceptanceConditions') return (next as string).trim().slice(0, 2000) as ItemOf<K>;
  if (key === 'legalBasis') {
    const n = next as LegalBasis;
    const out: LegalBasis = { title: requiredText(n.title, requiredText((old as LegalBasis).title, '法律法规', 200), 200) };
    optionalText(out, 'article', n.article, 100);
    optionalText(out, 'text', n.text, 5000);
    return out as ItemOf<K>;
  }
  const w = next as GuideWindow;
  const out: GuideWindow = { name: requiredText(w.name, requiredText((old as GuideWindow).name, '办理窗口', 200), 200) };
  optionalText(out, 'address', w.address, 300);
  optionalText(out, 'hours', w.hours, 200);
  optionalText(out, 'phone', w.phone, 50);
  return out as ItemOf<K>;
}

/** What a fees edit sets; `items` replaces the whole list. */
export interface FeesPatch {
  charged?: boolean;
  note?: string;
  items?: NonNullable<Fees['items']>;
}

/** The fees with `patch` applied; fees are created on first edit (not charged). */
export function patchFees(def: MatterDefinition, patch: FeesPatch): MatterDefinition {
  const old: Fees = def.fees ?? { charged: false };
  const out: Fees = { charged: patch.charged ?? old.charged };
  const items = (patch.items ?? old.items ?? []).slice(0, 20).map((item, i) => {
    const fixed: NonNullable<Fees['items']>[number] = {
      name: requiredText(item.name, old.items?.[i]?.name ?? '收费项目', 200),
      amount: Number.isFinite(item.amount) && item.amount >= 0 ? item.amount : 0,
    };
    optionalText(fixed, 'unit', item.unit, 50);
    optionalText(fixed, 'basis', item.basis, 500);
    return fixed;
  });
  if (items.length > 0) out.items = items;
  optionalText(out, 'note', patch.note ?? old.note, 1000);
  return { ...def, fees: out };
}

/** What a result edit sets. */
export interface ResultPatch {
  name?: string;
  kind?: MatterResult['kind'] | null;
  delivery?: NonNullable<MatterResult['delivery']>;
}

/**
 * The result (审批结果) with `patch` applied. It needs a name: an empty name removes a result that
 * has nothing else, keeps the old name otherwise, and kind / delivery wait for a name.
 */
export function patchResult(def: MatterDefinition, patch: ResultPatch): MatterDefinition {
  const old = def.result;
  const name = (patch.name ?? old?.name ?? '').trim().slice(0, 200);
  const out: MatterResult = { name: name === '' ? old?.name ?? '' : name };
  const kind = patch.kind === null ? undefined : patch.kind ?? old?.kind;
  if (kind !== undefined) out.kind = kind;
  const delivery = [...new Set(patch.delivery ?? old?.delivery ?? [])];
  if (delivery.length > 0) out.delivery = delivery;
  const { result: _old, ...rest } = def;
  if (out.name === '') return rest;
  if (name === '' && old !== undefined && out.kind === undefined && out.delivery === undefined) return rest;
  return { ...def, result: out };
}

function requiredText(text: string | undefined, fallback: string, max: number): string {
  const value = (text ?? '').trim().slice(0, max);
  return value === '' ? fallback : value;
}

function optionalText<T extends object, K extends keyof T & string>(target: T, key: K, text: string | undefined, max: number): void {
  const value = (text ?? '').trim().slice(0, max);
  if (value === '') delete target[key];
  else (target as Record<string, unknown>)[key] = value;
}
