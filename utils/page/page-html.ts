/**
 * The page as HTML, for a reading made away from its thread (read-elsewhere.ts), serialised a piece at a time:
 * `outerHTML` of the whole document is one task of 32–40 ms at 5 MB. An element holding at most PIECE_MAX elements is
 * one piece, by the browser; a larger one is opened and closed here, its children serialised in turn, the page's turn
 * between slices. The page may change meanwhile: the reading is checked node by node when it is anchored.
 */
import type { Slices } from './slices';

const PIECE_MAX = 1000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements whose text the HTML serialiser writes as it is, unescaped. */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

export async function pageHtml(doc: Document, slices: Slices): Promise<string> {
  // Without the doctype the copy would be parsed in quirks mode, where a few tags nest differently.
  const out: string[] = [doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : ''];
  await serialise(doc.documentElement, out, slices);
  return out.join('');
}

async function serialise(node: Node, out: string[], slices: Slices): Promise<void> {
  if (node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    if (isPiece(el)) {
      out.push(el.outerHTML);
    } else {
      out.push(startTag(el));
      // A copy of the list: the live one changes if the page adds or removes a child between slices.
      for (const child of Array.from(el.childNodes)) await serialise(child, out, slices);
      out.push(`</${el.localName}>`);
    }
  } else if (node.nodeType === TEXT_NODE) {
    const data = (node as Text).data;
    out.push(RAW_TEXT.has(node.parentElement?.localName ?? '') ? data : escapeText(data));
  } else if (node.nodeType === COMMENT_NODE) {
    out.push(`<!--${(node as Comment).data}-->`);
  }
  if (slices.due()) await slices.pause();
}

/** Serialised whole: small, or one the serialiser writes in a way of its own (other namespaces, templates). */
function isPiece(el: Element): boolean {
  return el.namespaceURI !== HTML_NS || el.localName === 'template' || el.getElementsByTagName('*').length <= PIECE_MAX;
}

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of el.attributes) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

function escapeText(data: string): string {
  return data.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');
}
