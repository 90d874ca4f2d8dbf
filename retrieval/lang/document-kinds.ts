/**
 * The words that call a document by its kind ("the resolution", "ce rapport", "las directrices"), folded, per kind of
 * the manifest, in English, French and Spanish. The verifier reads them as a pointer at the cited document
 * (verify/pointers.ts); the query stage, with their plurals and short forms, as naming a document beside one of its
 * codes (query/named-documents.ts).
 */
export const DOCUMENT_KINDS: Record<string, string[]> = {
  resolution: ['resolution', 'resolucion'],
  circular: ['circular', 'circulaire', 'letter', 'lettre', 'carta'],
  report: ['report', 'rapport', 'informe'],
  guidelines: ['guidelines', 'lignes directrices', 'directrices', 'directives'],
  // A proposal is a draft: "the draft resolution", "selon le projet", "el proyecto", "el borrador".
  proposal: ['proposal', 'proposition', 'propuesta', 'draft', 'projet', 'proyecto', 'borrador'],
};
