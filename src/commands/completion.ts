import { Argument, type Command } from 'commander';
import { complete } from '../complete.js';
import type { Io } from '../io.js';
import { withExamples } from './help.js';

const SCRIPTS = {
  bash: `# cable completion for bash: add to ~/.bashrc
#   source <(cable completion bash)
_cable_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(cable __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _cable_complete cable
`,
  zsh: `#compdef cable
# cable completion for zsh: add to ~/.zshrc
#   source <(cable completion zsh)
_cable() {
  local -a candidates
  candidates=("\${(@f)$(cable __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _cable cable
`,
  fish: `# cable completion for fish: save as ~/.config/fish/completions/cable.fish
#   cable completion fish > ~/.config/fish/completions/cable.fish
complete -c cable -f -a '(cable __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
} as const;

export function registerCompletion(program: Command, io: Io): void {
  withExamples(
    program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(Object.keys(SCRIPTS)))
      .action((shell: keyof typeof SCRIPTS) => io.out(SCRIPTS[shell])),
    ['source <(cable completion bash) # in ~/.bashrc', 'cable completion fish > ~/.config/fish/completions/cable.fish'],
  );
  // What the scripts call: the candidates for the last word, one per line.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[]) => {
      const candidates = complete(program, words.length === 0 ? [''] : words, io);
      if (candidates.length > 0) io.out(`${candidates.join('\n')}\n`);
    });
}
