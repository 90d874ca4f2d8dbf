/**
 * The frame a chat message wraps its question in: the address it opens with
 * ("Estimados colegas:", "Madame, Monsieur,", "hi all,"), the request that
 * carries the question ("could you kindly confirm", "tu peux me lister",
 * "¿podrían indicarme", "summarise …") and the hedges around it ("si je
 * comprends bien", "I'm not sure", "si no me equivoco"). None of it says what
 * is asked about, so the question's concepts are read without it; the
 * question's form is still read from the whole message ("lister" asks for a
 * list). The words of each language are in lang/frames.ts.
 */
import type { Lang } from '../types.ts';
import { FRAMES } from '../lang/frames.ts';

/** Spanish and French verbs take their pronoun as a suffix or after them: "indicarme", "dire-nous". */
const PRONOUN_AFTER: Record<Lang, string> = { en: '(?:\\s+(?:me|us))?', fr: '(?:-(?:moi|nous))?', es: '(?:me|nos)?' };

const L = '\\p{L}\\p{N}';
const word = (alternatives: string) => `(?<![${L}])(?:${alternatives})(?![${L}])`;
const spaced = (s: string) => s.replace(/ /g, '\\s+').replace(/'/g, "['’]");

interface Compiled {
  greeting: RegExp;
  frames: RegExp[];
  /** A thing set aside after a comma, a dash or a bracket, up to the next punctuation; `atStart`: also at the text's start. */
  contrast: RegExp;
  contrastAtStart: RegExp;
}

const compiled = new Map<Lang, Compiled>();

function patterns(lang: Lang): Compiled {
  let out = compiled.get(lang);
  if (out) return out;
  const f = FRAMES[lang];
  const verbs = `(?:${f.verbs.split(' ').join('|')})${PRONOUN_AFTER[lang]}`;
  const { negations, notAfter } = f.contrast;
  const setAside = `${word(negations.map(spaced).join('|'))}(?!\\s+${word(notAfter.join('|'))})[^,.;:?!)\\]]*`;
  out = {
    greeting: new RegExp(`\\s*[¡¿]?${word(f.greetings.map(spaced).join('|'))}`, 'iuy'),
    frames: [
      // The request: "could you kindly confirm", "tu peux me lister", "podrían indicarme".
      new RegExp(word(`${spaced(f.request.join(''))}${verbs}`), 'giu'),
      // A speech-act verb opening a sentence: "summarise who …", "list the …".
      new RegExp(`(?:^|(?<=[.!?¿¡:]\\s*))\\s*${word(verbs)}`, 'giu'),
      new RegExp(
        word(
          f.hedges
            .map(spaced)
            .sort((a, b) => b.length - a.length)
            .join('|'),
        ),
        'giu',
      ),
    ],
    contrast: new RegExp(`(?<=(?:[,(;—–]|\\s-)\\s*)${setAside}`, 'giu'),
    contrastAtStart: new RegExp(`^\\s*${setAside}`, 'iu'),
  };
  compiled.set(lang, out);
  return out;
}

/**
 * Where the address a message opens with ends (0 without one): greetings,
 * each followed by names, addressees and small words, up to a comma, colon
 * or "!", or up to an addressee ("hi all what is …"). A greeting followed by
 * anything else ("hey what's the deadline, …") opens no address.
 */
function addressEnd(text: string, lang: Lang): number {
  const { greeting } = patterns(lang);
  const f = FRAMES[lang];
  const lower = (t: string) => t.toLowerCase().replace(/’/g, "'");
  let end = 0;
  for (;;) {
    greeting.lastIndex = end;
    const g = greeting.exec(text);
    if (!g) return end;
    let at = g.index + g[0].length;
    let afterAddressee = false;
    let closed = false;
    for (let words = 0; words <= 5; words += 1) {
      const next = /^(\s*)([,:;!]+|[\p{L}\p{N}'’-]+\.?)/u.exec(text.slice(at));
      if (!next) break;
      const token = next[2];
      if (/^[,:;!]/.test(token)) {
        at += next[0].length;
        closed = true;
        break;
      }
      const t = lower(token).replace(/\.$/, '');
      const named = /^\p{Lu}/u.test(token);
      if (f.addressees.includes(t)) afterAddressee = true;
      else if (f.fillers.includes(t) || named) afterAddressee = false;
      else break;
      at += next[0].length;
    }
    if (!closed && !afterAddressee) return end;
    end = at;
  }
}

/**
 * The text with its address, request and hedges blanked out, and what it sets aside ("…, not the cc list"): what is
 * left is what is asked about. `aside`: the text is a side remark of a message ("— not the cc list, the main
 * recipients"), which may set a thing aside from its first word; a question's own first "no" is its question.
 */
export function unframed(text: string, lang: Lang, aside = false): string {
  const blank = (m: string) => ' '.repeat(m.length);
  const start = addressEnd(text, lang);
  let out = ' '.repeat(start) + text.slice(start);
  const { frames, contrast, contrastAtStart } = patterns(lang);
  for (const pattern of frames) out = out.replace(pattern, blank);
  out = out.replace(contrast, blank);
  return aside ? out.replace(contrastAtStart, blank) : out;
}
