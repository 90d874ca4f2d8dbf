/**
 * JSON as a fake platform recorded it (Slack arguments, Discord bodies and
 * gateway frames). Tests read arbitrary, deeply nested fields of it, which
 * the platforms' own types do not describe for every call: the one `any`
 * of the bot's tests, on purpose, so a test states what it expects instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: recorded wire JSON, read field by field
export type Json = any;
