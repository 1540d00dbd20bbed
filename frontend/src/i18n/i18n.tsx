import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import vi from "./vi.json";

export type Messages = typeof vi;
export type MessageKey = keyof Messages;
export type Lang = "vi" | "en";
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const LANG_KEY = "ttdn.lang";

// `{count, plural, one {# task} other {# tasks}}`: the form the language's plural rules pick for
// the number (`#` stands for it). Vietnamese needs none; English says "1 task", "2 tasks".
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /([\w=]+)\s*\{([^{}]*)\}/g;

/** The form for `value`; a value that is not a number yet ("…" while loading) takes "other". */
function plural(lang: Lang, forms: string, value: number | string): string | undefined {
  const chosen = new Map([...forms.matchAll(PLURAL_FORM)].map((form) => [form[1], form[2]]));
  const rule = typeof value === "number" ? new Intl.PluralRules(lang).select(value) : "other";
  const form = chosen.get(`=${value}`) ?? chosen.get(rule) ?? chosen.get("other");
  return form?.replace(/#/g, String(value));
}

/**
 * Replaces `{name}` placeholders and `{name, plural, …}` choices; unknown placeholders stay
 * visible so they get noticed.
 */
export function interpolate(
  text: string,
  params?: Record<string, string | number>,
  lang: Lang = "vi",
): string {
  if (!params) return text;
  return text
    .replace(PLURAL, (whole, name: string, forms: string) => {
      const value = params[name];
      return value === undefined ? whole : (plural(lang, forms, value) ?? whole);
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

export function translator(messages: Partial<Messages>, lang: Lang = "vi"): Translate {
  return (key, params) => interpolate(messages[key] ?? vi[key] ?? key, params, lang);
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

interface I18nValue {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
}

const viTranslate = translator(vi);
const I18nContext = createContext<I18nValue>({ lang: "vi", t: viTranslate, setLang: () => {} });

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? storedLang);
  const [t, setT] = useState<Translate>(() => viTranslate);

  useEffect(() => {
    let live = true;
    document.documentElement.lang = lang;
    if (lang === "vi") {
      setT(() => viTranslate);
    } else {
      // English is fetched only by those who ask for it: Vietnamese stays in the first load.
      import("./en.json").then((module) => {
        if (live) setT(() => translator(module.default, "en"));
      });
    }
    return () => {
      live = false;
    };
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLangState(next);
  }, []);

  return <I18nContext.Provider value={{ lang, t, setLang }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}
