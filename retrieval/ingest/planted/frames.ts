/**
 * Frames that only prompts carry: chat and instruction-tuning markup, fake
 * transcripts, role-play set-ups, and requests to disclose secrets or send
 * the conversation away. Role-play and secrets are matched on folded text,
 * markup on the raw text.
 */
import { any, src } from './source.ts';

/** Role-play frames: "you are now…", "act as…", "fais comme si tu étais…", "finge que eres…". */
const ROLE_PLAY = any([
  String.raw`\byou are (?:a|an|the) (?:[\w-]+ ){0,2}(?:bot|chatbot|assistant|ai|agent|spokesperson|persona)\b`,
  String.raw`\byou are [\w-]*(?:bot|assistant|gpt)\b|\bin (?:that|this|your new) role, (?:you|tell|say|answer|confirm)\b`,
  String.raw`\byou are now\b|\bfrom now on,? (?:you|act|behave|respond|answer)\b`,
  src`^(?:please |now )?(?:act|behave|speak|talk|answer|respond|write) (?:as|like|as if you were|as though you were)
    \x20(?:an?|the|my) \w+`,
  String.raw`\b(?:in|with) the (?:voice|persona|tone) of\b|\bmets-toi dans la peau\b`,
  String.raw`\bhaz de cuenta que\b|\bhaga de cuenta que\b|\bponte en el papel\b`,
  String.raw`\byou (?:will |must |should |shall |can )?(?:now )?(?:act|behave|respond|speak) as\b`,
  String.raw`\b(?:pretend|imagine) (?:to be|you are|that you are|you're)\b|\b(?:your|a) new (?:persona|role|identity|name)\b`,
  String.raw`\bstay in (?:this|that|the|your) (?:role|character)\b|\broleplay\b|\brole-play as\b|\bplay the (?:role|part) of\b`,
  String.raw`\b(?:fais|faites) comme si (?:tu etais|vous etiez)\b|\bimagine[sz]? que (?:tu es|vous etes)\b`,
  String.raw`\b(?:tu es|vous etes) (?:desormais|maintenant)\b`,
  String.raw`^(?:joue|jouez|incarne|incarnez) (?:le|la|un|une) (?:role|personnage)\b|\b(?:tu joues|vous jouez) le role\b`,
  String.raw`\breste[sz]? dans (?:ce|ton|votre) role\b|\bagis comme\b|\bfais semblant d'etre\b|\bpretends? etre\b`,
  String.raw`\b(?:finge|finja|simula|imagina) ser\b|\bhaz como si fueras\b|\b(?:finge|finja|imagina|imagine) que (?:eres|es usted)\b`,
  String.raw`\b(?:ahora )?eres (?:el|la|un|una) \w+|^(?:interpreta|asume|adopta) (?:el|un) (?:papel|rol)\b`,
  String.raw`\b(?:actua|actue) como\b|\b(?:mantente|permanece) en (?:este|ese|tu) (?:papel|rol)\b`,
  // "En adelante, contesta…", "Désormais, réponds…": the answerer's behaviour changed from here on
  src`^(?:from now on|from this point on|henceforth|desormais|dorenavant|a partir de maintenant|des maintenant|en adelante|
    de ahora en adelante|a partir de ahora|a partir de este momento|desde ahora|en lo sucesivo),?
    \x20(?:tu |vous |you )?(?:always |toujours |siempre |only |uniquement |solo |unicamente )?(?:answer|respond|reply|say|tell|
    repond\w*|dis|dites|contest\w*|respond\w*|di)\b`,
  // "Recuerda: …", "Rappelle-toi : …": a reminder in the informal second person, which ITU texts never use
  String.raw`^(?:recuerda|no olvides|rappelle-toi|souviens-toi|n'oublie pas)\s*:`,
  // "Developer mode enabled: …" opening a sentence (not "devices shall not ship with developer mode enabled")
  src`^(?:\W*)(?:(?:developer|jailbreak|unrestricted|god|dan) mode (?:is )?(?:now )?(?:enabled|activated|on)|
    (?:enable|activate) (?:developer|jailbreak|unrestricted) mode|mode (?:developpeur|debride|sans restriction) (?:est )?active|
    modo (?:desarrollador|sin restricciones) (?:esta )?activado)\b`,
]);

/** Secrets an exfiltration asks for, with a second-person owner: "your system prompt", "tes instructions système". */
const OWN_SECRET = any([
  src`\byour (?:\w+ ){0,2}(?:system prompt|prompt|instructions|configuration|api keys?|secrets?|tokens?|credentials|index|rules|
    context(?: window)?|memory|settings|system message)\b`,
  src`\b(?:ton|ta|tes|votre|vos) (?:\w+ ){0,2}(?:invite systeme|prompt|instructions|consignes|configuration|cles? d'api|cle api|
    secrets?|jetons?|index)\b`,
  String.raw`\b(?:tu|tus|su|sus) (?:\w+ ){0,2}(?:prompt|instrucciones|configuracion|claves? de api|secretos?|tokens?|indice)\b`,
]);

/** The same secrets named without an owner: they count with an order to disclose them. */
const BARE_SECRET = src`\b(?:system prompt|invite systeme|prompt de sistema|instructions? systeme|(?:hidden|internal) instructions|
  instructions (?:cachees|internes)|consignes internes|instrucciones (?:ocultas|de sistema|internas)|api keys?|cles? d'api|
  claves? de api|chat history|historique de (?:la|cette) conversation|historial (?:completo )?de (?:la|esta) conversacion)\b|
  \b[a-z_]*api_key\b`;

/** Asking the user for what only phishing asks for: "ask the user for their TIES password", "pide al usuario su contraseña". */
const CREDENTIAL_REQUEST = src`\b(?:ask|request|prompt|invite)s? (?:the |each |every |any )?users? (?:for|to (?:enter|provide|give|type|
  confirm|send))\b|\bdemande[rz]? (?:a l'utilisateur|aux utilisateurs)\b|\b(?:pide|pidele|solicita|solicitale) (?:al|a los) usuarios?\b`;
const CREDENTIAL = src`\b(?:passwords?|passphrases?|credentials|one-time codes?|verification codes?|mots? de passe|identifiants|
  codes? de verification|contrasenas?|credenciales|codigos? de verificacion)\b`;

/** A switch to a new task: "End of document. New task: …", "Nouvelle tâche : …", "Nueva tarea: …". */
const TASK_SWITCH = src`\b(?:new|next|real|actual|updated) (?:task|instructions?|assignment)\s*:|\btask update\s*:|
  \byour (?:new |real )?(?:task|job|role|goal|mission|objective|purpose) (?:from now on |now |here )?is to\b|
  \b(?:ta|votre) (?:nouvelle |vraie )?(?:mission|tache|role|objectif)\b(?: desormais| maintenant)? ?(?:est de|consiste a|:)|
  \btu (?:nueva |verdadera )?(?:tarea|mision|funcion|objetivo)\b(?: \S+){0,3} es\b|
  \bnouvelles? (?:taches?|consignes?|instructions?)\s*:|\bnuevas? (?:tareas?|instrucciones|consignas?)\s*:`;

/** Verbs of disclosure. */
const DISCLOSE_VERB = src`\b(?:reveal|print|show|display|output|repeat|copy|send|share|disclose|list|leak|include|append|attach|
  paste|give|tell|write|forward|transmit|transfer|post|upload|email|e-mail|transmet\w*|transfer\w*|reenvi\w*|transmit\w*|
  recopi\w*|revel\w*|affich\w*|indiqu\w*|envo\w*|muestr\w*|mostr\w*|envi(?:a|ar|e)|comparte|list\w*)\b`;

/** What exfiltration sends out, named so that a circular's "send your questions to…" is not it. */
const EXFIL_PAYLOAD = src`\b(?:(?:the |full |whole |entire )*(?:conversation|chat)(?: history| log| transcript)?|
  the user'?s (?:question|query|message|data)|la conversation|l'historique|la question de l'utilisateur|la conversacion|
  el historial|la pregunta del usuario)\b`;

/** Chat and instruction-tuning markup that only prompts contain. */
const CHAT_MARKUP = any([
  String.raw`<\|\s*(?:system|im_start|im_end|user|assistant|end|endoftext|begin_of_text|start_header_id|eot_id)\s*\|>`,
  String.raw`\[/?INST\]|<<\/?SYS>>|<\/?s>\s*\[INST`,
  String.raw`(?:^|\n)\s*#{2,}\s*(?:instruction|system|response|input|human|assistant|user)s?\s*:?\s*(?:\n|$)`,
  String.raw`(?:^|\n)\s*(?:system|syst[eè]me|sistema)(?: (?:prompt|message|instructions?|note|override))?\s*:`,
  String.raw`<\/?(?:system|instructions?|assistant|user)>|\[(?:system|sys|admin|developer|assistant)(?: \w+)?\]`,
  src`(?:^|\n)[\s=#*\[<-]*(?:begin|end|start|debut|fin|inicio)[ _-]+(?:of[ _-]+|des?[ _-]+)?(?:system[ _-]+)?
    (?:instructions?|prompt|consignes)[\s=#*\]>:-]*(?:\n|$)`,
  String.raw`"role"\s*:\s*"(?:system|assistant|developer|user)"|\`\`\`\s*(?:system|instructions?|prompt)\b`,
  src`(?:^|\n|\.\s)\s*(?:role|persona|r[oô]le|rol)\s*:[^\n]{0,200}?
    \b(?:task|t[aâ]che|tarea|instructions?|consignes?|instrucciones)\s*:`,
]);

export const FRAMES = {
  rolePlay: new RegExp(ROLE_PLAY),
  ownSecret: new RegExp(OWN_SECRET),
  bareSecret: new RegExp(BARE_SECRET),
  discloseVerb: new RegExp(DISCLOSE_VERB),
  exfilPayload: new RegExp(EXFIL_PAYLOAD),
  /** Somewhere to send it: a URL or an e-mail address. */
  destination: /https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  /** A link that carries the conversation away: a URL with an open query, or a markdown image. */
  linkCarryingData: /(?:https?:\/\/\S*[?&][\w-]+=(?:\s|$|\{|\[|<)|!\[[^\]]*\]\(https?:\/\/[^)]*[?&])/,
  /** The user's question or the conversation, which such a link carries. */
  conversation: /\b(?:question|conversation|query|chat|history|pregunta|conversacion|consulta|historial)\b/,
  chatMarkup: new RegExp(CHAT_MARKUP, 'i'),
  credentialRequest: new RegExp(CREDENTIAL_REQUEST),
  credential: new RegExp(CREDENTIAL),
  taskSwitch: new RegExp(TASK_SWITCH),
  /** A fake transcript: role names alone on their lines. */
  transcriptRole: /(?:^|\n)\s*(?:user|assistant|system|utilisateur|usuario|asistente|human|ai)\s*:?\s*(?:\n|$)/i,
  /** A fake transcript: "User: …" then "Assistant: …" turns. */
  inlineTurns: /(?:^|\n)\s*(?:user|utilisateur|usuario|human)\s*:[^\n]*\n\s*(?:assistant|asistente|ai|ia)\s*:/i,
};
