/**
 * A post's body, rendered (Markdown by marked) and sanitized (sanitize-html) on the server with an
 * allow-list: no scripts, styles, event handlers or frames; links only http, https and mailto; images
 * only this system's evidence files, rewritten to their public address (/public/files/<id>).
 */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { PostFormat } from './publicity.enums';

const FILE_SRC = /^(?:https?:\/\/[^/]+)?(?:\/public)?\/files\/([1-9]\d{0,9})(?:\/thumbnail)?$/;

const OPTIONS = (ids: number[]): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'del',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'code',
    'pre',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }),
    img: (tagName, attribs) => {
      const m = FILE_SRC.exec(attribs.src ?? '');
      if (!m) return { tagName, attribs: {} };
      ids.push(Number(m[1]));
      return {
        tagName,
        attribs: {
          src: `/public/files/${m[1]}`,
          alt: attribs.alt ?? '',
          ...(attribs.title ? { title: attribs.title } : {}),
        },
      };
    },
  },
  // An image that is not one of our files is dropped whole (no remote images, no tracking pixels).
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
});

/** The sanitized HTML and the evidence files it shows. */
export function renderBody(format: PostFormat, body: string): { html: string; imageIds: number[] } {
  const raw = format === PostFormat.MARKDOWN ? (marked.parse(body, { async: false, gfm: true }) as string) : body;
  const ids: number[] = [];
  const html = sanitizeHtml(raw, OPTIONS(ids)).trim();
  return { html, imageIds: [...new Set(ids)] };
}

/** Plain text of sanitized HTML (the feed's content_text, search). */
export function textOf(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}

/** Paths of our own files and links made absolute against the public base URL (the feed is read elsewhere). */
export function absolutize(html: string, base: string): string {
  return html.replace(/(src|href)="\/(?!\/)/g, `$1="${base}/`);
}
