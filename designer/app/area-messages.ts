/**
 * The words of each designer area, kept beside the area's code so the areas are edited apart;
 * i18n.ts merges them with the shell's. A key belongs to one area (prefix = area).
 */
import { basicMessages } from './basic/messages';
import { calendarMessages } from './calendar/messages';
import { compareMessages } from './compare/messages';
import { formTabMessages } from './form-tab/messages';
import { materialsMessages } from './materials/messages';
import { reviewMessages } from './review/messages';

const areas = [basicMessages, materialsMessages, formTabMessages, compareMessages, reviewMessages, calendarMessages] as const;

type Zh = (typeof areas)[number]['zh'];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const AREA_MESSAGES = {
  zh: Object.assign({}, ...areas.map((a) => a.zh)) as UnionToIntersection<Zh>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<keyof UnionToIntersection<Zh>, string>,
};
