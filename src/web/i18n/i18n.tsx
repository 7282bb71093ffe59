import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, defaultLocale, type Locale } from '../../i18n/format';
import { dictionaries } from './dictionaries';

/** The server reads the same cookie, so API messages (problem titles) follow the chosen language. */
export const localeCookie = 'simpul_locale';

type Translate = (key: string, params?: Record<string, unknown>) => string;
interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function readLocaleCookie(): Locale {
  const match = document.cookie.match(/(?:^|;\s*)simpul_locale=(id|en)/);
  return (match?.[1] as Locale | undefined) ?? defaultLocale;
}

export function I18nProvider({ children, onLocaleChange }: { children: ReactNode; onLocaleChange?: () => void }) {
  const [locale, setLocaleState] = useState<Locale>(readLocaleCookie);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback(
    (next: Locale) => {
      document.cookie = `${localeCookie}=${next}; path=/; max-age=31536000; samesite=lax`;
      setLocaleState(next);
      // cached server answers carry texts in the old language
      onLocaleChange?.();
    },
    [onLocaleChange],
  );
  const t = useCallback<Translate>((key, params) => formatMessage(dictionaries[locale], key, params), [locale]);
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
