/**
 * Who holds what: in "M. Bret Jordan, Président du GT 2/17, et M. Ramy
 * Ahmed Fathy, Président du GT 3/20", WP 2/17 belongs to Jordan; in "SG20
 * is responsible for …", the responsibility belongs to SG20. A fact belongs
 * to the person named last before it in the same sentence (to every person
 * of a list, past the last one's apposition), "respectively" deals a list
 * out to the owners in order, and role words go to their holders (roles.ts).
 */
import type { Fact, FactKind } from './fact.ts';
import { HolderContext, RESPECTIVELY, roleFacts, type RoleHolders } from './roles.ts';

export { roleFacts } from './roles.ts';

export interface Owned {
  fact: Fact;
  owner: string;
  /** A role said of its owner ("SG20 is a co-convenor"), not only found near it. */
  linked?: boolean;
}

const PERSON_OWNED = new Set<FactKind>(['wp', 'sg', 'number', 'ordinal', 'code', 'rec', 'email', 'entity']);
const ROLE_OWNERS = new Set<FactKind>(['person', 'sg', 'entity']);

function countsMany(f: Fact): boolean {
  return f.kind === 'number' && (f.value ?? 0) > 1 && /^[a-z-]+s\b/.test(f.after ?? '');
}

/** Sentence spans of a folded text: owners do not reach across them. */
function spans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/[;.](?=\s+\S)|\n/g)) {
    if (m[0] === '.' && /(?:\b\w|\bm|mme|no|rev|doc|res)$/.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
  }
  out.push([start, text.length]);
  return out;
}

const DEALS_OUT = new RegExp(String.raw`\b(?:${RESPECTIVELY})\b`, 'g');

/** "Respectively": the run of same-kind facts nearest the word is dealt to the owners before them, in order. */
function dealRespectively(text: string, owners: Fact[], owned: Fact[], out: Map<Fact, RoleHolders>): void {
  for (const m of text.matchAll(DEALS_OUT)) {
    const at = m.index!;
    // "nommés respectivement par la CE 17 et la CE 20": the list follows; "SG17 and SG20 respectively": it precedes.
    // The nearer side is tried first, the other when its run cannot be dealt (more facts than people before them).
    const after = owned.filter((f) => f.start > at && f.start - at < 90);
    const before = owned.filter((f) => f.end <= at && at - f.end < 90);
    const sides: Array<{ facts: Fact[]; nearest: Fact }> = [];
    if (after.length) sides.push({ facts: after, nearest: after[0] });
    if (before.length) sides.push({ facts: before, nearest: before.at(-1)! });
    sides.sort((a, b) => Math.abs(a.nearest.start - at) - Math.abs(b.nearest.start - at));
    sides.find(({ facts, nearest }) =>
      deal(
        facts.filter((f) => f.kind === nearest.kind),
        owners,
        at,
        out,
      ),
    );
  }
}

/** Deals a run of facts to as many owners, the last ones before the run; false when there are not enough. */
function deal(run: Fact[], owners: Fact[], at: number, out: Map<Fact, RoleHolders>): boolean {
  const distinct = [...new Map(run.map((f) => [f.key, f])).values()];
  const earlier = owners.filter((o) => o.end <= Math.min(at, ...distinct.map((f) => f.start)));
  const people = [...new Map(earlier.map((o) => [o.key, o])).values()].slice(-distinct.length);
  if (people.length !== distinct.length) return false;
  for (const f of run) out.set(f, { owners: [people[distinct.findIndex((d) => d.key === f.key)].key], linked: true });
  return true;
}

/** Owners of facts: people own what follows their name (a whole list, what follows the list); role words go to their holders. */
export function ownership(text: string, facts: Fact[]): Owned[] {
  const out = new Map<Fact, RoleHolders>();
  const roles = roleFacts(text);
  for (const [start, end] of spans(text)) {
    const inside = (f: Fact) => f.start >= start && f.end <= end;
    const people = facts.filter((f) => f.kind === 'person' && inside(f));
    // A count of a plural ("three Vice-Conveners", "12 contributions") numbers a set, no one person's attribute.
    const owned = facts.filter((f) => PERSON_OWNED.has(f.kind) && inside(f) && !countsMany(f));
    const context = new HolderContext(
      text,
      facts.filter((f) => ROLE_OWNERS.has(f.kind) && inside(f)),
      [start, end],
    );
    // A person owns what follows the name ("M. Bret Jordan, Président du GT 2/17"), never what comes before it; but the
    // agent of a passive owns what it follows ("WG2 « … », chaired by Ms Beatriz Salcedo Ortega").
    for (const f of owned) {
      const owner = people.filter((o) => o.end <= f.start).at(-1) ?? agentAfter(text, f, people, owned);
      if (owner) out.set(f, { owners: (context.sharedBy(owner, f.start) ?? [owner]).map((o) => o.key), linked: false });
    }
    if (people.length > 1) dealRespectively(text.slice(0, end), people, owned, out);
    for (const role of roles.filter(inside)) {
      const holders = context.holdersOf(role);
      if (holders) out.set(role, holders);
    }
  }
  return [...out].flatMap(([fact, { owners, linked }]) => owners.map((owner) => ({ fact, owner, linked })));
}

/**
 * An office's passive ending what lies between a fact and a person ("chaired by", "présidé par", "presidido por"), with
 * no relative clause between ("…, which is co-convened by"): the person holds the office of what it follows.
 */
const AGENT = new RegExp(
  String.raw`^(?:(?!\b(?:which|who|that|qui|que|quien|cual)\b)[^;])*` +
    String.raw`\b(?:chaired|led|headed|presided|presidee?s?|dirigee?s?|presidid[oa]s?|dirigid[oa]s?)\s+(?:by|par|por)\s+` +
    String.raw`(?:(?:mr|ms|mrs|dr|m|mme|sr|sra)\.?\s+)?$`,
);
const AGENT_REACH = 80;

/** The person a passive names as its agent after a fact, with no fact of its kind between them: "WG2 …, chaired BY Ms X". */
function agentAfter(text: string, f: Fact, people: Fact[], owned: Fact[]): Fact | undefined {
  const agent = people.find((p) => p.start > f.end && p.start - f.end <= AGENT_REACH && AGENT.test(text.slice(f.end, p.start)));
  if (!agent || owned.some((o) => o !== f && o.kind === f.kind && o.start > f.end && o.end <= agent.start)) return undefined;
  // A fact inside a relative clause that closes before the passive is not what the passive says is led: in "the group,
  // which SG17 and SG20 members may join, is co-led by X", X leads the group.
  const opened = RELATIVE_OPEN.test(text.slice(Math.max(0, f.start - AGENT_REACH), f.start));
  return opened && text.slice(f.end, agent.start).includes(',') ? undefined : agent;
}

/** A relative clause opened after a comma and not closed before the end of the text. */
const RELATIVE_OPEN = /,\s*(?:which|who|that|qui|que|dont|quien|quienes|cual|cuales)\b[^,]*$/;

/** Owners a role can pass between: a person, a study group or a body never holds the same role as one of another kind. */
const HOLDER_KINDS = new Set(['person', 'sg', 'entity']);

/**
 * Facts the sentence gives to one owner while every cited clause gives them
 * to another (that the clause also names): "Fathy chairs WP 2/17"; "SG20 is a
 * co-convenor" where the clause makes the people it names co-convenors.
 */
export function ownerConflicts(sentence: Owned[], clauses: Owned[], clauseKeys: Set<string>): string[] {
  const problems: string[] = [];
  const kind = (key: string) => key.split(':')[0];
  const dealt = togetherDealt(sentence, clauses);
  for (const { fact, owner, linked } of sentence) {
    if (!clauseKeys.has(owner) || dealt.has(fact)) continue;
    const role = fact.key.startsWith('role:');
    // Role words are tied to people and study groups only: "X is the parent of Y" and "Y's parent is X" read alike otherwise.
    // Across kinds only a role said of its owner counts ("SG20 is a co-convenor", not "SG20 designated the co-convenors").
    const comparable = (c: Owned) =>
      kind(c.owner) === kind(owner)
        ? !role || /^(?:person|sg)$/.test(kind(owner))
        : role && Boolean(linked) && HOLDER_KINDS.has(kind(owner)) && HOLDER_KINDS.has(kind(c.owner));
    const there = clauses.filter((c) => c.fact.key === fact.key && comparable(c));
    if (!there.length || there.some((c) => c.owner === owner)) continue;
    const other = there[0].owner.replace(/^\w+:/, '');
    problems.push(`"${fact.surface}" belongs to ${other} in the clause, not to ${owner.replace(/^\w+:/, '')}`);
  }
  return problems;
}

/**
 * Facts a list of people holds together in the sentence that the clause deals out among the same people, one each:
 * "Jordan et Fathy … ont été nommés par la CE 17 et la CE 20" against "nommés respectivement par la CE 17 et la CE 20".
 * As many facts of one kind as people, each the clause's for one of them: said of them together, not of the wrong one.
 */
function togetherDealt(sentence: Owned[], clauses: Owned[]): Set<Fact> {
  const owners = new Map<Fact, string[]>();
  for (const o of sentence) if (!o.linked) owners.set(o.fact, [...(owners.get(o.fact) ?? []), o.owner]);
  const out = new Set<Fact>();
  const groups = new Map<string, Fact[]>();
  for (const [fact, of] of owners) {
    if (of.length < 2) continue;
    const key = `${fact.kind}|${[...of].sort().join(' ')}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  for (const facts of groups.values()) {
    const people = owners.get(facts[0])!;
    const keys = new Set(facts.map((f) => f.key));
    const theirs = (f: Fact) => clauses.filter((c) => c.fact.key === f.key).map((c) => c.owner);
    const oneEach = keys.size === people.length && facts.every((f) => theirs(f).length && theirs(f).every((o) => people.includes(o)));
    if (oneEach) for (const f of facts) out.add(f);
  }
  return out;
}

/** Titles a person holds: one of them said of a person is checked against the titles the clause gives that person. */
const PERSON_TITLES = new Set(['role:chair', 'role:vice-chair', 'role:convenor']);

/** A title the sentence gives a person whom the clause names with other titles only: "Jordan is the vice-chair" against "Président". */
export function titleConflicts(sentence: Owned[], clauses: Owned[]): string[] {
  const problems: string[] = [];
  for (const { fact, owner } of sentence) {
    if (!PERSON_TITLES.has(fact.key) || !owner.startsWith('person:')) continue;
    const given = clauses.filter((c) => c.owner === owner && PERSON_TITLES.has(c.fact.key));
    if (!given.length || given.some((c) => c.fact.key === fact.key)) continue;
    const titles = [...new Set(given.map((c) => c.fact.surface))].join(', ');
    problems.push(`"${fact.surface}": the clause gives ${owner.replace(/^\w+:/, '')} the title ${titles}`);
  }
  return problems;
}
