/**
 * Text a reader of the document never sees must not become a clause: planted
 * instructions hide there. HTML: comments (html-to-text drops them), elements
 * with `hidden`, `display:none`, `visibility:hidden`, zero font size or zero
 * opacity, and <template>. DOCX: runs formatted as hidden (w:vanish), white
 * or near-white, or under 1.5 pt, directly or through a character style.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';

const HIDDEN_ATTRIBUTE = 'data-iotsec-hidden';

/** html-to-text selectors that skip what markHiddenHtml marked, and the other invisible elements. */
export const HIDDEN_HTML_SELECTORS = [`[${HIDDEN_ATTRIBUTE}]`, '[hidden]', 'template', 'noscript', 'script', 'style'].map((selector) => ({
  selector,
  format: 'skip',
}));

/** Marks every start tag whose inline style hides it, so html-to-text can skip the element. */
export function markHiddenHtml(html: string): string {
  return html.replace(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)(\/?)>/g, (tag, name: string, attributes: string, selfClosing: string) => {
    const style = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const css = (style?.[1] ?? style?.[2] ?? style?.[3] ?? '').toLowerCase().replace(/\s+/g, '');
    return hidesContent(css) ? `<${name}${attributes} ${HIDDEN_ATTRIBUTE}${selfClosing}>` : tag;
  });
}

function hidesContent(css: string): boolean {
  if (!css) return false;
  const declarations = new Map(
    css
      .split(';')
      .map((d) => d.split(':') as [string, string])
      .filter((d) => d.length === 2),
  );
  const value = (name: string) => declarations.get(name)?.replace(/!important$/, '');
  const zero = (v?: string) => v !== undefined && /^0(?:\.0*)?(?:px|pt|em|rem|%)?$/.test(v);
  return (
    value('display') === 'none' ||
    value('visibility') === 'hidden' ||
    value('visibility') === 'collapse' ||
    zero(value('font-size')) ||
    zero(value('opacity')) ||
    value('content-visibility') === 'hidden'
  );
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The DOCX with the text of hidden runs removed, for mammoth to read. Unchanged bytes when nothing is hidden. */
export async function dropHiddenDocxText(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const body = zip.file('word/document.xml');
  if (!body) return docx;
  const hiddenStyles = await hiddenCharacterStyles(zip);
  const xml = new DOMParser().parseFromString(await body.async('string'), 'text/xml');
  let dropped = 0;
  for (const run of Array.from(xml.getElementsByTagNameNS(W, 'r'))) {
    if (!runIsHidden(run, hiddenStyles)) continue;
    for (const text of Array.from(run.getElementsByTagNameNS(W, 't'))) {
      while (text.firstChild) text.removeChild(text.firstChild);
      dropped += 1;
    }
  }
  if (!dropped) return docx;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(xml));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Character styles (styles.xml) whose run properties hide their text. */
async function hiddenCharacterStyles(zip: JSZip): Promise<Set<string>> {
  const styles = zip.file('word/styles.xml');
  const hidden = new Set<string>();
  if (!styles) return hidden;
  const xml = new DOMParser().parseFromString(await styles.async('string'), 'text/xml');
  for (const style of Array.from(xml.getElementsByTagNameNS(W, 'style'))) {
    const props = child(style, 'rPr');
    if (props && propertiesHide(props)) hidden.add(style.getAttributeNS(W, 'styleId') ?? '');
  }
  return hidden;
}

function runIsHidden(run: Element, hiddenStyles: Set<string>): boolean {
  const props = child(run, 'rPr');
  if (!props) return false;
  const style = child(props, 'rStyle')?.getAttributeNS(W, 'val');
  return propertiesHide(props) || (style !== undefined && style !== null && hiddenStyles.has(style));
}

function propertiesHide(props: Element): boolean {
  const vanish = child(props, 'vanish');
  if (vanish && !/^(?:0|false|off)$/i.test(vanish.getAttributeNS(W, 'val') ?? '')) return true;
  const color = child(props, 'color');
  const hex = color?.getAttributeNS(W, 'val') ?? '';
  if (/^[ef][0-9a-f][ef][0-9a-f][ef][0-9a-f]$/i.test(hex) || color?.getAttributeNS(W, 'themeColor') === 'background1') return true;
  const size = Number(child(props, 'sz')?.getAttributeNS(W, 'val') ?? NaN);
  return size > 0 && size < 3; // half-points: under 1.5 pt
}

function child(element: Element, name: string): Element | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W) return node as Element;
  }
  return undefined;
}
