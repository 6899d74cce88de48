import { useLocaleState } from 'react-admin';

/** Punctuation of the interface language: full-width in Chinese, ASCII with spaces in English. */
export function usePunctuation() {
  const [locale] = useLocaleState();
  const zh = locale !== 'en';
  return {
    /** "名称（说明）" / "name (note)" */
    paren: (s: string) => (zh ? `（${s}）` : ` (${s})`),
    /** After a label: "：" / ": " */
    colon: zh ? '：' : ': ',
    /** Between items of a list of phrases: "；" / "; " */
    semicolon: zh ? '；' : '; ',
    /** Between short items: "、" / ", " */
    comma: zh ? '、' : ', ',
  };
}
