/**
 * A page area's own words on top of the portal's language choice: `createWords({ 'zh-CN': zh, en })`
 * gives a `useWords()` hook whose `w('key', { n: 1 })` reads the portal's current language
 * (`useI18n().lang`), so the apply and track pages keep their dictionaries beside them.
 */
import { fill, type Lang, type Params } from '../../shared/i18n';
import { useI18n } from '../i18n';

export type Words<K extends string> = (key: K, params?: Params) => string;

export function createWords<K extends string>(dictionaries: Record<Lang, Record<K, string>>) {
  const translate = (lang: Lang, key: K, params?: Params): string => fill(dictionaries[lang][key] ?? dictionaries['zh-CN'][key] ?? key, params);
  return function useWords(): { w: Words<K>; lang: Lang } {
    const { lang } = useI18n();
    return { w: (key, params) => translate(lang, key, params), lang };
  };
}
