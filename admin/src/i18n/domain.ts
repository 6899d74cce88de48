/**
 * The console's domain messages in one language: the features' texts (catalogue.ts) and the enum
 * labels, where a value without a short label shows the Chinese or English part of its schema
 * description.
 */
import { enumValues } from '../dataProvider/schema';
import { ENUM_LABELS, catalogue, type Lang } from './catalogue';

export const ENUMS = Object.keys(ENUM_LABELS);

function enumMessages(lang: Lang): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const name of ENUMS) {
    out[name] = {};
    for (const v of enumValues(name)) {
      const pair = ENUM_LABELS[name][v.value];
      out[name][v.value] = pair ? pair[lang === 'zh' ? 0 : 1] : lang === 'zh' ? v.zh : v.en;
    }
  }
  return out;
}

export function domainMessages(lang: Lang) {
  const { resources, ...texts } = catalogue(lang);
  return { resources, enums: enumMessages(lang), ...texts };
}
