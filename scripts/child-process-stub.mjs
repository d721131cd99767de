// Commander imports child_process for executable subcommands, which cable does not use;
// loading it (with net, dgram and more) costs start-up time on every command.
const unavailable = () => {
  throw new Error('cable runs no executable subcommands');
};
export const spawn = unavailable;
export const execFileSync = unavailable;
export default { spawn, execFileSync };
