// The layers of src/, as the README's "How the code is laid out" describes them.
// An arrow may only point down: cli.ts → commands/ → cli/ → app/ → store/, render/ → the domain → model/.
// `npm run lint` runs this in CI.
const DOMAIN = '^src/(check|cite|query|search|text)/|^src/(errors|provenance|builtin|version|paths)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'model-is-the-floor',
      comment: 'The model imports nothing of cable but itself.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'parser-imports-only-the-model',
      comment: 'The parser is pure: text in, model and diagnostics out.',
      severity: 'error',
      from: { path: '^src/parse/' },
      to: { path: '^src/', pathNot: '^src/(parse|model)/' },
    },
    {
      name: 'domain-does-not-look-up',
      comment: 'check, cite, query, search and text know nothing of files, renderers, the application or the CLI.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/(store|render|app|cli|commands)/|^src/(cli|main|boot)\\.ts$' },
    },
    {
      name: 'store-does-not-look-up',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(render|app|cli|commands)/|^src/(cli|main|boot)\\.ts$' },
    },
    {
      name: 'render-does-not-look-up',
      comment: 'Renderers are pure functions of results.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/(app|cli|commands)/|^src/(cli|main|boot)\\.ts$' },
    },
    {
      name: 'render-reads-no-files',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/store/' },
    },
    {
      name: 'app-does-not-look-up',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(render|cli|commands)/|^src/(cli|main|boot)\\.ts$' },
    },
    {
      name: 'cli-helpers-below-commands',
      comment: 'src/cli/ (options, help, completion, messages, output) serves the commands; it never imports them.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/commands/|^src/(cli|main|boot)\\.ts$' },
    },
    {
      name: 'commands-go-through-the-application',
      comment: 'A command is options → one core call → one renderer: no files, no SQLite, no FTS syntax.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: { path: '^src/store/|^src/search/fts\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    // TypeScript 7 has no compiler API for dependency-cruiser; swc parses the sources (type imports included).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
