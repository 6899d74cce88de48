import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { domainMessages } from './domain';
import { raChinese } from './raChinese';

export const DEFAULT_LOCALE = 'zh-CN';

const messages: Record<string, TranslationMessages> = {
  'zh-CN': { ...raChinese, ...domainMessages('zh') } as TranslationMessages,
  en: { ...englishMessages, ...domainMessages('en') } as TranslationMessages,
};

/** Chinese first; English is a switch in the app bar (and on the login page). */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
]);

/** Intl locale for dates and numbers of the current interface language. */
export const intlLocale = (locale: string) => (locale.startsWith('en') ? 'en-GB' : 'zh-CN');
