/**
 * Two ends of a scale, said of the same thing. Before and after: "juste
 * après l'adoption de la Résolution" against a clause that says "juste avant
 * l'adoption de cette Résolution", "one month after each meeting" against
 * "un mois avant chaque réunion". Few and many: "confined to a few areas"
 * against "dans de nombreux domaines". A sentence that puts one end of a
 * scale on a thing the clause puts the other end on, and never this one,
 * says the reverse. The thing is read from the words right after the scale
 * word, through the sentence's concepts, so across languages when the
 * glossary bridges them.
 */
import { analyze } from '../query/analyze.ts';
import { fold } from '../text.ts';
import type { Lang, TermGroup } from '../types.ts';
import { hasConcept, type TextAnalysis } from './analysis.ts';
import { perClause } from './per-clause.ts';

interface Scale {
  /** What the two ends mean, for messages. */
  ends: [string, string];
  /** The words of each end, folded, by language. */
  words: Record<Lang, [string, string]>;
  /** How many words after the scale word name the thing. */
  reach: number;
}

const SCALES: Scale[] = [
  {
    // "avant tout" and "after all" order nothing.
    ends: ['before', 'after'],
    words: {
      en: [String.raw`before|prior to|ahead of|in advance of`, String.raw`after(?! all\b)|following|subsequent to`],
      fr: [String.raw`avant(?! tout\b)|prealablement a`, String.raw`apres|a la suite d[eu']|suite a|au lendemain d[eu']`],
      es: [String.raw`antes de(?:l)?|previamente a`, String.raw`despues de(?:l)?|tras|luego de(?:l)?|a raiz de(?:l)?`],
    },
    reach: 6,
  },
  {
    // "quelques" and "some" are neither few nor many.
    ends: ['few', 'many'],
    words: {
      en: [String.raw`(?:a )?few|a handful of|a limited number of`, String.raw`many|numerous|a (?:large|great) number of|multiple`],
      fr: [
        String.raw`peu d[e']|rares|un nombre (?:limite|restreint) d[e']`,
        String.raw`(?:de )?(?:nombreux|nombreuses|multiples)|un grand nombre d[e']`,
      ],
      es: [
        String.raw`pocos|pocas|escasos|escasas|un numero limitado de`,
        String.raw`muchos|muchas|numerosos|numerosas|multiples|un gran numero de`,
      ],
    },
    reach: 3,
  },
];

const compiled = new Map<string, RegExp>();

function pattern(scale: number, lang: Lang): RegExp {
  const key = `${scale}\t${lang}`;
  let re = compiled.get(key);
  if (!re) {
    const [one, other] = SCALES[scale].words[lang];
    const thing = String.raw`((?:[\s']+[\w-]+){1,${SCALES[scale].reach}})`;
    re = new RegExp(String.raw`(?<![\w-])(?:(${one})|(${other}))(?![\w-])${thing}`, 'g');
    compiled.set(key, re);
  }
  return re;
}

interface Placed {
  scale: number;
  /** 0 for the scale's first end, 1 for its second. */
  end: number;
  /** The words naming the thing. */
  thing: string;
}

function placed(text: string, lang: Lang): Placed[] {
  const folded = fold(text);
  return SCALES.flatMap((_, scale) =>
    [...folded.matchAll(pattern(scale, lang))].map((m) => ({ scale, end: m[1] ? 0 : 1, thing: m[3].trim() })),
  );
}

const placedOf = perClause((clause: TextAnalysis, text: string): Array<Placed & { terms: Set<string> }> =>
  placed(text, clause.lang).map((p) => ({ ...p, terms: new Set(analyze(p.thing, clause.lang)) })),
);

/** Why the sentence puts the other end of a scale on a thing the clauses place; none when it does not. */
export function reversedOrder(
  text: string,
  lang: Lang,
  cited: Array<{ text: string }>,
  clauses: TextAnalysis[],
  concepts: (text: string, lang: Lang) => TermGroup[],
): { code: 'wrong-polarity'; detail: string } | undefined {
  const mine = placed(text, lang);
  if (!mine.length) return undefined;
  const theirs = clauses.flatMap((c, i) => placedOf(c, cited[i].text));
  for (const p of mine) {
    const groups = concepts(p.thing, lang);
    const about = theirs.filter((t) => t.scale === p.scale && groups.some((g) => hasConcept(g, t.terms)));
    if (about.length && about.every((t) => t.end !== p.end)) {
      const said = `${SCALES[p.scale].ends[p.end]} ${p.thing}`;
      return { code: 'wrong-polarity', detail: `"${said}" says the reverse of the clause's "${SCALES[p.scale].ends[1 - p.end]}"` };
    }
  }
  return undefined;
}
