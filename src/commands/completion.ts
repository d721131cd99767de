import type { Command } from 'commander';
import { defineCommand, type Session } from '../cli/command.js';
import { complete } from '../cli/complete.js';

const SCRIPTS = {
  bash: `# cable completion for bash: add to ~/.bashrc
#   source <(cable completion bash)
# Candidates are read one a line (mapfile: no word splitting, no globbing) and
# inserted quoted (printf %q), so that a file named $(touch x).md stays a name.
_cable_complete() {
  local -a candidates
  local candidate
  mapfile -t candidates < <(cable __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  for candidate in "\${candidates[@]}"; do
    COMPREPLY+=("$(printf '%q' "$candidate")")
  done
}
complete -o default -F _cable_complete cable
`,
  zsh: `#compdef cable
# cable completion for zsh: add to ~/.zshrc
#   source <(cable completion zsh)
# One candidate a line; compadd quotes what it inserts (no -Q), so names stay names.
_cable() {
  local -a candidates
  candidates=("\${(@f)$(cable __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=("\${(@)candidates:#}")
  compadd -a candidates
}
compdef _cable cable
`,
  fish: `# cable completion for fish: save as ~/.config/fish/completions/cable.fish
#   cable completion fish > ~/.config/fish/completions/cable.fish
# fish reads one candidate a line and escapes what it inserts.
complete -c cable -f -a '(cable __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
} as const;

export function registerCompletion(program: Command, session: Session): void {
  defineCommand(program, session, {
    name: 'completion',
    description: 'print a shell completion script',
    examples: [
      'source <(cable completion bash) # in ~/.bashrc',
      'cable completion fish > ~/.config/fish/completions/cable.fish',
    ],
    arguments: [{ name: '<shell>', description: 'bash, zsh or fish', choices: Object.keys(SCRIPTS) }],
    options: [],
    run: ([shell]: [keyof typeof SCRIPTS], _, __, io) => io.out(SCRIPTS[shell]),
  });
  // What the scripts call: the candidates for the last word, one per line.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[]) => {
      const candidates = complete(program, words.length === 0 ? [''] : words, session.io);
      if (candidates.length > 0) session.io.out(`${candidates.join('\n')}\n`);
    });
}
