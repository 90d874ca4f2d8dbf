/** `--name value` flags of the benchmark's child processes, read strictly: a typo fails loudly. */
export function readArgs(argv: string[], known: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !known.includes(name)) {
      throw new Error(`Unknown argument ${argv[i]}: expected one of ${known.map((k) => `--${k}`).join(', ')}.`);
    }
    out.set(name, argv[i + 1]?.startsWith('--') || argv[i + 1] === undefined ? 'true' : argv[(i += 1)]);
  }
  return out;
}

export function required(args: Map<string, string>, name: string): string {
  const value = args.get(name);
  if (value === undefined) throw new Error(`Missing --${name}.`);
  return value;
}
