import { detectLanguage } from '../../retrieval/query/language.ts';
import type { Lang } from '../../retrieval/types.ts';

/**
 * Parses what people type to the bot ("ask …", "summary …", "help", or just a
 * question) into one command. Shared by every chat adapter and the CLI.
 */
export type ChatCommand =
  | { kind: 'ask'; question: string }
  | { kind: 'summary'; topic: string }
  | { kind: 'mandate' }
  /** A draft citing clauses in brackets, checked sentence by sentence. */
  | { kind: 'verify'; draft: string }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'empty' }
  | { kind: 'unknown'; word: string };

const SUBCOMMANDS = ['ask', 'summary', 'mandate', 'verify', 'sources', 'help'] as const;

/** Words that mean a subcommand when they open a slash command, in English and French. */
const ALIASES: Record<string, (typeof SUBCOMMANDS)[number]> = {
  ask: 'ask',
  question: 'ask',
  demande: 'ask',
  summary: 'summary',
  brief: 'summary',
  resume: 'summary',
  résumé: 'summary',
  synthese: 'summary',
  synthèse: 'summary',
  mandate: 'mandate',
  mandat: 'mandate',
  onboarding: 'mandate',
  verify: 'verify',
  check: 'verify',
  verifier: 'verify',
  vérifier: 'verify',
  verificar: 'verify',
  sources: 'sources',
  docs: 'sources',
  documents: 'sources',
  help: 'help',
  aide: 'help',
  '?': 'help',
};

/**
 * Slash-command text: the first word must be a subcommand; anything else is
 * `unknown` so the user learns the list instead of getting a guess.
 */
export function parseSlashText(text: string): ChatCommand {
  const trimmed = cleanMessage(text);
  if (!trimmed) return { kind: 'help' };
  const [first, ...rest] = trimmed.split(/\s+/);
  const sub = ALIASES[first.toLowerCase()];
  if (!sub) {
    // A slash command followed by a plain question is still a question.
    if (/\?\s*$/.test(trimmed) || trimmed.split(/\s+/).length >= 4) return { kind: 'ask', question: trimmed };
    return { kind: 'unknown', word: first };
  }
  return build(sub, rest.join(' '));
}

/**
 * Free text from a mention or a DM: a leading subcommand word is honoured,
 * anything else is a question (people phrase messages loosely).
 */
export function parseFreeText(text: string): ChatCommand {
  const trimmed = cleanMessage(text);
  if (!trimmed) return { kind: 'empty' };
  const [first, ...rest] = trimmed.split(/\s+/);
  const sub = ALIASES[first.toLowerCase().replace(/[:,]$/, '')];
  if (sub && (sub !== 'ask' || rest.length > 0)) return build(sub, rest.join(' '));
  return { kind: 'ask', question: trimmed };
}

/**
 * The command for a subcommand name and its argument (already cleaned);
 * `unknown` for a name that is not one.
 */
export function commandFor(sub: string, arg: string): ChatCommand {
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) return { kind: 'unknown', word: sub };
  return build(sub as (typeof SUBCOMMANDS)[number], arg);
}

function build(sub: (typeof SUBCOMMANDS)[number], arg: string): ChatCommand {
  switch (sub) {
    case 'ask':
      return arg ? { kind: 'ask', question: arg } : { kind: 'empty' };
    case 'summary':
      return { kind: 'summary', topic: arg };
    case 'mandate':
      return { kind: 'mandate' };
    case 'verify':
      return arg ? { kind: 'verify', draft: arg } : { kind: 'help' };
    case 'sources':
      return { kind: 'sources' };
    case 'help':
      return { kind: 'help' };
  }
}

/**
 * Strips what chat platforms add around a message: user/channel mentions
 * (<@U123>, <@!123>, <#C1|name>), custom emoji (:smile:, <:name:123>) and
 * surrounding whitespace. What is left may be empty.
 */
export function cleanMessage(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<a?:\w+:\d+>/g, ' ')
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The language of a message, for notices and placeholders; undefined when nothing is left to detect from. */
export function chatLanguage(text: string): Lang | undefined {
  const cleaned = cleanMessage(text);
  return cleaned ? detectLanguage(cleaned.slice(0, 500)) : undefined;
}

/** The question a command carries, as votes record it ("summary …" and "mandate" included). */
export function questionOf(command: ChatCommand): string {
  if (command.kind === 'ask') return command.question;
  if (command.kind === 'summary') return `summary ${command.topic}`.trim();
  if (command.kind === 'verify') return `verify ${command.draft.slice(0, 200)}`;
  return command.kind;
}
