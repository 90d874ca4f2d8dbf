/**
 * Questions that try to steer the bot instead of asking the documents. They
 * are refused the same way as unanswerable ones: plainly, citing nothing.
 */
const HOSTILE = [
  // English: override the rules, reveal them, or take on another role.
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|context)\b/i,
  /\b(system|developer|hidden)\s+(prompt|message|instructions?)\b|\binitial (prompt|instructions)\b/i,
  /\b(reveal|print|show|repeat|output|leak|display)\b.{0,30}\byour\s+(\w+\s+)?(prompt|instructions?|configuration|rules|secrets?)\b/i,
  /\bapi key\b/i,
  /\byou are now\b|\bact as (an? |my |the )?(\w+ )?(assistant|ai|chatbot|bot|model|dan|jailbroken|unrestricted)\b/i,
  /\bpretend (to be|you are)\b|\bjailbreak\b|\bDAN mode\b/i,
  // French.
  /\b(ignore[rz]?|oublie[rz]?)\b.{0,40}\b(instructions?|consignes?|r[eè]gles)\b/i,
  /\b(prompt|invite) (syst[eè]me|initial)\b/i,
  new RegExp(
    String.raw`\b(affiche[rz]?|montre[rz]?|r[ée]v[eè]le[rz]?|r[ée]p[eè]te[rz]?|donne[rz]?)\b.{0,20}` +
      String.raw`\b(tes|vos|ton|votre)\s+(prompt|instructions?|consignes?|r[eè]gles)\b`,
    'i',
  ),
  // Spanish.
  /\b(ignora|olvida)\b.{0,40}\b(instrucciones|reglas)\b/i,
  new RegExp(
    String.raw`\b(revela|muestra|mu[eé]strame|ense[nñ]ame|repite|dime)\b.{0,20}` +
      String.raw`\b(tus|tu|sus|su)\s+(prompt|instrucciones|reglas|indicaciones)\b`,
    'i',
  ),
  /\bprompt del sistema\b/i,
];

export function isHostile(question: string): boolean {
  return HOSTILE.some((re) => re.test(question));
}
