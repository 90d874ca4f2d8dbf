/**
 * The rules a cited sentence must pass against the BODY of the clauses it
 * cites (headings and the document's title give context, never support):
 * every hard fact found and bound to the same thing, the same polarity and
 * modality as the clause sentence it rests on, quoted words really quoted,
 * and enough of its concepts carried by the clause.
 */
import { analyze } from '../query/analyze.ts';
import { clip, phrasePattern } from '../text.ts';
import type { DocumentMeta, Lang, TermGroup } from '../types.ts';
import { analyzeText, termsOf, weakestShare, weightedCoverage, withTerms, type TextAnalysis } from './analysis.ts';
import { qualifierConflicts } from './bounds.ts';
import { countConflicts, rankConflicts } from './counts.ts';
import { misboundValues, swappedValues } from './swaps.ts';
import { tenureSwaps } from './tenure.ts';
import { missingFacts } from './matching.ts';
import { meetingPlaceReferences, titleParts } from './meeting-places.ts';
import { extractFacts } from './facts.ts';
import { acronymsWrittenOut, missingNames, missingTitledNames } from './proper-names.ts';
import { titledNames } from './names.ts';
import { misnumbered } from './numbering.ts';
import { ownerConflicts, titleConflicts } from './owners.ts';
import { uncarriedParts, withoutConnectives } from './parts.ts';
import { stanceReason } from './stance.ts';
import { setAgainstBlanked } from './polarity.ts';
import { misquoted } from './quoted.ts';
import { unhedged } from './hedges.ts';
import { approvalAhead } from './ahead.ts';
import { reversedOrder } from './order.ts';
import { setAsideSaid } from './rather.ts';
import { swappedRecipients } from './recipients.ts';
import { addedItems } from './lists.ts';
import { misboundDates } from './bindings.ts';
import { misplacedYears } from './year-leads.ts';
import { substitutedWords } from './substitutions.ts';
import { oppositeSaid } from './contrasts.ts';
import { documentNames, genericReference, withoutLabels } from './pointers.ts';
import { crossedPairings, swappedPairings } from './pairings.ts';
import { swappedPartners } from './partners.ts';
import { swappedAgents } from './agents.ts';
import { restatedTitle, titleTerms } from './titles.ts';
import { datesFromElsewhere } from './dated.ts';
import { relabelledNumbers, swappedTopics } from './labels.ts';
import type { SplitSentence } from './split.ts';
import { foldCased } from './fact.ts';
import type { Reason, RuleResult, RuleSupport, SourceClause } from './verdicts.ts';

/** Below this share of a sentence's concepts, the cited clauses do not carry it. */
export const MIN_SUPPORT = 0.34;
/** Each cited clause must carry at least this much of its part of the sentence on its own. */
export const MIN_EACH = 0.1;
/** At or above this (and with every rule passed) a sentence needs no second opinion. */
export const CONFIDENT_SUPPORT = 0.7;
/** A sentence its cited clauses carry less than this … */
const LOOSE_SUPPORT = 0.6;
/** … and another source of the same answer carries by this much more, cites the wrong source. */
const BETTER_ELSEWHERE = 0.3;

export type { Reason, ReasonCode, RuleResult, RuleSupport, SourceClause } from './verdicts.ts';

export class RuleChecker {
  private readonly cache = new Map<string, TextAnalysis>();
  private readonly selfRefs = new Map<string, SelfReferences>();
  private people?: Map<string, string[]>;

  constructor(
    private readonly support: RuleSupport,
    private readonly docs: ReadonlyMap<string, DocumentMeta> = new Map(),
    private readonly clauseTexts: Iterable<string> = [],
  ) {}

  /** People the corpus names with a title ("M. Bret Jordan"), by surname: read from every clause on first use, not at start-up. */
  get knownPeople(): ReadonlyMap<string, string[]> {
    if (!this.people) {
      this.people = new Map();
      for (const text of this.clauseTexts) for (const name of titledNames(foldCased(text))) this.people.set(name.at(-1)!, name);
    }
    return this.people;
  }

  /** Concepts of a text, for deciding whether an uncited sentence states a fact. */
  concepts(text: string, lang: Lang): TermGroup[] {
    return this.support.concepts(text, lang);
  }

  clause(source: SourceClause): TextAnalysis {
    return this.read(source.text, source.lang, `${source.id}\n${source.text.length}`);
  }

  /** A clause, or a sentence of one, read once: the same clauses are cited answer after answer. */
  private readonly read = (text: string, lang: Lang, key = `${lang}\n${text}`): TextAnalysis => {
    let a = this.cache.get(key);
    if (!a) this.cache.set(key, (a = analyzeText(text, lang, this.knownPeople)));
    return a;
  };

  /** Every rule on every segment of a sentence ("A [1], and B [2]" checks A against [1], B against [2]). */
  check(sentence: SplitSentence, sources: Array<SourceClause | undefined>, lang: Lang): RuleResult {
    const reasons: Reason[] = [];
    let coverage = 1;
    let confident = true;
    let onlyWords = true;
    for (const segment of sentence.segments) {
      const cited = segment.cites.map((n) => sources[n - 1]).filter((s): s is SourceClause => Boolean(s));
      if (!cited.length) continue;
      const r = this.checkSegment(segment.text, cited, lang);
      if (!r.reasons.length && r.coverage < LOOSE_SUPPORT) r.reasons.push(...this.betterElsewhere(segment, sources, r.coverage, lang));
      reasons.push(...r.reasons);
      coverage = Math.min(coverage, r.coverage);
      confident &&= r.confident;
      onlyWords &&= r.reasons.every((x) => x.code === 'weak-support');
    }
    return { reasons, coverage, confident: confident && !reasons.length, rescuable: onlyWords && reasons.length > 0 };
  }

  /**
   * Another source of the same answer that carries a loosely supported sentence far better: the model put the fact
   * under the wrong marker ("the group reports to TSAG [1]" where [2] says so and [1] only names the group).
   */
  private betterElsewhere(segment: SplitSentence['segments'][number], sources: Array<SourceClause | undefined>, own: number, lang: Lang) {
    const at = sources.findIndex(
      (other, i) => other && !segment.cites.includes(i + 1) && this.coverageBy(segment.text, other, lang) >= own + BETTER_ELSEWHERE,
    );
    const cited = segment.cites.map((n) => `[${n}]`).join('');
    return at < 0 ? [] : [{ code: 'wrong-source' as const, detail: `source [${at + 1}] says "${clip(segment.text)}", not ${cited}` }];
  }

  /** The share of a sentence one clause carries, as the support check weighs it (its hard facts only where it has them). */
  private coverageBy(text: string, source: SourceClause, lang: Lang): number {
    const named = this.withoutDocumentNames(withoutLabels(text, [source]), [source.docId]);
    const groups = withoutConnectives(this.support.concepts(named.text, lang), lang);
    return groups.length ? weightedCoverage(groups, this.clause(source).terms, this.weight) : 0;
  }

  /** The places that say which meeting a sentence means, where a cited document's title names them (meeting-places.ts). */
  private meetingPlaces(own: TextAnalysis, text: string, cited: SourceClause[]): string[] {
    return meetingPlaceReferences(own.facts, text, cited.map((c) => this.selfReferences(c.docId).places));
  }

  /** A concept's rarity, what the support shares weigh (1 for all when the support gives none). */
  private readonly weight = (g: TermGroup): number => this.support.weight?.(g) ?? 1;

  private checkSegment(text: string, cited: SourceClause[], lang: Lang): RuleResult {
    const reasons: Reason[] = [];
    const named = this.withoutDocumentNames(withoutLabels(text, cited), cited.map((c) => c.docId));
    const own = analyzeText(named.text, lang, this.knownPeople);
    const clauses = cited.map((c) => this.clause(c));
    const allowed = new Set([...named.allowed, ...this.meetingPlaces(own, named.text, cited)]);
    for (const f of missingFacts(own.facts, clauses, allowed))
      reasons.push({ code: 'missing-value', detail: `"${f.surface}" is not in the cited clause` });
    // A name the glossary knows is held by any of its forms ("TIC" by "ICTs").
    const terms = termsOf(clauses);
    const heldAs = (g: TermGroup) => g.alternatives.some((a) => a.source !== 'lexicon' && a.terms.every((t) => terms.has(t)));
    const holds = (name: string) => this.support.concepts(name, lang).some(heldAs);
    for (const p of missingNames(named.text, cited, this.clauseTexts, holds).concat(missingTitledNames(named.text, lang, cited)))
      reasons.push({ code: 'missing-value', detail: p });
    for (const p of this.swaps(named.text, own, lang, cited, clauses)) reasons.push({ code: 'wrong-entity', detail: p });
    for (const p of qualifierConflicts(own.facts, clauses)) reasons.push({ code: 'missing-value', detail: p });
    const [clauseKeys, clauseOwned] = [new Set(clauses.flatMap((c) => [...c.keys])), clauses.flatMap((c) => c.owned)];
    for (const p of [...ownerConflicts(own.owned, clauseOwned, clauseKeys), ...titleConflicts(own.owned, clauseOwned)])
      reasons.push({ code: 'wrong-entity', detail: p });
    // The names of the cited documents are citations: no concept of the sentence to carry.
    const concepts = (t: string) => withoutConnectives(this.support.concepts(t, lang), lang);
    const groups = concepts(named.text);
    const weight = this.weight;
    const said = [stanceReason(text, lang, groups, clauses, weight, concepts), approvalAhead(text, lang, clauses)];
    said.push(misquoted(text, lang, terms, weight, this.support.concepts), unhedged(text, lang, groups, cited, clauses));
    said.push(reversedOrder(text, lang, cited, clauses, this.support.concepts), setAsideSaid(text, lang, clauses, this.support.concepts));
    for (const r of said) if (r) reasons.push(r);
    // Hard facts were checked above, strictly, in every spelling ("Fathy", "CE 20"): their words count as carried.
    // … and so are the acronyms the corpus defines that the cited clauses write out ("l'OMI" for "l'Organisation maritime internationale").
    const writtenOut = cited.flatMap((c) => acronymsWrittenOut(c.text, this.clauseTexts));
    const factTerms = analyze([...own.facts.map((f) => f.surface), ...writtenOut].join(' '), lang);
    const carried = (terms: Set<string>) => withTerms(terms, factTerms);
    const together = carried(terms);
    if (clauses.length === 1 && !reasons.length)
      for (const p of datesFromElsewhere(own, concepts, clauses[0], weight, this.read, this.selfReferences(cited[0].docId).issuer))
        reasons.push({ code: 'wrong-entity', detail: p });
    const { opposites } = this.support;
    const opposite = opposites && oppositeSaid(named.text, groups, clauses, weight, together, (g) => opposites(g, lang), lang);
    if (opposite) reasons.push({ code: 'wrong-polarity', detail: opposite });
    const title = restatedTitle(groups, together, [...new Set(cited.map((c) => this.selfReferences(c.docId).title))], weight);
    if (title) reasons.push({ code: 'weak-support', detail: title });
    const coverage = groups.length ? weightedCoverage(groups, together, weight) : 1;
    const weakest = clauses.length > 1 ? weakestShare(groups, clauses.map((c) => carried(c.terms)), weight) : coverage;
    if (coverage < MIN_SUPPORT || weakest < MIN_EACH)
      reasons.push({ code: 'weak-support', detail: `the cited clause carries ${Math.round(coverage * 100)} % of "${clip(text)}"` });
    else {
      const stated = setAgainstBlanked(named.text, lang);
      const added = addedItems(stated, lang, cited.map((c) => c.lang), this.support.concepts, together);
      for (const part of uncarriedParts(stated, lang, this.support.concepts, together, weight).concat(added))
        reasons.push({ code: 'weak-support', detail: `the cited clause does not say "${clip(part)}"` });
    }
    return { reasons, coverage, confident: !reasons.length && coverage >= CONFIDENT_SUPPORT, rescuable: false };
  }

  /** Values, names and words of the sentence put where the clause has others. */
  private swaps(text: string, own: TextAnalysis, lang: Lang, cited: SourceClause[], clauses: TextAnalysis[]): string[] {
    const { hasSenses, akin } = this.support;
    // Read once per text: the value rules read the same statements ("… approving 36 new or revised Recommendations").
    const read = new Map<string, TermGroup[]>();
    const concepts = (t: string, l: Lang) => {
      let groups = read.get(`${l}\n${t}`);
      if (!groups) read.set(`${l}\n${t}`, (groups = this.support.concepts(t, l)));
      return groups;
    };
    const pairs = clauses.flatMap((c) => c.pairs);
    return [
      ...countConflicts(own, clauses, concepts, hasSenses, akin).concat(swappedValues(own, clauses, concepts)),
      ...misboundValues(own, clauses, concepts).concat(misplacedYears(own, clauses, concepts)),
      ...rankConflicts(own, clauses, concepts),
      ...swappedPairings(own.pairs, pairs).concat(crossedPairings(text, pairs)),
      ...substitutedWords(text, lang, own.terms, cited, clauses, concepts, akin),
      ...swappedTopics(text, cited, concepts, lang).concat(misnumbered(own.facts, own.rest)),
      ...relabelledNumbers(text, cited).concat(swappedRecipients(own, clauses), misboundDates(own, clauses)),
      ...tenureSwaps(text, lang, clauses, concepts).concat(swappedPartners(text, lang, cited, clauses)),
      ...swappedAgents(text, lang, cited, clauses, concepts),
    ];
  }

  /**
   * What a sentence may name of the cited clause's own document without the clause naming it: the document
   * itself, by any of its names ("Res. 98", "TSB Circular 67", "C25/18"), which are blanked from the sentence
   * before its facts are read, and the subject its title gives after the colon ("… Creation of the Joint
   * Correspondence Group on IoT Security (JCG-IoTSec)"). The issuer or addressee before the colon only in a
   * sentence that names the document ("the report to the Council, C25/18, says…"): "the Council asked SG20…"
   * cited to a clause of a report made *to* the Council must find the Council in the clause.
   */
  private selfReferences(docId: string): SelfReferences {
    let refs = this.selfRefs.get(docId);
    if (!refs) {
      const doc = this.docs.get(docId);
      const [before, ...after] = titleParts(doc?.title ?? '');
      const names = doc ? documentNames(doc, before) : [];
      const forms = [...new Set(names.map((n) => phrasePattern(foldCased(n).toLowerCase())))];
      const pattern = forms.sort((a, b) => b.length - a.length).join('|');
      // The subject's study group too ("Meeting of ITU-T Study Group 11"); not the issuer's ("Document CE16-TD1187").
      const entities = (text: string, kinds = ['entity', 'res', 'rec', 'code']) =>
        new Set(
          analyzeText(text, 'en', new Map())
            .facts.filter((f) => kinds.includes(f.kind))
            .map((f) => f.key),
        );
      refs = {
        names: pattern ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu') : undefined,
        subject: entities(after.join(':'), ['entity', 'res', 'rec', 'code', 'sg']),
        issuer: entities(names.join(' ; ')),
        title: titleTerms(doc?.title ?? ''),
        places: new Set(extractFacts(doc?.title ?? '', doc?.language ?? 'en').facts.flatMap((f) => (f.kind === 'place' ? [f.key] : []))),
        generic: genericReference(doc?.kind),
      };
      this.selfRefs.set(docId, refs);
    }
    return refs;
  }

  /** The sentence with the names of its cited documents blanked (a citation, not a claim), and what it may name unsupported. */
  private withoutDocumentNames(text: string, docIds: string[]): { text: string; allowed: Set<string> } {
    let out = foldCased(text);
    const allowed = new Set<string>();
    for (const id of new Set(docIds)) {
      const refs = this.selfReferences(id);
      for (const key of refs.subject) allowed.add(key);
      const blanked = refs.names ? out.replace(refs.names, (m) => ' '.repeat(m.length)) : out;
      if (blanked !== out) for (const key of refs.issuer) allowed.add(key);
      out = blanked.replace(refs.generic, (m) => ' '.repeat(m.length));
    }
    return { text: out, allowed };
  }
}

interface SelfReferences {
  /** Every name of the document, as one pattern. */
  names: RegExp | undefined;
  /** The document called by its kind ("the resolution", "ce texte"). */
  generic: RegExp;
  /** The analysed words of its title's subject. */
  title: Set<string>;
  /** The places its title names (where its meeting is). */
  places: Set<string>;
  /** What its title is about (after the colon or dash). */
  subject: Set<string>;
  /** Who issued it or for whom (its names and the title before the colon): allowed where the sentence names the document. */
  issuer: Set<string>;
}

