import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.ts';
import type { Clause } from '../types.ts';

export type PromptName = 'answer' | 'summary' | 'onboarding' | 'follow-up' | 'repair' | 'rewrite' | 'entail';

const cache = new Map<PromptName, string>();

/** Fills a template from prompts/ ({{name}} placeholders); the files are read once. */
export function renderPrompt(name: PromptName, values: Record<string, string>): string {
  let template = cache.get(name);
  if (!template) {
    template = readFileSync(join(REPO_ROOT, 'prompts', `${name}.md`), 'utf8');
    cache.set(name, template);
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * Numbered sources for a prompt. Clause text is fenced so that an
 * instruction inside a document reads as quoted data.
 */
export function formatSources(sources: Array<{ clause: Clause; document: string }>): string {
  return sources
    .map(({ clause, document }, i) => `[${i + 1}] ${clause.label} (${document})\n<<<\n${unfenced(clause.text)}\n>>>`)
    .join('\n\n');
}

/** Clause text with every fence marker removed, also those that removing another would form (">><<<>"). */
function unfenced(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) [before, out] = [out, out.replace(/<<<|>>>/g, '')];
  return out;
}
