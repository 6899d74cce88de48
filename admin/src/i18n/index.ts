import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'ra-core';
import { domainMessages } from './domain';
import errorMessages from './errors.generated.json';
import { raChinese } from './raChinese';

export const DEFAULT_LOCALE = 'zh-CN';

type Tree = { [key: string]: unknown };

function mergeDeep(...trees: object[]): TranslationMessages {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = v && typeof v === 'object' && prev && typeof prev === 'object' ? mergeDeep(prev as Tree, v as Tree) : v;
    }
  }
  return out as TranslationMessages;
}

const messages: Record<string, TranslationMessages> = {
  'zh-CN': mergeDeep(raChinese, domainMessages('zh'), errorMessages.zh),
  en: mergeDeep(englishMessages, domainMessages('en'), errorMessages.en, {
    // The toggle must not share the password input's accessible name ("Password").
    ra: { input: { password: { toggle_visible: 'Hide characters', toggle_hidden: 'Show characters' } } },
  }),
};

/** Chinese first; English is a switch in the app bar (and on the login page). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale] ?? messages[DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);

/** Intl locale for dates and numbers of the current interface language. */
export const intlLocale = (locale: string) => (locale.startsWith('en') ? 'en-GB' : 'zh-CN');
