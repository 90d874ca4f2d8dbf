/**
 * Who holds a role word ("chair", "Coresponsables", "responsable"). The
 * people a copula names after it ("Les Coresponsables … sont M. Bret
 * Jordan, … et M. Ramy Ahmed Fathy"), or the person, study group or body
 * nearest before it, never the agent of a passive ("désignés par les
 * Commissions d'études 17 et 20, en tant que Coresponsables": the study
 * groups designated the co-convenors, they are not co-convenors). A role
 * said after a whole list of people (past the last one's apposition) is
 * each of theirs.
 */
import { ALL_TABLES, TABLES } from '../lang/index.ts';
import type { Lang } from '../types.ts';
import type { Fact } from './fact.ts';

/** Role words of a text as pseudo-facts ("role:chair"), in every language. */
let rolePatterns: Array<[string, RegExp]> | undefined;

export function roleFacts(text: string): Fact[] {
  rolePatterns ??= (['en', 'fr', 'es'] as Lang[]).flatMap((lang) =>
    Object.entries(TABLES[lang].roles).map(([role, words]): [string, RegExp] => [
      role,
      new RegExp(String.raw`(?<![\w-])(?:${words.map((w) => w.replace(/-/g, '\\-')).join('|')})(?![\w-])`, 'g'),
    ]),
  );
  const out: Fact[] = [];
  for (const [role, re] of rolePatterns) {
    for (const m of text.matchAll(re))
      out.push({ kind: 'code', key: `role:${role}`, start: m.index!, end: m.index! + m[0].length, surface: m[0] });
  }
  return out;
}

const words = (pick: (t: (typeof ALL_TABLES)[number]) => string[]) =>
  [...new Set(ALL_TABLES.flatMap(pick))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
const TITLE = String.raw`(?:(?:${words((t) => t.titles)})\.?\s+)?`;
const COPULA = words((t) => t.copulas);
const LINK = words((t) => t.roleLinks);

/** People one after another, apposition allowed: "M. X, Président du GT 2/17, et M. Y", "X and Y", "X, Y". */
const NEXT_IN_LIST = new RegExp(String.raw`^(?:\s*,[^,;:]*)?(?:\s*,\s*|\s*,?\s+(?:${words((t) => t.conjunctions)})\s+)${TITLE}$`);
/** Between a role word and the people it names: "… du Groupe JCG-IoTSec sont M.", "co-convenor", ", ". */
const NAMES_AFTER = new RegExp(
  String.raw`^(?:(?:\s+(?:of|de|du|des|del)\s+[^,;:]{1,40}?)?\s+(?:${COPULA})\s+(?:(?:${LINK})\s+)*|\s*[,:]?\s*)${TITLE}$`,
);
/** Between a holder and its role word, when a copula says the role of the holder: "SG20 is a co-convenor", "en tant que". */
const LINKED = new RegExp(String.raw`^\s*,?\s*(?:(?:${LINK})\s+)*(?:${COPULA})\s+(?:(?:${LINK})\s+)*$`);
/** "Respectively", "présidents respectifs de …": the words that deal a list out, in every language (an alternation). */
export const RESPECTIVELY = words((t) => t.respectively);
/** Before the agent of a passive: "désignés respectivement par les", "designated by". */
const AGENT_BEFORE = new RegExp(String.raw`(?<![\w-])(?:${words((t) => t.agents)})\s+(?:(?:${LINK}|${RESPECTIVELY})\s+)*$`);
/** Between two agents of one list: "par la Commission d'études 17 et la Commission d'études 20". */
const NEXT_AGENT = new RegExp(String.raw`^\s*(?:,\s*|\s(?:${words((t) => t.conjunctions)})\s+)(?:(?:${LINK})\s+)*$`);

/** A role whose holder follows it: "placée SOUS LA responsabilité DE la Commission d'études 20", "under the chairmanship of". */
const UNDER_ROLE = new RegExp(String.raw`(?<![\w-])(?:${words((t) => t.heldUnder)})\s+(?:(?:${LINK})\s*)?$`);
const OF_HOLDER = new RegExp(String.raw`^\s+(?:of|de|du|des|del)\s+(?:(?:${LINK})\s*)?$`);

/** A relative clause opening right after a list of people: "…, who chair", "…, qui président", "…, quienes presiden". */
const RELATIVE_OF_LIST = /^\s*,?\s*(?:who|qui|quienes|que)\b/;

/** Between a study group and the sector it belongs to: "Study Group 20 of ITU-T", "Commission d'études 20 de l'UIT-T". */
const OF_SECTOR = /^\s*(?:of|de|du|del)(?:\s+(?:the|la|el))?\s*(?:l['’]\s*)?$/i;

export interface RoleHolders {
  owners: string[];
  /** The role is said of the holder (a copula or "as" between them), not only found near it ("the HLEG chair"). */
  linked: boolean;
}

/** The people, study groups and bodies of one sentence, as role words are given to them. */
export class HolderContext {
  private readonly lists: Fact[][] = [];
  /** Where what is said of each list as a whole begins: past the apposition of its last name. */
  private readonly tails = new Map<Fact[], number>();
  private readonly agents = new Set<Fact>();

  constructor(
    private readonly text: string,
    private readonly holders: Fact[],
    sentence: [number, number],
  ) {
    const [start, end] = sentence;
    for (const p of holders.filter((h) => h.kind === 'person')) {
      const last = this.lists.at(-1)?.at(-1);
      if (last && NEXT_IN_LIST.test(text.slice(last.end, p.start))) this.lists.at(-1)!.push(p);
      else this.lists.push([p]);
    }
    for (const list of this.lists.filter((l) => l.length > 1)) {
      const last = list.at(-1)!;
      // A relative clause after the list ("M. X et M. Y, qui président …") is said of all of them: no apposition of the last.
      const rest = text.slice(last.end, end);
      const apposition = RELATIVE_OF_LIST.test(rest) ? undefined : /^\s*,[^,;]*(?:,|$)/.exec(rest);
      this.tails.set(list, last.end + (apposition?.[0].length ?? 0));
    }
    let previous: Fact | undefined;
    for (const h of holders) {
      const listed = previous !== undefined && this.agents.has(previous) && NEXT_AGENT.test(text.slice(previous.end, h.start));
      if (listed || AGENT_BEFORE.test(text.slice(start, h.start))) this.agents.add(h);
      previous = h;
    }
  }

  /** The whole list a person ends, when `at` lies past its last name's apposition ("…, Président du GT 3/20, désignés …"). */
  sharedBy(person: Fact, at: number): Fact[] | undefined {
    const list = this.lists.find((l) => l.at(-1) === person);
    const tail = list && this.tails.get(list);
    return tail !== undefined && at >= tail ? list : undefined;
  }

  private isAgent(f: Fact): boolean {
    return this.agents.has(f);
  }

  /** Who holds a role word, or undefined when no one in the sentence does. */
  holdersOf(role: Fact): RoleHolders | undefined {
    const held = this.holders.find((h) => h.start >= role.end);
    if (held && UNDER_ROLE.test(this.text.slice(0, role.start)) && OF_HOLDER.test(this.text.slice(role.end, held.start)))
      return { owners: [held.key], linked: false };
    const named = this.holders.find((h) => h.kind === 'person' && h.start >= role.end);
    if (named && NAMES_AFTER.test(this.text.slice(role.end, named.start))) {
      const list = this.lists.find((l) => l.includes(named))!;
      return { owners: list.slice(list.indexOf(named)).map((p) => p.key), linked: true };
    }
    const earlier = this.holders.filter((h) => h.end <= role.start && !this.isAgent(h));
    let before = earlier.at(-1);
    // "la Commission d'études 20 de l'UIT-T est responsable": the sector says whose study group it is; it holds nothing.
    const group = earlier.at(-2);
    if (before?.kind === 'entity' && group?.kind === 'sg' && OF_SECTOR.test(this.text.slice(group.end, before.start))) before = group;
    if (before) {
      const linked = LINKED.test(this.text.slice(earlier.at(-1)!.end, role.start));
      const list = before.kind === 'person' ? this.sharedBy(before, role.start) : undefined;
      return { owners: (list ?? [before]).map((h) => h.key), linked };
    }
    const after = this.holders.find((h) => h.start >= role.end && !this.isAgent(h));
    return after ? { owners: [after.key], linked: false } : undefined;
  }
}
