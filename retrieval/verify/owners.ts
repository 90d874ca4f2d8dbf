/**
 * Who holds what: in "M. Bret Jordan, Président du GT 2/17, et M. Ramy
 * Ahmed Fathy, Président du GT 3/20", WP 2/17 belongs to Jordan; in "SG20
 * is responsible for …", the responsibility belongs to SG20. A fact belongs
 * to the nearest owner before it in the same sentence (else the nearest
 * after), and "respectively" deals a list out to the owners in order.
 */
import type { Lang } from '../types.ts';
import type { Fact, FactKind } from './fact.ts';
import { TABLES } from '../lang/index.ts';

export interface Owned {
  fact: Fact;
  owner: string;
}

const PERSON_OWNED = new Set<FactKind>(['wp', 'sg', 'number', 'ordinal', 'code', 'rec', 'email', 'entity']);
const ROLE_OWNERS = new Set<FactKind>(['person', 'sg', 'entity']);

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

function nearest(owners: Fact[], fact: Fact): Fact | undefined {
  const before = owners.filter((o) => o.end <= fact.start).at(-1);
  return before ?? owners.find((o) => o.start >= fact.end);
}

/** "Respectively": the run of same-kind facts nearest the word is dealt to the owners before them, in order. */
function dealRespectively(text: string, owners: Fact[], owned: Fact[], out: Map<Fact, string>): void {
  const words = ['respectively', 'respectivement', 'respectivamente'];
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:${words.join('|')})\b`, 'g'))) {
    const at = m.index!;
    // "nommés respectivement par la CE 17 et la CE 20": the list follows; "SG17 and SG20 respectively": it precedes.
    const after = owned.filter((f) => f.start > at && f.start - at < 90);
    const before = owned.filter((f) => f.end <= at && at - f.end < 90);
    const side = after.length ? after : before.reverse();
    if (!side.length) continue;
    const run = side.filter((f) => f.kind === side[0].kind);
    const distinct = [...new Map(run.map((f) => [f.key, f])).values()];
    const earlier = owners.filter((o) => o.end <= Math.min(at, ...distinct.map((f) => f.start)));
    const people = [...new Map(earlier.map((o) => [o.key, o])).values()].slice(-distinct.length);
    if (people.length !== distinct.length) continue;
    for (const f of run) out.set(f, people[distinct.findIndex((d) => d.key === f.key)].key);
  }
}

/** Owners of facts: people own what follows their name; bodies own role words. */
export function ownership(text: string, facts: Fact[]): Owned[] {
  const out = new Map<Fact, string>();
  const roles = roleFacts(text);
  for (const [start, end] of spans(text)) {
    const inside = (f: Fact) => f.start >= start && f.end <= end;
    const people = facts.filter((f) => f.kind === 'person' && inside(f));
    const owned = facts.filter((f) => PERSON_OWNED.has(f.kind) && inside(f));
    // A person owns what follows the name ("M. Bret Jordan, Président du GT 2/17"), never what comes before it.
    for (const f of owned) {
      const owner = people.filter((o) => o.end <= f.start).at(-1);
      if (owner) out.set(f, owner.key);
    }
    if (people.length > 1) dealRespectively(text.slice(0, end), people, owned, out);
    const bodies = facts.filter((f) => ROLE_OWNERS.has(f.kind) && inside(f));
    for (const role of roles.filter(inside)) {
      const owner = nearest(bodies, role);
      if (owner) out.set(role, owner.key);
    }
  }
  return [...out].map(([fact, owner]) => ({ fact, owner }));
}

/**
 * Facts the sentence gives to one owner while every cited clause gives them
 * to another (that the clause also names): "Fathy chairs WP 2/17".
 */
export function ownerConflicts(sentence: Owned[], clauses: Owned[], clauseKeys: Set<string>): string[] {
  const problems: string[] = [];
  const kind = (key: string) => key.split(':')[0];
  for (const { fact, owner } of sentence) {
    if (!clauseKeys.has(owner)) continue;
    // Role words are tied to people and study groups only: "X is the parent of Y" and "Y's parent is X" read alike otherwise.
    const sameKind = (c: Owned) => kind(c.owner) === kind(owner) && (!fact.key.startsWith('role:') || /^(?:person|sg)$/.test(kind(owner)));
    const there = clauses.filter((c) => c.fact.key === fact.key && sameKind(c));
    if (!there.length || there.some((c) => c.owner === owner)) continue;
    const other = there[0].owner.replace(/^\w+:/, '');
    problems.push(`"${fact.surface}" belongs to ${other} in the clause, not to ${owner.replace(/^\w+:/, '')}`);
  }
  return problems;
}
