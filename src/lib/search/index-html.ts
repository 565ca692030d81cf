// The copy of a built page that goes into the search index (the file on disk is not changed):
// text after <body> gets folded twins for words holding đ, so unaccented queries find them.
import { addFoldTwins } from './fold.ts';

// A tag (quoted attribute values may hold ">"), a comment, or the text between them.
const TOKEN = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;
const OPEN_TAG = /^<([a-zA-Z][\w-]*)/;
const CLOSE_TAG = /^<\/([a-zA-Z][\w-]*)/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose content is not text a reader sees.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template', 'noscript']);
// Blocks: minified HTML puts no space between "</dt><dd>", and Pagefind would glue their words.
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);
// Text Pagefind does not index (ignored) or keeps as a filter or meta value: twins there would only leak.
const NO_TWINS_ATTRIBUTE = /\sdata-pagefind-(?:ignore|filter|meta|sort)\b/;
// Field labels ("Tóm tắt nội dung", "Giới thiệu của Ban biên tập", "Nguồn:", a list's <dt>): shown to the
// reader before a value, they would read as glued into the text of an excerpt ("… Tóm tắt nội dung Kê khai …").
// A notice ("Không phải toàn văn văn bản…") speaks about the page, the same on every page of a kind: not its text.
const LABEL_CLASS = /\sclass\s*=\s*(["'])(?:[^"']*\s)?(?:label-[\w-]+|[\w-]+__label|notice)(?:\s[^"']*)?\1/;
// A table's caption and a chart (its title, description and labels) repeat the heading and the table they go with.
const REPEATS = new Set(['dt', 'caption', 'svg']);
const isLabel = (name: string, tag: string) => REPEATS.has(name) || LABEL_CLASS.test(tag);
// A field's value ends as a sentence, so the next field's value does not run into it.
const SENTENCE_END = /[.!?:;…]["”’)]*\s*$/u;

/**
 * Adds folded twins to the indexed text after <body> and a space after each block, so words of
 * adjacent blocks stay apart; leaves field labels out of the index and ends each <dd> value as a
 * sentence; tags, attributes, scripts, filter and meta values are left alone.
 */
export function prepareHtmlForIndex(html: string): string {
  const bodyStart = html.search(/<body\b/i);
  if (bodyStart < 0) return html;
  // Open elements, each remembering whether its text must stay without twins.
  const open: Array<{ name: string; plain: boolean }> = [];
  let out = html.slice(0, bodyStart);
  // The indexed text written last, to tell whether a value already ends as a sentence.
  let lastText = '';
  TOKEN.lastIndex = bodyStart;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    let token = match[0];
    const plain = open.at(-1)?.plain ?? false;
    if (!token.startsWith('<') || token === '<') {
      out += plain ? token : addFoldTwins(token);
      if (!plain && token.trim()) lastText = token;
      continue;
    }
    const opening = OPEN_TAG.exec(token);
    if (opening && !plain && isLabel(opening[1]!.toLowerCase(), token)) token = token.replace(/\s*\/?>$/, (end) => ` data-pagefind-ignore${end}`);
    if (/^<\/dd\s*>$/i.test(token) && !plain && lastText && !SENTENCE_END.test(lastText)) {
      out += '.';
      lastText = '.';
    }
    out += token;
    if (opening) {
      const name = opening[1]!.toLowerCase();
      if (VOID.has(name) || token.endsWith('/>')) continue;
      if (RAW_TEXT.has(name)) {
        // Copy a script or style verbatim up to its end tag: its text may hold "<" that is no tag.
        const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
        const stop = end < 0 ? html.length : end;
        out += html.slice(TOKEN.lastIndex, stop);
        TOKEN.lastIndex = stop;
        continue;
      }
      open.push({ name, plain: plain || NO_TWINS_ATTRIBUTE.test(token) });
      continue;
    }
    const closing = CLOSE_TAG.exec(token);
    if (closing) {
      const name = closing[1]!.toLowerCase();
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
      // Two spans side by side ("<span>12a.</span><span>Tôi có lúc…") are two pieces of text, not one word.
      if (BLOCK.has(name) || (name === 'span' && html.startsWith('<span', TOKEN.lastIndex))) out += ' ';
    }
  }
  return out;
}
