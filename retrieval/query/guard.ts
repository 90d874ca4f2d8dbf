/**
 * Questions that try to steer the bot instead of asking the documents. They
 * are refused the same way as unanswerable ones: plainly, citing nothing.
 */
const HOSTILE = [
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|context)\b/i,
  /\b(system|developer|hidden|initial)\s+(prompt|message|instructions?)\b/i,
  /\b(reveal|print|show|repeat|output|leak)\b.{0,30}\b(prompt|instructions?|configuration|secrets?|api key)\b/i,
  /\byou are now\b|\bact as\b|\bpretend (to be|you are)\b|\bjailbreak\b|\bDAN mode\b/i,
  /\b(ignore[rz]?|oublie[rz]?)\b.{0,40}\b(instructions?|consignes?|r[eè]gles)\b/i,
  /\b(prompt|invite) (syst[eè]me|initial)\b|\baffiche[rz]?\b.{0,30}\b(prompt|instructions?|consignes?)\b/i,
  /\b(ignora|olvida)\b.{0,40}\b(instrucciones|reglas)\b/i,
];

export function isHostile(question: string): boolean {
  return HOSTILE.some((re) => re.test(question));
}
