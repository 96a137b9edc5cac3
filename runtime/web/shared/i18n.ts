/**
 * Words in zh-CN (the default) and English for every browser app: each app passes its dictionaries
 * to `createI18n` and gets a provider, a hook and `translate`; `t('key', { n: 3 })` fills `{n}`.
 * The language is a preference, not a secret: it is kept in localStorage, shared by the apps, so a
 * clerk who chose English in the workbench finds the designer in English too.
 */
import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh-CN' | 'en';

export type Params = Record<string, string | number>;

export interface I18n<K extends string> {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: K, params?: Params): string;
}

const LANG_KEY = 'matterflow.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

export function createI18n<K extends string>(dictionaries: Record<Lang, Record<K, string>>) {
  const translate = (lang: Lang, key: K, params?: Params): string => fill(dictionaries[lang][key] ?? dictionaries['zh-CN'][key] ?? key, params);
  const Context = createContext<I18n<K> | null>(null);

  function I18nProvider({ children }: { children: ReactNode }) {
    const [lang, setLangState] = useState<Lang>(initialLang);
    const setLang = useCallback((next: Lang) => {
      setLangState(next);
      try {
        localStorage.setItem(LANG_KEY, next);
      } catch {
        /* private mode: the choice lasts this page only */
      }
    }, []);
    const value = useMemo<I18n<K>>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
    return createElement(Context.Provider, { value }, children);
  }

  function useI18n(): I18n<K> {
    const i18n = useContext(Context);
    if (!i18n) throw new Error('useI18n outside I18nProvider');
    return i18n;
  }

  return { translate, I18nProvider, useI18n };
}
