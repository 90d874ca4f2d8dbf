/**
 * The frame a chat message wraps its question in: the address it opens with
 * ("Estimados colegas:", "Madame, Monsieur,", "hi all,"), the request that
 * carries the question ("could you kindly confirm", "tu peux me lister",
 * "¿podrían indicarme", "summarise …") and the hedges around it ("si je
 * comprends bien", "I'm not sure", "si no me equivoco"). None of it says what
 * is asked about, so the question's concepts are read without it; the
 * question's form is still read from the whole message ("lister" asks for a
 * list). Closed classes of each language, written from common usage: greeting
 * and address words, speech-act verbs, and the set phrases of hedging.
 */
import type { Lang } from '../types.ts';

interface Frames {
  /** Words that open an address ("Estimados colegas:", "hi all"). */
  greetings: string[];
  /** Who a greeting addresses: an address ends with a comma, a colon or "!", or after one of these ("hi all what is …"). */
  addressees: string[];
  /** Small words an address may hold besides names and addressees ("Dear members of the JCG,"). */
  fillers: string[];
  /** "Could you (kindly) …", "tu peux (me) …", "¿podrían …": the request, with the pronoun it may take (a pattern in pieces). */
  request: string[];
  /** Speech-act verbs, space-separated: what the request asks the assistant to do with the answer. */
  verbs: string;
  /** Hedges and set phrases that frame a question without adding to it. */
  hedges: string[];
}

const FRAMES: Record<Lang, Frames> = {
  en: {
    greetings: ['hi', 'hello', 'hey', 'hiya', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening'],
    addressees: ['all', 'everyone', 'everybody', 'team', 'folks', 'guys', 'colleagues', 'there', 'friends', 'members'],
    fillers: ['of', 'the', 'my', 'our', 'dear', 'and'],
    request: [
      '(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |kindly |pls |just )*',
      "|(?:i'd|i would) like you to )",
    ],
    verbs: 'tell give send show list summari[sz]e confirm explain remind share clarify describe outline recap',
    hedges: [
      '(?:please|pls|kindly) (?:tell|give|send|show|remind|walk|point) (?:me|us)',
      '(?:a )?(?:(?:quick|short|brief) )?(?:rundown|recap) of',
      '(?:a )?(?:quick|short|brief) (?:summary|overview) of',
      "i'd like to know",
      'i would like to know',
      "i'm trying to (?:understand|figure out|find out|work out|reconstruct)",
      'i am trying to (?:understand|figure out|find out|work out|reconstruct)',
      'if i understand correctly',
      'if i understood correctly',
      'as far as i know',
      'correct me if i.m wrong',
      "(?:i'm |i am )?not (?:100% )?sure",
      'i think',
      'i mean',
      'in short',
      'in a nutshell',
      'thanks in advance',
      'thank you in advance',
      'many thanks',
      // What a body "is supposed to" do asks what it does; "actually", "exactly" stress a question without adding to it.
      '(?:supposed|meant) to',
      '(?:is|are|was|were) expected to',
      '(?:ok|okay) so',
      'stepping back',
      'actually',
      'actual',
      'exactly',
      'precisely',
      'concretely',
      'basically',
      'really',
    ],
  },
  fr: {
    greetings: [
      'bonjour',
      'bonsoir',
      'salut',
      'coucou',
      'hello',
      'cher',
      'chère',
      'chers',
      'chères',
      'madame',
      'monsieur',
      'mesdames',
      'messieurs',
    ],
    addressees: ['tous', 'toutes', 'monde', 'amis', 'équipe', 'collègues', 'membres'],
    fillers: ['à', 'tout', 'le', 'la', 'les', "l'", 'de', 'du', 'des', 'mes', 'chers', 'chères', 'et'],
    request: [
      "(?:est-ce qu')?(?:tu peux|tu pourrais|vous pouvez|vous pourriez|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous",
      "|quelqu'un peut|quelqu'un pourrait) (?:svp |stp |s'il (?:te|vous) pla[iî]t )?(?:me |m'|nous )?",
    ],
    verbs: 'dire donner lister indiquer rappeler confirmer expliquer résumer envoyer préciser montrer communiquer détailler éclairer',
    hedges: [
      "j'aimerais savoir",
      'je voudrais savoir',
      'je souhaiterais savoir',
      'je me demandais',
      'si je comprends bien',
      "si j'ai bien compris",
      'sauf erreur de ma part',
      'il me semble que',
      'je crois que',
      'en bref',
      'en résumé',
      "merci d'avance",
      'merci par avance',
      '(?:est|sont|était|étaient) censée?s?',
      'est-il prévu que',
      'concrètement',
      'exactement',
      'précisément',
      'vraiment',
      'réellement',
      'en fait',
      'au juste',
      'dites-moi',
      'dis-moi',
      'donnez-moi',
      'donne-moi',
      'indiquez-moi',
      'rappelez-moi',
      'rappelle-moi',
      'expliquez-moi',
      'explique-moi',
    ],
  },
  es: {
    greetings: [
      'hola',
      'buenas',
      'buenos días',
      'buenas tardes',
      'buenas noches',
      'estimado',
      'estimada',
      'estimados',
      'estimadas',
      'querido',
      'querida',
      'queridos',
      'queridas',
      'señor',
      'señora',
      'señores',
      'señoras',
    ],
    addressees: ['todos', 'todas', 'equipo', 'colegas', 'chicos', 'miembros', 'amigos'],
    fillers: ['a', 'de', 'del', 'la', 'el', 'los', 'las', 'mis', 'queridos', 'estimados', 'y'],
    request: [
      '(?:(?:me|nos) )?(?:puedes|puede|pueden|podrías|podría|podrían|podéis|podríais|alguien puede|alguien podría) ',
      '(?:por favor )?',
    ],
    verbs: 'decir dar indicar listar confirmar explicar resumir enviar aclarar recordar mostrar precisar señalar pasar detallar',
    hedges: [
      'quisiera saber',
      'quería saber',
      'me gustaría saber',
      'si entiendo bien',
      'si no me equivoco',
      'no me queda claro',
      'no estoy seguro',
      'no estoy segura',
      'creo que',
      'en resumen',
      'gracias de antemano',
      'se supone que',
      '(?:tiene|tienen) que',
      'concretamente',
      'exactamente',
      'precisamente',
      'realmente',
      'en realidad',
      'en sí',
      'dime',
      'dígame',
      'díganme',
      'indícame',
      'indíqueme',
      'indíquenme',
      'explícame',
      'explíqueme',
      'recuérdame',
      'recuérdeme',
      'confírmame',
      'confírmeme',
    ],
  },
};

/** Spanish and French verbs take their pronoun as a suffix or after them: "indicarme", "dire-nous". */
const PRONOUN_AFTER: Record<Lang, string> = { en: '(?:\\s+(?:me|us))?', fr: '(?:-(?:moi|nous))?', es: '(?:me|nos)?' };

const L = '\\p{L}\\p{N}';
const word = (alternatives: string) => `(?<![${L}])(?:${alternatives})(?![${L}])`;
const spaced = (s: string) => s.replace(/ /g, '\\s+').replace(/'/g, "['’]");

interface Compiled {
  greeting: RegExp;
  frames: RegExp[];
}

const compiled = new Map<Lang, Compiled>();

function patterns(lang: Lang): Compiled {
  let out = compiled.get(lang);
  if (out) return out;
  const f = FRAMES[lang];
  const verbs = `(?:${f.verbs.split(' ').join('|')})${PRONOUN_AFTER[lang]}`;
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

/** The text with its address, request and hedges blanked out; what is left is what is asked about. */
export function unframed(text: string, lang: Lang): string {
  const blank = (m: string) => ' '.repeat(m.length);
  const start = addressEnd(text, lang);
  let out = ' '.repeat(start) + text.slice(start);
  for (const pattern of patterns(lang).frames) out = out.replace(pattern, blank);
  return out;
}
